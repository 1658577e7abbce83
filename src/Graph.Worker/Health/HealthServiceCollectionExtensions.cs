using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Health;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>Health checks (Neo4j reachable, pipeline queues) and the report writer of the <c>run</c> verb.</summary>
    public static IServiceCollection AddWorkerHealth(this IServiceCollection services)
    {
        services.AddHealthOptions();
        services.AddHealthChecks()
            .AddCheck<Neo4jHealthCheck>("neo4j")
            .AddCheck<PipelineHealthCheck>("pipeline");
        services.AddHostedService<HealthReportWriter>();
        return services;
    }

    /// <summary>The report's settings (<c>Health</c>), validated on start: what <c>run</c> writes and <c>health</c> reads.</summary>
    public static IServiceCollection AddHealthOptions(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>());
        return services;
    }
}
