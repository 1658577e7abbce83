using Graph.Neo4j.Client;
using Graph.Neo4j.Client.Resilience;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;

namespace Graph.Worker.Health;

/// <summary>Neo4j reachable: the circuit is not open, the pipeline is not waiting for it, and it answers <c>RETURN 1</c>.</summary>
internal sealed class Neo4jHealthCheck(IArticleSink sink, INeo4jClient client, Neo4jCircuitBreakerState circuit, PipelineStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (circuit.State == CircuitState.Open)
            return HealthCheckResult.Unhealthy($"{sink.Description}: the circuit is open after repeated failures");
        if (status.WaitingSince is { } since)
            return HealthCheckResult.Unhealthy($"{sink.Description}: writes wait since {since:O} ({status.WaitingReason})");
        return await Neo4jFailures.IsReachableAsync(client, cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy($"{sink.Description} answers")
            : HealthCheckResult.Unhealthy($"{sink.Description} does not answer");
    }
}
