namespace Graph.Neo4j.Client;

/// <summary>
/// Neo4j status codes the client treats specially, and the codes it uses itself for failures of the HTTP
/// exchange (prefixed <c>Graph.Neo4j.</c> so they never clash with the server's).
/// </summary>
public static class Neo4jErrorCodes
{
    /// <summary>Neo4j refused the credentials (HTTP 401).</summary>
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    /// <summary>3.x reports deadlocks with this transient code; replaying the transaction usually succeeds.</summary>
    public const string DeadlockDetected = "Neo.TransientError.Transaction.DeadlockDetected";
    /// <summary>The network exchange failed (connection refused, reset, DNS…).</summary>
    public const string NetworkFailure = "Graph.Neo4j.NetworkFailure";
    /// <summary>The server answered 5xx (or 408/429) without a Neo4j error.</summary>
    public const string ServerUnavailable = "Graph.Neo4j.ServerUnavailable";
    /// <summary>An attempt took longer than <see cref="Neo4jOptions.AttemptTimeout"/>.</summary>
    public const string Timeout = "Graph.Neo4j.Timeout";
    /// <summary>The circuit breaker is open after repeated failures; calls fail fast until it closes.</summary>
    public const string CircuitOpen = "Graph.Neo4j.CircuitOpen";
    /// <summary>The server answered something the client cannot read (not JSON, unknown shape, unexpected status).</summary>
    public const string UnexpectedResponse = "Graph.Neo4j.UnexpectedResponse";
    /// <summary>Discovery (<c>GET /</c>) did not reveal a usable HTTP API.</summary>
    public const string DiscoveryFailed = "Graph.Neo4j.DiscoveryFailed";

    private const string TransientPrefix = "Neo.TransientError.";

    /// <summary>
    /// True for transient Neo4j errors, except those raised because the transaction was terminated on purpose
    /// (<c>Transaction.Terminated</c>, <c>Transaction.LockClientStopped</c>): replaying those would fight an operator.
    /// </summary>
    public static bool IsRetryable(string code) =>
        code.StartsWith(TransientPrefix, StringComparison.Ordinal)
        && code != "Neo.TransientError.Transaction.Terminated"
        && code != "Neo.TransientError.Transaction.LockClientStopped";
}
