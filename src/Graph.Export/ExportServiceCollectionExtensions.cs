using Graph.Export.Formats;
using Graph.Export.Html;
using Graph.Export.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the exporters (HTML, GraphML, Cypher, JSON), <see cref="GraphExporter"/> and <see cref="Neo4jGraphReader"/>
    /// (which needs <c>AddNeo4j</c> only when it is used).
    /// </summary>
    public static IServiceCollection AddGraphExport(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphExporter, HtmlExporter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphExporter, GraphMLExporter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphExporter, CypherExporter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphExporter, JsonExporter>());
        services.TryAddSingleton<GraphExporter>();
        services.TryAddSingleton<Neo4jGraphReader>();
        return services;
    }
}
