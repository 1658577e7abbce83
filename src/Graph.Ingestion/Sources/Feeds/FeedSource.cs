using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Sources.Feeds;

/// <summary>
/// Polls every configured feed in turn, then waits <see cref="FeedOptions.PollInterval"/>. A poll sends the
/// ETag and Last-Modified of the last fully finished poll (a 304 costs nothing more); items already finished with
/// the same stamp are skipped; each new or updated item's page is fetched and read. An item is marked finished
/// (and, once all items are, the feed's validators saved) only when its article has been written or set aside.
/// A page that cannot be fetched now is left for the next poll, and the validators are then not saved.
/// </summary>
internal sealed class FeedSource(
    FeedHttp http,
    PageReader pages,
    Lazy<IngestionState> state,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FeedSource> logger) : IArticleSource
{
    /// <summary>Items handed to the pipeline and not yet finished, so the next poll does not fetch them again.</summary>
    private readonly ConcurrentDictionary<(string Feed, string Item), byte> _inFlight = new();

    public string Name => "feeds";

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Urls.Count == 0)
            yield break;
        Log.LogPolling(logger, settings.Urls.Count, settings.PollInterval);
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var feed in settings.Urls)
            {
                await foreach (var item in PollAsync(new Uri(feed), cancellationToken).ConfigureAwait(false))
                    yield return item;
            }
            try
            {
                await Task.Delay(settings.PollInterval, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }

    /// <summary>One poll of one feed.</summary>
    internal async IAsyncEnumerable<SourceItem> PollAsync(Uri feedUri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var feed = feedUri.AbsoluteUri;
        var fetched = await http.GetAsync(feedUri, state.Value.GetFeedValidators(feed), cancellationToken).ConfigureAwait(false);
        switch (fetched)
        {
            case NotModified:
                Log.LogNotModified(logger, feed);
                yield break;
            case FetchFailed failed:
                Log.LogFeedFailed(logger, feed, failed.Reason);
                yield break;
        }

        var content = (FetchedContent)fetched;
        IReadOnlyList<FeedEntry> entries;
        SetAside? problem = null;
        try
        {
            entries = FeedParser.Parse(content.Body, content.Uri);
        }
        catch (BadInputException e)
        {
            entries = [];
            problem = new SetAside(feed, $"not a readable feed: {e.Message}") { Content = content.Body };
        }
        if (problem is not null)
        {
            yield return new SourceProblem(problem);
            yield break;
        }

        var waiting = 0;
        var fresh = 0;
        foreach (var entry in entries)
        {
            if (_inFlight.ContainsKey((feed, entry.Key)) || state.Value.IsItemDone(feed, entry.Key, entry.Stamp))
                continue;
            fresh++;
            SourceItem item;
            if (entry.Link is null)
            {
                item = new SourceProblem(new SetAside(feed, $"the feed item '{entry.Title ?? entry.Key}' links to no http(s) page"));
            }
            else
            {
                switch (await pages.ReadAsync(entry, entry.Link, cancellationToken).ConfigureAwait(false))
                {
                    case PageUnavailable unavailable:
                        Log.LogPageUnavailable(logger, entry.Link.AbsoluteUri, unavailable.Reason);
                        waiting++;
                        continue;
                    case PageSetAside setAside:
                        item = new SourceProblem(setAside.Problem);
                        break;
                    case PageArticle article:
                        item = new SourceArticle(article.Article);
                        break;
                    default:
                        throw new InvalidOperationException("Unknown page outcome.");
                }
            }

            var key = (feed, entry.Key);
            var stamp = entry.Stamp;
            _inFlight.TryAdd(key, 0);
            yield return item;
            yield return new SourceCheckpoint(SourceCheckpoint.Units.FeedItem, entry.Key, token =>
            {
                state.Value.MarkItemDone(key.feed, key.Key, stamp);
                _inFlight.TryRemove(key, out _);
                return Task.CompletedTask;
            });
        }

        Log.LogPolled(logger, feed, entries.Count, fresh - waiting, waiting);
        if (waiting == 0)
        {
            var validators = content.Validators;
            yield return new SourceCheckpoint(SourceCheckpoint.Units.Feed, feed, _ =>
            {
                state.Value.SaveFeedValidators(feed, validators);
                return Task.CompletedTask;
            });
        }
    }
}
