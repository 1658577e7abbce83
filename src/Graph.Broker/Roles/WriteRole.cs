using System.Text;
using System.Threading.Channels;
using Graph.Broker.Configuration;
using Graph.Broker.Messaging;
using Graph.Broker.Observability;
using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Graph.Neo4j.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Broker.Roles;

/// <summary>
/// write: consumes the document queue as its single active consumer (the broker hands it to one writer at a time and
/// to a standby when that one's connection goes, which the writer's identity reads rely on), hands up to
/// <see cref="BrokerOptions.WriteBatchSize"/> documents at a time to the graph writer, and acknowledges each only after
/// the transaction holding it committed. Unchanged articles (a redelivery) are acknowledged too; one the writer
/// rejects or Neo4j refuses goes to the dead-letter queue with the writer's reason. While Neo4j is unavailable the
/// writer waits and tries the same batch again.
/// </summary>
internal sealed partial class WriteRole(
    IGraphWriter writer,
    ISchemaBootstrapper schema,
    IOptions<BrokerOptions> options,
    BrokerStatus status,
    BrokerMetrics metrics,
    ILogger<WriteRole> logger) : IBrokerRole
{
    public string Name => "write";

    public async Task RunAsync(BrokerSession session, Action ready, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // While Neo4j is away the documents stay unacknowledged: nothing is lost by waiting.
        var wait = Backoff.Create(settings, Neo4jFailures.IsUnavailable, (e, delay) => LogWaiting(e.Message, delay));
        await wait.ExecuteAsync(async token => await schema.EnsureAppliedAsync(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

        var (deliveries, _, settlement) = await WorkChannels.OpenAsync(session, settings, settings.DocumentQueue, settings.WritePrefetch, Name, metrics, cancellationToken).ConfigureAwait(false);
        ready();
        var batch = new List<(Delivery Delivery, GraphDocument Document)>(settings.WriteBatchSize);
        while (await deliveries.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < settings.WriteBatchSize && deliveries.TryRead(out var delivery))
            {
                if (delivery.Redelivered)
                {
                    status.Redelivered(Name);
                    metrics.Redelivered(Name);
                }
                if (await ParseAsync(delivery, settlement, cancellationToken).ConfigureAwait(false) is { } document)
                    batch.Add((delivery, document));
            }
            if (batch.Count > 0)
                await WriteAsync(batch, settlement, wait, cancellationToken).ConfigureAwait(false);
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task<GraphDocument?> ParseAsync(Delivery delivery, Settlement settlement, CancellationToken cancellationToken)
    {
        try
        {
            return GraphDocumentJson.Deserialize(Encoding.UTF8.GetString(delivery.Body.Span));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnreadable(e, delivery.Article, delivery.Attempt);
            await settlement.FailAsync(delivery, $"not a graph document: {e.GetType().Name}: {e.Message}", cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private async Task WriteAsync(List<(Delivery Delivery, GraphDocument Document)> batch, Settlement settlement, Polly.ResiliencePipeline wait, CancellationToken cancellationToken)
    {
        status.InFlight(Name, batch.Count);
        try
        {
            IReadOnlyList<GraphDocument> documents = [.. batch.Select(b => b.Document)];
            var result = await wait.ExecuteAsync(async token => await writer.WriteAsync(documents, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                var (delivery, _) = batch[i];
                var outcome = result.Articles[i];
                if (outcome.Status is ArticleWriteStatus.Written or ArticleWriteStatus.Unchanged)
                {
                    await settlement.AckAsync(delivery, cancellationToken).ConfigureAwait(false);
                    LogWritten(outcome.ArticleId, outcome.Status);
                }
                else
                {
                    LogNotWritten(outcome.ArticleId, outcome.Status, outcome.Error);
                    await settlement.DeadLetterAsync(delivery, $"not written ({outcome.Status}): {outcome.Error}", cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            status.InFlight(Name, -batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {ArticleId}: {Status}")]
    private partial void LogWritten(string articleId, ArticleWriteStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} not written ({Status}): {Error}; it goes to the dead-letter queue")]
    private partial void LogNotWritten(string articleId, ArticleWriteStatus status, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message for article {ArticleId} is not a graph document (delivery {Attempt})")]
    private partial void LogUnreadable(Exception exception, string articleId, long attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j is not available ({Reason}); the writer tries again in {Delay}")]
    private partial void LogWaiting(string reason, TimeSpan delay);
}
