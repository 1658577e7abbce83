using System.Net;
using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources;
using Graph.Ingestion.Sources.Feeds;
using Graph.Ingestion.Tests.Formats;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Ingestion.Tests.Feeds;

public sealed class FeedSourceTests : IDisposable
{
    private const string Html = "text/html; charset=utf-8";
    private const string RssType = "application/rss+xml";

    private readonly LocalHttpServer _server = new();
    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    public FeedSourceTests()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddArticleSources()
            .Configure<IngestionOptions>(o =>
            {
                o.State = Path.Combine(_folder.Path, "state.db");
                o.DeadLetter = Path.Combine(_folder.Path, "dead-letter");
            })
            .Configure<FeedOptions>(o => o.HostInterval = TimeSpan.Zero)
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _server.Dispose();
        _folder.Dispose();
    }

    private Uri Feed => _server.Url("feed.xml");

    private void ServeTwoItems()
    {
        _server.Serve("feed.xml", RssType, FeedDocuments.Rss(
            ("Ministers meet in Lisbon", _server.Url("world/one.html").AbsoluteUri, "Tue, 14 May 2024 09:30:00 GMT"),
            ("Envoys travel to Nairobi", _server.Url("world/two.html").AbsoluteUri, "Wed, 15 May 2024 10:00:00 GMT")));
        _server.Serve("world/one.html", Html, FeedDocuments.Page("Ministers meet in Lisbon",
            "Foreign ministers of Portugal and Chile met in Lisbon on Tuesday.", "They agreed to expand trade in wine and copper."));
        _server.Serve("world/two.html", Html, FeedDocuments.Page("Envoys travel to Nairobi",
            "Envoys from Norway arrived in Nairobi on Wednesday for talks on climate finance."));
    }

    /// <summary>One poll; with <paramref name="commit"/>, its checkpoints are committed as the pipeline would once all is written.</summary>
    private async Task<List<SourceItem>> PollAsync(bool commit = true)
    {
        var items = await _services.GetRequiredService<FeedSource>().PollAsync(Feed, CancellationToken.None).ToListAsync();
        if (commit)
        {
            foreach (var checkpoint in items.OfType<SourceCheckpoint>())
                await (checkpoint.CommitAsync?.Invoke(CancellationToken.None) ?? Task.CompletedTask);
        }
        return items;
    }

    [Fact]
    public async Task PollAsync_NewFeed_ReadsEachItemPageThenCheckpointsItemsAndFeed()
    {
        ServeTwoItems();

        var items = await PollAsync();

        var articles = items.OfType<SourceArticle>().Select(a => a.Article).ToList();
        Assert.Equal([_server.Url("world/one.html").AbsoluteUri, _server.Url("world/two.html").AbsoluteUri], articles.Select(a => a.Id));
        Assert.Equal("Ministers meet in Lisbon", articles[0].Title);
        Assert.Equal(new DateOnly(2024, 5, 14), articles[0].Published);
        Assert.Contains("Foreign ministers of Portugal and Chile met in Lisbon on Tuesday.", articles[0].Text);
        Assert.DoesNotContain("tracking", articles[0].Text);
        Assert.DoesNotContain("Home", articles[0].Text);
        Assert.Equal(
            [SourceCheckpoint.Units.FeedItem, SourceCheckpoint.Units.FeedItem, SourceCheckpoint.Units.Feed],
            items.OfType<SourceCheckpoint>().Select(c => c.Unit));
        Assert.IsType<SourceCheckpoint>(items[^1]);
    }

    [Fact]
    public async Task PollAsync_AgainAfterCommit_SendsTheETagAndGets304WithoutFetchingPages()
    {
        ServeTwoItems();
        await PollAsync();

        var second = await PollAsync();

        Assert.Empty(second);
        var feedRequests = _server.RequestsFor("feed.xml");
        Assert.Equal([200, 304], feedRequests.Select(r => r.Status));
        Assert.NotNull(feedRequests[1].IfNoneMatch);
        Assert.Single(_server.RequestsFor("world/one.html"));
    }

    [Fact]
    public async Task PollAsync_ServerIgnoresETags_FinishedItemsAreNotFetchedAgain()
    {
        ServeTwoItems();
        _server.HonourETags = false;
        await PollAsync();

        var second = await PollAsync();

        Assert.Equal([SourceCheckpoint.Units.Feed], second.OfType<SourceCheckpoint>().Select(c => c.Unit));
        Assert.DoesNotContain(second, i => i is SourceArticle);
        Assert.Single(_server.RequestsFor("world/two.html"));
    }

    [Fact]
    public async Task PollAsync_NotCommitted_ItemsComeAgain()
    {
        ServeTwoItems();
        await PollAsync(commit: false);

        var second = await PollAsync(commit: false);

        // Nothing was recorded as written: the same feed instance still holds them in flight, a fresh one reads them.
        Assert.DoesNotContain(second, i => i is SourceArticle);
        var fresh = await ActivatorUtilities.CreateInstance<FeedSource>(_services).PollAsync(Feed, CancellationToken.None).ToListAsync();
        Assert.Equal(2, fresh.OfType<SourceArticle>().Count());
    }

    [Fact]
    public async Task PollAsync_UpdatedItem_IsFetchedAgain()
    {
        ServeTwoItems();
        await PollAsync();
        _server.Serve("feed.xml", RssType, FeedDocuments.Rss(
            ("Ministers meet in Lisbon", _server.Url("world/one.html").AbsoluteUri, "Thu, 16 May 2024 12:00:00 GMT"),
            ("Envoys travel to Nairobi", _server.Url("world/two.html").AbsoluteUri, "Wed, 15 May 2024 10:00:00 GMT")));

        var second = await PollAsync();

        var article = Assert.Single(second.OfType<SourceArticle>());
        Assert.Equal(_server.Url("world/one.html").AbsoluteUri, article.Article.Id);
    }

    [Fact]
    public async Task PollAsync_PageGone_IsSetAsideAndNotAskedForAgain()
    {
        ServeTwoItems();
        _server.Serve("world/two.html", Html, "gone", HttpStatusCode.NotFound);

        var first = await PollAsync();
        var second = await PollAsync();

        var problem = Assert.Single(first.OfType<SourceProblem>()).Problem;
        Assert.Equal(_server.Url("world/two.html").AbsoluteUri, problem.Source);
        Assert.Contains("HTTP 404", problem.Reason);
        Assert.Empty(second);
        Assert.Single(_server.RequestsFor("world/two.html"));
    }

    [Fact]
    public async Task PollAsync_PageServerError_LeftForTheNextPollAndTheFeedIsAskedInFull()
    {
        ServeTwoItems();
        _server.Serve("world/two.html", Html, "busy", HttpStatusCode.ServiceUnavailable);

        var first = await PollAsync();
        ServeTwoItems();
        var second = await PollAsync();

        Assert.Single(first.OfType<SourceArticle>());
        Assert.DoesNotContain(first, i => i is SourceCheckpoint { Unit: SourceCheckpoint.Units.Feed });
        Assert.Null(_server.RequestsFor("feed.xml")[1].IfNoneMatch);
        var article = Assert.Single(second.OfType<SourceArticle>());
        Assert.Equal(_server.Url("world/two.html").AbsoluteUri, article.Article.Id);
    }

    [Fact]
    public async Task PollAsync_PageWithoutText_IsSetAsideWithItsHtml()
    {
        ServeTwoItems();
        _server.Serve("world/two.html", Html, "<html><head><script>alert('only a script')</script></head><body><script>x()</script></body></html>");

        var items = await PollAsync();

        var problem = Assert.Single(items.OfType<SourceProblem>()).Problem;
        Assert.Equal("the HTML page has no text", problem.Reason);
        Assert.NotNull(problem.Content);
    }

    [Fact]
    public async Task PollAsync_ItemPage_IsReadAsAReaderViewWithBylineAndLanguage()
    {
        ServeTwoItems();
        _server.Serve("world/two.html", Html, TestPages.NewsPage());

        var items = await PollAsync();

        var article = items.OfType<SourceArticle>().Select(a => a.Article).Single(a => a.Id == _server.Url("world/two.html").AbsoluteUri);
        Assert.Equal(string.Join("\n\n", TestPages.StoryParagraphs), article.Text);
        Assert.Equal("Envoys travel to Nairobi", article.Title);
        Assert.Equal("By Maren Holt", article.Byline);
        Assert.Equal("en-GB", article.Language);
    }

    [Fact]
    public async Task PollAsync_LoginWallPage_IsSetAsideWithTheReason()
    {
        ServeTwoItems();
        _server.Serve("world/two.html", Html, TestPages.LoginWall());

        var items = await PollAsync();

        var problem = Assert.Single(items.OfType<SourceProblem>()).Problem;
        Assert.Equal(_server.Url("world/two.html").AbsoluteUri, problem.Source);
        Assert.StartsWith("no readable article on the page (a login wall", problem.Reason);
        Assert.Single(items.OfType<SourceArticle>());
    }

    [Fact]
    public async Task PollAsync_NotAFeed_IsSetAsideAndNothingElseHappens()
    {
        _server.Serve("feed.xml", Html, "<html><body>Moved</body></html>");

        var items = await PollAsync();

        var problem = Assert.Single(items.OfType<SourceProblem>()).Problem;
        Assert.StartsWith("not a readable feed: not an RSS 2.0 or Atom 1.0 feed", problem.Reason);
        Assert.Equal(Feed.AbsoluteUri, problem.Source);
    }

    [Fact]
    public async Task PollAsync_FeedUnreachable_YieldsNothing()
    {
        var items = await PollAsync();

        Assert.Empty(items);
        Assert.Equal([404], _server.RequestsFor("feed.xml").Select(r => r.Status));
    }
}
