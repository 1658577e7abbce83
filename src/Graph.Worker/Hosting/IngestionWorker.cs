using Graph.Ingestion.Sources;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Hosting;

/// <summary>
/// The hosted service of the <c>run</c> verb: applies the schema (waiting for Neo4j as long as it takes), then
/// runs the ingestion pipeline over the watched sources (inbox, feeds) until the host stops.
/// </summary>
internal sealed class IngestionWorker(
    ArticleSources sources,
    IngestionPipeline pipeline,
    ProgressLog progress,
    IArticleSink sink,
    ISchemaBootstrapper schema,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var watched = sources.Watched();
            if (watched.Count == 0)
                throw new InvalidOperationException("Nothing to watch: Ingestion:Inbox is empty and Ingestion:Feeds:Urls lists no feed.");
            if (!await ApplySchemaAsync(stoppingToken).ConfigureAwait(false))
                return;
            using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var logging = progress.RunAsync(files: null, stopProgress.Token);
            try
            {
                await pipeline.RunAsync(watched, sink, stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                await stopProgress.CancelAsync().ConfigureAwait(false);
                await logging.ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.LogFailed(logger, e);
            throw;
        }
    }

    /// <summary>Applies the schema, waiting while Neo4j is unavailable; false when stopped meanwhile.</summary>
    private async Task<bool> ApplySchemaAsync(CancellationToken stoppingToken)
    {
        var wait = StoreWait.Create(options.Value, time, e => ValueTask.FromResult(sink.IsUnavailable(e)), (e, delay) =>
        {
            Log.LogWaitingForNeo4j(logger, e.Message, delay);
            return ValueTask.CompletedTask;
        });
        try
        {
            await wait.ExecuteAsync(async token => await schema.EnsureAppliedAsync(token).ConfigureAwait(false), stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
