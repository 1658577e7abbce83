using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Neo4j.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ISchemaBootstrapper"/> alone, for what applies the schema without writing (the <c>schema</c> verb). Call <c>AddNeo4j</c> too.</summary>
    public static IServiceCollection AddNeo4jSchema(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ISchemaBootstrapper, SchemaBootstrapper>();
        return services;
    }
}
