using Graph.Export;
using Graph.Export.Formats;
using Graph.Extraction;
using Graph.Ingestion;
using Graph.Ingestion.DeadLetter;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;
using Graph.Worker.Sinks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Pipeline;

internal static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// <c>extract</c> and <c>export</c>: the reader (<c>Ingestion</c>), extraction and the pipeline (<c>Pipeline</c>) into a
    /// graph document (<see cref="DocumentExtraction"/>); set-aside input is listed, not copied to the dead-letter folder.
    /// </summary>
    public static IServiceCollection AddDocumentExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddArticleExtraction(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddPipeline();
        services.TryAddSingleton(SetAsidePolicy.ListOnly);
        services.TryAddTransient<DocumentExtraction>();
        return services;
    }

    /// <summary><c>parse</c>, and the pipeline's first two stages: the reader (<c>Ingestion</c>) and extraction (<c>Syntax</c>).</summary>
    public static IServiceCollection AddArticleExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIngestion(configuration);
        services.AddExtraction(configuration);
        return services;
    }

    /// <summary>
    /// The ingestion pipeline: sources (<c>Ingestion</c>, <c>Ingestion:Feeds</c>), extraction, the dead-letter
    /// folder, <see cref="PipelineOptions"/> (<c>Pipeline</c>), and the sink: Neo4j (<c>NEO4J_*</c>,
    /// <c>Neo4j</c>) when <paramref name="neo4j"/>, else the graph document file.
    /// </summary>
    public static IServiceCollection AddIngestionPipeline(this IServiceCollection services, IConfiguration configuration, bool neo4j)
    {
        services.AddArticleSources(configuration);
        services.AddArticleExtraction(configuration);
        services.AddPipeline();
        services.TryAddSingleton(provider => new SetAsidePolicy(provider.GetRequiredService<DeadLetterFolder>(), SetAsideRecorder.Listed));
        services.TryAddTransient<ProgressLog>();
        if (neo4j)
        {
            services.AddNeo4j(configuration);
            services.AddNeo4jGraphWriter(configuration);
            // The setting has always been the pipeline's; the writer, which sets poison aside, applies it.
            services.AddOptions<GraphWriterOptions>().Configure<IOptions<PipelineOptions>>(
                (writer, pipeline) => writer.PoisonAttempts = pipeline.Value.PoisonAttempts);
            services.TryAddSingleton<IArticleSink, Neo4jArticleSink>();
        }
        else
        {
            services.AddGraphExport();
            services.TryAddSingleton(provider => new DocumentFileSink(
                provider.GetRequiredService<IOptions<PipelineOptions>>().Value.Out, provider.GetServices<IGraphExporter>()));
            services.TryAddSingleton<IArticleSink>(provider => provider.GetRequiredService<DocumentFileSink>());
        }
        return services;
    }

    /// <summary>What every run of the pipeline needs beside reading and extraction: <see cref="PipelineOptions"/> (<c>Pipeline</c>) and the stages' parts.</summary>
    private static void AddPipeline(this IServiceCollection services)
    {
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>());
        services.TryAddSingleton<PipelineStatus>();
        services.TryAddSingleton<WorkerMetrics>();
        services.TryAddTransient<IngestionPipeline>();
        services.TryAddTransient<SetAsideRecorder>();
        services.TryAddTransient<Checkpoints>();
    }

    /// <summary>True when configuration names a Neo4j server (<c>NEO4J_URI</c> or <c>Neo4j:Uri</c>).</summary>
    public static bool IsNeo4jConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[Neo4jConfiguration.UriKey])
        || !string.IsNullOrWhiteSpace(configuration[$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Uri)}"]);
}
