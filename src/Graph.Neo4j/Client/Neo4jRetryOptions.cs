namespace Graph.Neo4j.Client;

/// <summary>How a transaction that failed with a retryable error is replayed (exponential backoff).</summary>
public sealed class Neo4jRetryOptions
{
    /// <summary>Attempts in total, the first one included; 1 turns retries off.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Delay before the first replay.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Each further delay is the previous one times this factor.</summary>
    public double Multiplier { get; set; } = 2.0;

    /// <summary>No delay is longer than this.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Spread delays randomly (±25 %) so that clients that failed together do not retry together.</summary>
    public bool UseJitter { get; set; } = true;
}
