using Graph.Extraction;
using Graph.Ingestion;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Worker.Pipeline;

internal static class PipelineServiceCollectionExtensions
{
    /// <summary>Reading (options from the <c>Ingestion</c> section), extraction, and the pipeline joining them.</summary>
    public static IServiceCollection AddExtractionPipeline(this IServiceCollection services)
    {
        services.AddIngestion();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        services.AddExtraction();
        services.TryAddSingleton<ExtractionPipeline>();
        return services;
    }
}
