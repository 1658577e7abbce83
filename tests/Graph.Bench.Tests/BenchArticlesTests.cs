using Graph.Bench.EndToEnd;
using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Writing;
using Graph.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Bench.Tests;

/// <summary>The bench's clean-up through the writer's remover, on the shared test server: other articles and the events they share stay.</summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class BenchArticlesTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly string _token = Guid.NewGuid().ToString("N")[..12];
    private Neo4jClientHarness _h = null!;

    public Task InitializeAsync()
    {
        var configuration = server.Connection.ToConfiguration();
        _h = Neo4jClientHarness.Create(configuration, configureServices: services =>
            services.AddNeo4jGraphWriter(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _h.Client.ExecuteAsync([new CypherStatement("MATCH (n) WHERE n.key CONTAINS $token DETACH DELETE n",
            new Dictionary<string, object?> { ["token"] = _token })], CancellationToken.None);
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task RemoveAsync_BenchArticleSharingAnEventWithAnother_RemovesOnlyTheBenchArticle()
    {
        var writer = _h.Services.GetRequiredService<IGraphWriter>();
        var pia = new Entity($"person:pia-lund-{_token}", EntityType.Person, "Pia Lund", []);
        var oskar = new Entity($"person:oskar-brandt-{_token}", EntityType.Person, "Oskar Brandt", []);
        var bench = $"bench-{_token}.md";
        var other = $"other-{_token}.md";
        await writer.WriteAsync([CallDocument(other, "https://one.example/call", [pia, oskar])], CancellationToken.None);
        await writer.WriteAsync([CallDocument(bench, "https://two.example/call", [pia, oskar])], CancellationToken.None);
        Assert.Equal([2L, 2L], (await ReportsAsync()).Select(r => r.Sources));

        var removed = await BenchArticles.RemoveAsync(_h.Client, _h.Services.GetRequiredService<IArticleRemover>(), CancellationToken.None);

        Assert.True(removed >= 1);
        Assert.Equal([(other, 1L)], await ReportsAsync());
        Assert.Equal(0, await BenchArticles.CountAsync(_h.Client, CancellationToken.None));
    }

    /// <summary>The test's articles, each with the number of sources of the event it reports.</summary>
    private async Task<List<(string Article, long Sources)>> ReportsAsync()
    {
        var results = await _h.Client.ExecuteAsync([new CypherStatement("""
            MATCH (a:Article)<-[:REPORTED_IN]-(e:Event) WHERE a.key CONTAINS $token
            RETURN a.key, e.sources ORDER BY a.key
            """, new Dictionary<string, object?> { ["token"] = _token })], CancellationToken.None);
        return [.. results[0].Rows.Select(r => (r[0].GetString()!, r[1].GetInt64()))];
    }

    /// <summary>One article reporting a phone call between two people.</summary>
    private static GraphDocument CallDocument(string id, string url, Entity[] people)
    {
        const string evidence = "Pia Lund and Oskar Brandt spoke by phone.";
        var call = new GraphEvent($"event:call-{id}", EventType.PhoneCall, EventCatalog.Kinds[EventType.PhoneCall].Cameo,
            EventCatalog.Kinds[EventType.PhoneCall].Goldstein, [.. people.Select(p => new Participant(p.Id, ParticipantRoles.Participant))],
            null, "2024-05-02", null, evidence, id, 0.8, 0, evidence.Length);
        return new GraphDocument
        {
            Articles = [new ArticleRecord(id, "A call", "2024-05-02", id, url, "h1")],
            Entities = [.. people],
            Mentions = [.. people.Select(p => new Mention(p.Id, id, 0, p.Name.Length, p.Name))],
            Events = [call],
        };
    }
}
