namespace Graph.Neo4j.Client;

/// <summary>
/// Where and how to reach Neo4j. Bound from configuration by the Neo4j conventions (<c>NEO4J_URI</c>,
/// <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>, <c>NEO4J_HTTP_API</c>) and from the
/// <c>Neo4j</c> section for everything else (e.g. <c>Neo4j:Retry:MaxAttempts</c>).
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section that holds every setting by property name.</summary>
    public const string SectionName = "Neo4j";

    /// <summary>HTTP(S) base URI of the server, e.g. <c>http://localhost:7474</c> or <c>https://host:7473</c>.</summary>
    public string? Uri { get; set; }

    /// <summary>User for Basic authentication.</summary>
    public string Username { get; set; } = "neo4j";

    /// <summary>Password for Basic authentication; empty when the server runs without authentication. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Database name (4.x+); 3.x has a single database and ignores it.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>Which HTTP API to speak; <see cref="Neo4jApiPreference.Auto"/> lets discovery decide.</summary>
    public Neo4jApiPreference Api { get; set; } = Neo4jApiPreference.Auto;

    /// <summary>Longest a single attempt (discovery if still needed, then the whole transaction) may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Replay of transactions that failed with a retryable error.</summary>
    public Neo4jRetryOptions Retry { get; set; } = new();

    /// <summary>Fail fast while Neo4j keeps failing.</summary>
    public Neo4jCircuitBreakerOptions CircuitBreaker { get; set; } = new();
}
