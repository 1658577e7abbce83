using System.Text;
using Graph.Broker.Configuration;
using Graph.Broker.Messaging;
using Graph.Broker.Observability;
using Graph.Core.Model;
using Graph.Extraction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Broker.Roles;

/// <summary>
/// extract: takes articles from the article queue (at most <see cref="BrokerOptions.ExtractPrefetch"/> at a time), extracts
/// each on one of <see cref="BrokerOptions.ExtractWorkers"/> workers, publishes the graph document to the document queue
/// and acknowledges the article only after that publish was confirmed: a worker killed at any point leaves the article
/// to be delivered again, and a document published twice is written once (the writer's content-hash check).
/// </summary>
internal sealed partial class ExtractRole(
    IGraphExtractor extractor,
    IOptions<BrokerOptions> options,
    BrokerStatus status,
    BrokerMetrics metrics,
    ILogger<ExtractRole> logger) : IBrokerRole
{
    public string Name => "extract";

    public async Task RunAsync(BrokerSession session, Action ready, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var work = await WorkChannels.OpenAsync(session, settings, settings.ArticleQueue, settings.ExtractPrefetch, Name, metrics, cancellationToken).ConfigureAwait(false);
        ready();
        var workers = Enumerable.Range(0, settings.EffectiveExtractWorkers)
            .Select(_ => Task.Run(() => WorkAsync(work, cancellationToken), CancellationToken.None));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private async Task WorkAsync(WorkChannels work, CancellationToken cancellationToken)
    {
        var documentQueue = options.Value.DocumentQueue;
        var settlement = work.Settlement;
        await foreach (var delivery in work.Deliveries.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            status.InFlight(Name, 1);
            try
            {
                if (delivery.Redelivered)
                {
                    status.Redelivered(Name);
                    metrics.Redelivered(Name);
                }
                byte[] document;
                try
                {
                    var article = ArticleMessage.Deserialize(delivery.Body.Span);
                    document = Encoding.UTF8.GetBytes(GraphDocumentJson.Serialize(extractor.Extract(article, cancellationToken)));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(e, delivery.Article, delivery.Attempt);
                    await settlement.FailAsync(delivery, $"extraction failed: {e.GetType().Name}: {e.Message}", cancellationToken).ConfigureAwait(false);
                    continue;
                }
                await Publishing.PublishAsync(work.Publish, documentQueue, delivery.MessageId, delivery.Article, document, cancellationToken).ConfigureAwait(false);
                metrics.Published(documentQueue);
                await settlement.AckAsync(delivery, cancellationToken).ConfigureAwait(false);
                LogExtracted(delivery.Article);
            }
            finally
            {
                status.InFlight(Name, -1);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Extracted article {ArticleId}; its document is queued for the writer")]
    private partial void LogExtracted(string articleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extraction failed for article {ArticleId} (delivery {Attempt})")]
    private partial void LogFailed(Exception exception, string articleId, long attempt);
}
