using Polly.CircuitBreaker;

namespace Graph.Neo4j.Client.Resilience;

/// <summary>The state of the client's circuit breaker, for health checks. Always closed when the breaker is disabled.</summary>
public sealed class Neo4jCircuitBreakerState
{
    internal CircuitBreakerStateProvider Provider { get; } = new();

    /// <summary>Closed (calls flow), Open (calls fail fast), HalfOpen (one trial call) or Isolated.</summary>
    public CircuitState State => Provider.CircuitState;
}
