using Graph.Worker.Pipeline;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Health;

/// <summary>The pipeline's queue depths and counts; degraded while the write queue is full (the writer is the bottleneck or waits).</summary>
internal sealed class PipelineHealthCheck(PipelineStatus status, IOptions<PipelineOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["extractQueue"] = status.ExtractQueue,
            ["writeQueue"] = status.WriteQueue,
            ["read"] = status.Read,
            ["written"] = status.Written,
            ["unchanged"] = status.Unchanged,
            ["setAside"] = status.SetAside,
        };
        var full = status.WriteQueue >= options.Value.ChannelCapacity;
        var description = $"queues: extract {status.ExtractQueue}, write {status.WriteQueue} of {options.Value.ChannelCapacity}";
        return Task.FromResult(full
            ? HealthCheckResult.Degraded(description + " (full: reading waits for writing)", data: data)
            : HealthCheckResult.Healthy(description, data));
    }
}
