using Graph.Neo4j.Client;
using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Schema;
using Graph.Neo4j.Writing;
using Graph.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Neo4j.Tests.Writing;

/// <summary>The real writer, wired by <c>AddNeo4j</c> + <c>AddNeo4jGraphWriter</c> against the test server.</summary>
internal sealed class WriterHarness : IAsyncDisposable
{
    private readonly Neo4jClientHarness _harness;

    private WriterHarness(Neo4jClientHarness harness) => _harness = harness;

    public static WriterHarness Create(Neo4jServerFixture server, int batchSize = 1000)
    {
        var configuration = server.Connection.ToConfiguration();
        return new WriterHarness(Neo4jClientHarness.Create(configuration, configureServices: services =>
            services.AddNeo4jGraphWriter(
                new ConfigurationBuilder().AddInMemoryCollection(configuration).Build(),
                options => options.BatchSize = batchSize)));
    }

    public IGraphWriter Writer => _harness.Services.GetRequiredService<IGraphWriter>();

    public IArticleRemover Remover => _harness.Services.GetRequiredService<IArticleRemover>();

    public ISchemaBootstrapper Schema => _harness.Services.GetRequiredService<ISchemaBootstrapper>();

    public INeo4jClient Client => _harness.Client;

    public RecordingLoggerProvider Logs => _harness.Logs;

    public Task<GraphSnapshot> SnapshotAsync(TestGraph graph) => GraphSnapshot.TakeAsync(Client, graph.Token);

    /// <summary>Runs one read statement and returns its rows.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<System.Text.Json.JsonElement>>> QueryAsync(string cypher, object? parameters = null)
    {
        var values = parameters?.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(parameters));
        var results = await Client.ExecuteAsync([new CypherStatement(cypher, values)], CancellationToken.None);
        return results[0].Rows;
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
