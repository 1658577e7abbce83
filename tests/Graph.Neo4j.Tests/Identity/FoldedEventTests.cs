using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Neo4j.Tests.Writing;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Identity;

/// <summary>
/// A report joining a stored event is folded into the event's running aggregates; rewriting an article refreshes the
/// event from all its reports. Both must give the same event, whatever order the reports arrived in.
/// </summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class FoldedEventTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly TestGraph _g = new();
    private IdentityHarness _h = null!;

    public Task InitializeAsync()
    {
        _h = IdentityHarness.Create(server);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _h.QueryAsync("MATCH (n) WHERE n.key CONTAINS $token DETACH DELETE n", new { token = _g.Token });
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task WriteAsync_FourReportsFoldedInArrivalOrder_SameEventAsRefreshedFromAllReports()
    {
        var (alice, bob) = (_g.Person("alice-vance", "Alice Vance"), _g.Person("bob-marsh", "Bob Marsh"));
        // Outlet x twice (its best report arrives last), outlet y with the earliest date (it becomes the first report,
        // arriving second), and an article without a URL (a source of its own).
        var a = _g.Article("a", "h1") with { Published = "2024-03-05", Url = "https://x.example/a" };
        var b = _g.Article("b", "h1") with { Published = "2024-03-05", Url = "https://y.example/b" };
        var c = _g.Article("c", "h1") with { Published = "2024-03-05", Url = "https://x.example/c" };
        var d = _g.Article("d", "h1") with { Published = "2024-03-05", Url = null };
        GraphDocument Report(ArticleRecord article, string? date, double confidence, string quote) =>
            Document(article, [alice, bob], _g.Event("meet-" + article.Id, EventType.Meeting, article,
                [(alice, ParticipantRoles.Participant), (bob, ParticipantRoles.Participant)], date: date, quote: quote) with { Confidence = confidence });

        foreach (var document in new[] { Report(a, "2024-03-05", 0.6, "first"), Report(b, "2024-03-04", 0.7, "earliest"), Report(c, null, 0.9, "best"), Report(d, "2024-03-05", 0.5, "bare") })
            await _h.WriteAsync(document);
        var folded = await EventAsync();
        await _h.WriteAsync(Report(d with { ContentHash = "h2" }, "2024-03-05", 0.5, "bare"));
        var refreshed = await EventAsync();

        Assert.Equal(folded, refreshed);
        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal("2024-03-04", meeting.Date);
        Assert.Equal(SourceConfidence.Combine([("x.example", 0.6), ("y.example", 0.7), ("x.example", 0.9), ("article:d", 0.5)]), meeting.Confidence);
        Assert.Equal(3L, meeting.Sources);
        Assert.Contains("\"quote\":\"earliest\"", folded, StringComparison.Ordinal);
    }

    /// <summary>The one event's node, every property (the running aggregates too), as canonical text.</summary>
    private async Task<string> EventAsync()
    {
        var snapshot = await _h.SnapshotAsync(_g);
        return Assert.Single(snapshot.Nodes, n => n.Contains("\"Event\"", StringComparison.Ordinal));
    }

    private static GraphDocument Document(ArticleRecord article, IReadOnlyList<Entity> entities, GraphEvent meeting) => new()
    {
        Articles = [article],
        Entities = [.. entities],
        Mentions = [.. entities.Select(e => TestGraph.Mention(e, article))],
        Events = [meeting],
    };
}
