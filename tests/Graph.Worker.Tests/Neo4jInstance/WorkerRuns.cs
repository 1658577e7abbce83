using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources;
using Graph.Worker.Hosting;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Worker.Tests.Neo4jInstance;

/// <summary>Runs the ingestion pipeline in-process, in a host built as the verbs build theirs.</summary>
internal static class WorkerRuns
{
    /// <summary>
    /// One <c>ingest</c>-like run over <paramref name="paths"/>. <paramref name="configure"/> may register services
    /// first (e.g. an <see cref="IArticleSink"/> wrapping the real one).
    /// </summary>
    public static async Task<PipelineSummary> IngestAsync(
        IReadOnlyDictionary<string, string?> configuration,
        IReadOnlyList<string> paths,
        Action<IServiceCollection>? configure = null,
        CancellationToken cancellationToken = default)
    {
        using var host = WorkerHost.Build((services, config) =>
        {
            configure?.Invoke(services);
            services.AddIngestionPipeline(config, PipelineServiceCollectionExtensions.IsNeo4jConfigured(config));
        }, configuration);
        await host.StartAsync(CancellationToken.None);
        try
        {
            var services = host.Services;
            var source = services.GetRequiredService<ArticleSources>().Paths(paths, ArticleReadOptions.Default);
            return await services.GetRequiredService<IngestionPipeline>()
                .RunAsync([source], services.GetRequiredService<IArticleSink>(), cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after <paramref name="timeout"/> (a bound, not a measurement).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        while (!await condition())
        {
            if (limit.IsCancellationRequested)
                Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(50, CancellationToken.None);
        }
    }

    public static Task EventuallyAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        EventuallyAsync(() => Task.FromResult(condition()), what, timeout);
}
