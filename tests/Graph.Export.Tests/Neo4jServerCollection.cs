using Graph.Export.Tests.Support;
using Graph.Testing;

namespace Graph.Export.Tests;

/// <summary>
/// The tests of this project that need Neo4j share the server and the graph loaded once into it (the samples and
/// the hand-written documents, under this run's own keys).
/// </summary>
[CollectionDefinition(Neo4jServerFixture.CollectionName)]
public sealed class Neo4jServerCollection : ICollectionFixture<Neo4jServerFixture>, ICollectionFixture<LoadedGraph>;
