namespace Graph.Neo4j.Client;

/// <summary>Tells a failure to wait out (Neo4j down, busy or out of reach) from one that waiting will not heal.</summary>
public static class Neo4jAvailability
{
    /// <summary>
    /// Network failures, timeouts, 5xx, an open circuit and Neo4j's transient errors mean "wait". Anything else the
    /// writer throws (bad credentials, an unknown database) will not heal by waiting.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        Neo4jException { IsRetryable: true } => true,
        Neo4jException e => e.Code is Neo4jErrorCodes.NetworkFailure or Neo4jErrorCodes.ServerUnavailable or Neo4jErrorCodes.Timeout
            or Neo4jErrorCodes.CircuitOpen or Neo4jErrorCodes.UnexpectedResponse or Neo4jErrorCodes.DiscoveryFailed,
        HttpRequestException or TimeoutException or IOException => true,
        _ => false,
    };

    /// <summary>
    /// True when <paramref name="exception"/> shows Neo4j itself down or out of reach (connection refused or reset, no
    /// server, an open circuit): never held against the articles being written, whatever a probe says a moment later.
    /// </summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        Neo4jException e => e.Code is Neo4jErrorCodes.NetworkFailure or Neo4jErrorCodes.ServerUnavailable
            or Neo4jErrorCodes.CircuitOpen or Neo4jErrorCodes.DiscoveryFailed,
        HttpRequestException or IOException => true,
        _ => false,
    };
}
