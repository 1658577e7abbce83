using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Writing;

public static class GraphWriterServiceCollectionExtensions
{
    /// <summary>
    /// Registers the schema bootstrapper, the graph writer, the article remover (<see cref="IArticleRemover"/>) and the
    /// merge ledger (<see cref="IEntityMerges"/>), with <see cref="GraphWriterOptions"/> bound
    /// from the <c>Neo4j:Writer</c> section of <paramref name="configuration"/>, then adjusted by
    /// <paramref name="configure"/>, and validated on start. Call <c>AddNeo4j</c> too: the writer needs its
    /// <see cref="Client.INeo4jClient"/>.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphWriter(this IServiceCollection services, IConfiguration configuration, Action<GraphWriterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var options = services.AddOptions<GraphWriterOptions>()
            .Bind(configuration.GetSection(GraphWriterOptions.Section));
        if (configure is not null) options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphWriterOptions>, GraphWriterOptionsValidator>());

        services.AddMetrics();
        services.TryAddSingleton<GraphWriterMetrics>();
        services.AddNeo4jSchema();
        services.TryAddSingleton<IGraphWriter, Neo4jGraphWriter>();
        services.TryAddSingleton<IArticleRemover, ArticleRemover>();
        services.TryAddSingleton<IEntityMerges, EntityMerges>();
        return services;
    }
}
