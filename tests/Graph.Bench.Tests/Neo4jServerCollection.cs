using Graph.Testing;

namespace Graph.Bench.Tests;

/// <summary>The shared Neo4j server of the test run (see <see cref="Neo4jServerFixture"/>).</summary>
[CollectionDefinition(Neo4jServerFixture.CollectionName)]
public sealed class Neo4jServerCollection : ICollectionFixture<Neo4jServerFixture>;
