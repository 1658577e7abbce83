using Graph.Broker.Configuration;
using Graph.Broker.Messaging;
using Graph.Broker.Observability;
using Graph.Ingestion.DeadLetter;
using Graph.Ingestion.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Broker.Roles;

/// <summary>
/// fetch: reads the watched sources (inbox, feeds) and publishes each article to the article queue, waiting for the
/// broker's confirm before the next item. A source's checkpoint (an inbox file, a feed item) is committed to the
/// sources' ledger only after every article before it was confirmed, so a re-poll never publishes a finished unit
/// again, and a crash before the checkpoint publishes it again at worst (the writer finds it unchanged).
/// Unreadable input goes to the dead-letter folder, as in single-process mode.
/// </summary>
internal sealed partial class FetchRole(
    ArticleSources sources,
    DeadLetterFolder deadLetters,
    IOptions<BrokerOptions> options,
    BrokerMetrics metrics,
    ILogger<FetchRole> logger) : IBrokerRole
{
    public string Name => "fetch";

    public async Task RunAsync(BrokerSession session, Action ready, CancellationToken cancellationToken)
    {
        var watched = sources.Watched();
        // One channel per source: each waits for its own confirms.
        var pumps = new List<Task>();
        foreach (var source in watched)
        {
            var channel = await session.OpenChannelAsync(confirms: true, prefetch: 0, cancellationToken).ConfigureAwait(false);
            pumps.Add(Task.Run(() => PumpAsync(source, channel, cancellationToken), CancellationToken.None));
        }
        ready();
        await Task.WhenAll(pumps).ConfigureAwait(false);
    }

    private async Task PumpAsync(IArticleSource source, RabbitMQ.Client.IChannel channel, CancellationToken cancellationToken)
    {
        var queue = options.Value.ArticleQueue;
        await foreach (var item in source.ReadAsync(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            switch (item)
            {
                case SourceArticle { Article: var article }:
                    await Publishing.PublishAsync(channel, queue, article.ContentHash, article.Id, ArticleMessage.Serialize(article), cancellationToken).ConfigureAwait(false);
                    metrics.Published(queue);
                    LogPublished(article.Id, article.ContentHash);
                    break;
                case SourceProblem problem:
                    await deadLetters.AddAsync(problem.Problem, cancellationToken).ConfigureAwait(false);
                    LogSetAside(problem.Problem.Source, problem.Problem.Reason);
                    break;
                case SourceCheckpoint { CommitAsync: { } commit }:
                    await commit(cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        // A watching source ends quietly when stopped; the caller tells a stop from a lost session.
        cancellationToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published article {ArticleId} ({ContentHash})")]
    private partial void LogPublished(string articleId, string contentHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Set aside {Source}: {Reason}")]
    private partial void LogSetAside(string source, string reason);
}
