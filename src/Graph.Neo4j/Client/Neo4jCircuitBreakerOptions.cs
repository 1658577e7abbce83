namespace Graph.Neo4j.Client;

/// <summary>
/// Stops calling a Neo4j that keeps failing (transient errors, 5xx, network failures, timeouts) for a while,
/// so that a run fails fast instead of waiting out every retry.
/// </summary>
public sealed class Neo4jCircuitBreakerOptions
{
    /// <summary>False turns the circuit breaker off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Share of failed attempts within <see cref="SamplingDuration"/> that opens the circuit (0–1].</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed within <see cref="SamplingDuration"/> before the ratio counts (at least 2).</summary>
    public int MinimumThroughput { get; set; } = 10;

    /// <summary>Window over which failures are counted (at least 0.5 s).</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial call is let through (at least 0.5 s).</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
