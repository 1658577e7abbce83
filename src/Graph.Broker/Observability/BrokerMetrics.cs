using System.Diagnostics.Metrics;

namespace Graph.Broker.Observability;

/// <summary>
/// Broker mode's instruments, on the worker's one Meter (<c>Graph.Worker</c>; the meter factory hands every caller the
/// same meter for a name): per queue its depth and consumers, per role its in-flight messages, redeliveries, acks,
/// dead letters and reconnects, and messages published per queue.
/// </summary>
public sealed class BrokerMetrics
{
    /// <summary>The worker's meter (Graph.Worker's <c>WorkerMetrics.MeterName</c>), which the OTLP export already listens to.</summary>
    public const string MeterName = "Graph.Worker";

    private readonly Counter<long> _published;
    private readonly Counter<long> _acknowledged;
    private readonly Counter<long> _redeliveries;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _reconnects;

    public BrokerMetrics(IMeterFactory meterFactory, BrokerStatus status)
    {
        var meter = meterFactory.Create(MeterName);
        _published = meter.CreateCounter<long>("graph.broker.published", "{message}", "Messages published and confirmed by the broker.");
        _acknowledged = meter.CreateCounter<long>("graph.broker.acknowledged", "{message}", "Messages a role finished and acknowledged.");
        _redeliveries = meter.CreateCounter<long>("graph.broker.redeliveries", "{message}", "Messages a role received that the broker had delivered before.");
        _deadLettered = meter.CreateCounter<long>("graph.broker.dead_lettered", "{message}", "Messages a role gave up on (poison) and moved to the dead-letter queue.");
        _reconnects = meter.CreateCounter<long>("graph.broker.reconnects", "{connection}", "Times a role lost its connection and connected again.");
        meter.CreateObservableGauge("graph.broker.queue.depth",
            () => status.Queues.Select(q => new Measurement<long>(q.Value.Messages, new KeyValuePair<string, object?>("queue", q.Key))),
            "{message}", "Messages ready in each queue, as last read.");
        meter.CreateObservableGauge("graph.broker.queue.consumers",
            () => status.Queues.Select(q => new Measurement<long>(q.Value.Consumers, new KeyValuePair<string, object?>("queue", q.Key))),
            "{consumer}", "Consumers of each queue, as last read.");
        meter.CreateObservableGauge("graph.broker.in_flight",
            () => status.Roles.Select(r => new Measurement<int>(r.Value.InFlight, new KeyValuePair<string, object?>("role", r.Key))),
            "{message}", "Messages a role holds unacknowledged.");
    }

    public void Published(string queue) => _published.Add(1, new KeyValuePair<string, object?>("queue", queue));

    public void Acknowledged(string role) => _acknowledged.Add(1, new KeyValuePair<string, object?>("role", role));

    public void Redelivered(string role) => _redeliveries.Add(1, new KeyValuePair<string, object?>("role", role));

    public void DeadLettered(string role) => _deadLettered.Add(1, new KeyValuePair<string, object?>("role", role));

    public void Reconnected(string role) => _reconnects.Add(1, new KeyValuePair<string, object?>("role", role));
}
