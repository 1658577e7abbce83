using Graph.Export;
using Graph.Export.Formats;
using Graph.Extraction;
using Graph.Extraction.Syntax;
using Graph.Ingestion;
using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources.Feeds;
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
    /// <summary>Reading (options from the <c>Ingestion</c> section), extraction, and the pipeline joining them.</summary>
    public static IServiceCollection AddExtractionPipeline(this IServiceCollection services)
    {
        services.AddIngestion();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        services.AddSyntaxOptions();
        services.AddExtraction();
        services.TryAddSingleton<ExtractionPipeline>();
        return services;
    }

    /// <summary>
    /// The ingestion pipeline: sources (<c>Ingestion</c>, <c>Ingestion:Feeds</c>), extraction, the dead-letter
    /// folder, <see cref="PipelineOptions"/> (<c>Pipeline</c>), and the sink: Neo4j (<c>NEO4J_*</c>,
    /// <c>Neo4j</c>) when <paramref name="neo4j"/>, else the graph document file.
    /// </summary>
    public static IServiceCollection AddIngestionPipeline(this IServiceCollection services, IConfiguration configuration, bool neo4j)
    {
        services.AddArticleSources();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section);
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>());
        services.AddSyntaxOptions();
        services.AddExtraction();
        services.TryAddTransient<IngestionPipeline>();
        services.TryAddTransient<SetAsideRecorder>();
        services.TryAddTransient<Checkpoints>();
        services.TryAddTransient<ProgressLog>();
        if (neo4j)
        {
            services.AddNeo4j(configuration);
            services.AddNeo4jGraphWriter(configuration);
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

    /// <summary>The parser's limits per article (<c>Syntax</c>), validated at start, for <see cref="ExtractionServiceCollectionExtensions.AddExtraction"/>.</summary>
    public static IServiceCollection AddSyntaxOptions(this IServiceCollection services)
    {
        services.AddOptions<SyntaxOptions>().BindConfiguration(SyntaxOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SyntaxOptions>, SyntaxOptionsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<SyntaxOptions>>().Value);
        return services;
    }

    /// <summary>True when configuration names a Neo4j server (<c>NEO4J_URI</c> or <c>Neo4j:Uri</c>).</summary>
    public static bool IsNeo4jConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[Neo4jConfiguration.UriKey])
        || !string.IsNullOrWhiteSpace(configuration[$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Uri)}"]);
}
