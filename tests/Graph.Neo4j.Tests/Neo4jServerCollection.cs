using Graph.Testing;

namespace Graph.Neo4j.Tests;

/// <summary>All tests of this project that need the real server share one <see cref="Neo4jServerFixture"/>.</summary>
[CollectionDefinition(Neo4jServerFixture.CollectionName)]
public sealed class Neo4jServerCollection : ICollectionFixture<Neo4jServerFixture>;
