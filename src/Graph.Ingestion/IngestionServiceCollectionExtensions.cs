using Graph.Ingestion.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the article reader. Its <see cref="IngestionOptions"/> are validated on start; bind them
    /// from configuration with <c>AddOptions&lt;IngestionOptions&gt;().BindConfiguration(IngestionOptions.Section)</c>.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IArticleReader, ArticleReader>();
        return services;
    }
}
