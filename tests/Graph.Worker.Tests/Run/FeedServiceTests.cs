using Graph.Testing;
using Graph.Ingestion.Tests.Feeds;
using Graph.Neo4j.Client;
using Graph.Worker.Tests.Neo4jInstance;

namespace Graph.Worker.Tests.Run;

/// <summary>The <c>run</c> service polling a feed served by a real HTTP server on 127.0.0.1, writing into a real Neo4j.</summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class FeedServiceTests(PrivateNeo4j neo4j) : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly LocalHttpServer _server = new();

    public Task InitializeAsync() => neo4j.WipeAsync();

    public Task DisposeAsync()
    {
        _server.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Run_Feed_ItemsIngestedOnceAndRepollsAddNothing()
    {
        string[] pages = ["world/lisbon.html", "world/nairobi.html", "world/tokyo.html"];
        _server.Serve("feed.xml", "application/rss+xml", FeedDocuments.Rss(
            ("Ministers meet in Lisbon", _server.Url(pages[0]).AbsoluteUri, "Tue, 14 May 2024 09:30:00 GMT"),
            ("Envoys travel to Nairobi", _server.Url(pages[1]).AbsoluteUri, "Wed, 15 May 2024 10:00:00 GMT"),
            ("Leaders call", _server.Url(pages[2]).AbsoluteUri + "?utm_source=rss", "Thu, 16 May 2024 07:15:00 GMT")));
        _server.Serve(pages[0], "text/html", FeedDocuments.Page("Ministers meet in Lisbon",
            "French President Claire Dumont met German Chancellor Otto Reinhardt in Lisbon on Tuesday."));
        _server.Serve(pages[1], "text/html", FeedDocuments.Page("Envoys travel to Nairobi",
            "Kenyan President Daniel Otieno welcomed envoys from Norway in Nairobi on Wednesday."));
        _server.Serve(pages[2], "text/html; charset=utf-8", FeedDocuments.Page("Leaders call",
            "Japanese Foreign Minister Hiro Tanabe spoke by phone with Canadian Foreign Minister Anne Leclerc on Thursday."));
        var configuration = neo4j.WorkerConfiguration(_folder.Path);
        configuration["Ingestion:Inbox"] = "";
        configuration["Ingestion:Feeds:Urls:0"] = _server.Url("feed.xml").AbsoluteUri;
        configuration["Ingestion:Feeds:PollInterval"] = "00:00:01";
        configuration["Ingestion:Feeds:HostInterval"] = "00:00:00";

        await using var service = await RunHost.StartAsync(configuration);
        await WorkerRuns.EventuallyAsync(() => service.Status.Checkpoints == pages.Length + 1, "the items and then the feed are finished");
        var first = await GraphSnapshot.TakeAsync(neo4j.Client);
        await WorkerRuns.EventuallyAsync(() => _server.RequestsFor("feed.xml").Count >= 3, "the feed is polled twice more");
        await service.StopAsync();
        var second = await GraphSnapshot.TakeAsync(neo4j.Client);

        var ids = await neo4j.Client.ExecuteAsync([new CypherStatement("MATCH (a:Article) RETURN a.id, a.title ORDER BY a.id")], CancellationToken.None);
        Assert.Equal(pages.Select(p => _server.Url(p).AbsoluteUri).Order(StringComparer.Ordinal), ids[0].Rows.Select(r => r[0].GetString()));
        Assert.Contains(ids[0].Rows, r => r[1].GetString() == "Ministers meet in Lisbon");
        Assert.Equal(3, service.Status.Read);
        Assert.Equal(3, service.Status.Written);
        Assert.All(pages, p => Assert.Single(_server.RequestsFor(p)));
        Assert.Equal([200, 304, 304], _server.RequestsFor("feed.xml").Take(3).Select(r => r.Status));
        Assert.Equal(first, second);
    }
}
