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
        var down = status.Roles.Where(r => !r.Value.Connected).Select(r => $"{r.Key} ({r.Value.LastError ?? "connecting"})").ToList();
        var queues = string.Join(", ", status.Queues.Select(q => $"{q.Key} {q.Value.Messages}"));
        return Task.FromResult(down.Count == 0 && status.Roles.Count > 0
            ? HealthCheckResult.Healthy($"{connector.Description}: connected; queues: {queues}", data)
            : HealthCheckResult.Unhealthy($"{connector.Description}: not connected: {(down.Count == 0 ? "starting" : string.Join("; ", down))}", data: data));
    }
}
