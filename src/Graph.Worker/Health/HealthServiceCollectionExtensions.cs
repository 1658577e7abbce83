using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Health;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>Health checks (Neo4j reachable, pipeline queues) and the report writer of the <c>run</c> verb.</summary>
    public static IServiceCollection AddWorkerHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.File), $"{HealthOptions.Section}:{nameof(HealthOptions.File)} must name the report file (e.g. state/health.json).")
            .Validate(o => o.Interval >= TimeSpan.FromSeconds(1), $"{HealthOptions.Section}:{nameof(HealthOptions.Interval)} must be at least 00:00:01.")
            .ValidateOnStart();
        services.AddHealthChecks()
            .AddCheck<Neo4jHealthCheck>("neo4j")
            .AddCheck<PipelineHealthCheck>("pipeline");
        services.AddHostedService<HealthReportWriter>();
        return services;
    }
}
