using Graph.Broker.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Broker.Observability;

/// <summary>The broker: every role of this process connected, with the queue depths and in-flight counts last read.</summary>
internal sealed class BrokerHealthCheck(BrokerStatus status, BrokerConnector connector) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        foreach (var (queue, depth) in status.Queues)
        {
            data[$"{queue}.messages"] = depth.Messages;
            data[$"{queue}.consumers"] = depth.Consumers;
        }
        foreach (var (role, state) in status.Roles)
        {
            data[$"{role}.inFlight"] = state.InFlight;
            data[$"{role}.redeliveries"] = state.Redeliveries;
        }
        var lost = status.Roles.Where(r => !r.Value.Connected && r.Value.LastError is not null).Select(r => $"{r.Key} ({r.Value.LastError})").ToList();
        var connecting = status.Roles.Where(r => !r.Value.Connected && r.Value.LastError is null).Select(r => r.Key).ToList();
        var queues = string.Join(", ", status.Queues.Select(q => $"{q.Key} {q.Value.Messages}"));
        if (lost.Count > 0)
            return Task.FromResult(HealthCheckResult.Unhealthy($"{connector.Description}: not connected: {string.Join("; ", lost)}", data: data));
        // Just started: not a failure yet, but not at work either.
        if (connecting.Count > 0 || status.Roles.Count == 0)
            return Task.FromResult(HealthCheckResult.Degraded($"{connector.Description}: connecting {string.Join(", ", connecting)}", data: data));
        return Task.FromResult(HealthCheckResult.Healthy($"{connector.Description}: connected; queues: {queues}", data));
    }
}
