using System.Text.Json;
using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Tests.Writing;
using Graph.Neo4j.Writing;
using Graph.Testing;
using GraphSnapshot = Graph.Neo4j.Tests.Writing.GraphSnapshot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Neo4j.Tests.Identity;

/// <summary>The real writer and merge ledger against the test server, writing articles one document at a time.</summary>
internal sealed class IdentityHarness : IAsyncDisposable
{
    private readonly Neo4jClientHarness _harness;

    private IdentityHarness(Neo4jClientHarness harness) => _harness = harness;

    public static IdentityHarness Create(Neo4jServerFixture server)
    {
        var configuration = server.Connection.ToConfiguration();
        return new IdentityHarness(Neo4jClientHarness.Create(configuration, configureServices: services =>
            services.AddNeo4jGraphWriter(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())));
    }

    public IGraphWriter Writer => _harness.Services.GetRequiredService<IGraphWriter>();

    public IEntityMerges Merges => _harness.Services.GetRequiredService<IEntityMerges>();

    public async Task<ArticleWriteStatus> WriteAsync(GraphDocument document) =>
        Assert.Single((await Writer.WriteAsync([document], CancellationToken.None)).Articles).Status;

    public async Task<IReadOnlyList<IReadOnlyList<JsonElement>>> QueryAsync(string cypher, object? parameters = null)
    {
        var values = parameters?.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(parameters));
        var results = await _harness.Client.ExecuteAsync([new CypherStatement(cypher, values)], CancellationToken.None);
        return results[0].Rows;
    }

    public Task<GraphSnapshot> SnapshotAsync(TestGraph graph) => GraphSnapshot.TakeAsync(_harness.Client, graph.Token);

    /// <summary>Each event (by key) that a node of the test reports, with its reporting articles, date, confidence and sources.</summary>
    public async Task<List<(string Key, string[] Articles, string? Date, double Confidence, long Sources)>> EventsAsync(TestGraph graph, string type)
    {
        var rows = await QueryAsync("""
            MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
            WHERE a.key CONTAINS $token AND e.type = $type
            WITH e, a ORDER BY a.key
            RETURN e.key, collect(a.key), e.date, e.confidence, e.sources
            ORDER BY e.key
            """, new { token = graph.Token, type });
        return [.. rows.Select(r => (r[0].GetString()!, r[1].EnumerateArray().Select(v => v.GetString()!).ToArray(), r[2].ValueKind == JsonValueKind.Null ? null : r[2].GetString(),
            r[3].GetDouble(), r[4].GetInt64()))];
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
