using System.Collections.Concurrent;

namespace Graph.Broker.Observability;

/// <summary>What the broker side of this process is doing now, for the metrics and the health report.</summary>
public sealed class BrokerStatus
{
    private readonly ConcurrentDictionary<string, RoleState> _roles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, QueueDepth> _queues = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, RoleState> Roles => _roles;

    public IReadOnlyDictionary<string, QueueDepth> Queues => _queues;

    /// <summary>A role this process plays, connecting until <see cref="Connected"/>.</summary>
    public void Expect(string role) => State(role);

    public void Connected(string role)
    {
        var state = State(role);
        state.Connected = true;
        state.LastError = null;
    }

    public void Disconnected(string role, string reason)
    {
        var state = State(role);
        state.Connected = false;
        state.LastError = reason;
    }

    public void InFlight(string role, int change) => Interlocked.Add(ref State(role).InFlightCount, change);

    public void Redelivered(string role) => Interlocked.Increment(ref State(role).RedeliveryCount);

    public void Depth(string queue, long messages, long consumers) => _queues[queue] = new QueueDepth(messages, consumers);

    private RoleState State(string role) => _roles.GetOrAdd(role, _ => new RoleState());

    public sealed class RoleState
    {
        internal int InFlightCount;
        internal long RedeliveryCount;

        public bool Connected { get; internal set; }

        public string? LastError { get; internal set; }

        public int InFlight => Volatile.Read(ref InFlightCount);

        public long Redeliveries => Interlocked.Read(ref RedeliveryCount);
    }
}

/// <param name="Messages">Ready to deliver.</param>
/// <param name="Consumers">Consumers attached (for the document queue, the active writer and those standing by).</param>
public sealed record QueueDepth(long Messages, long Consumers);
