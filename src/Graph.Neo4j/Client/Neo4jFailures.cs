namespace Graph.Neo4j.Client;

/// <summary>What a failure of a call to Neo4j says about the server: the writer and the worker's wait read it the same way.</summary>
public static class Neo4jFailures
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// True when <paramref name="exception"/> means "the store cannot be reached now" (wait and retry): network failures,
    /// timeouts, 5xx, an open circuit and Neo4j's transient errors. Anything else (bad credentials, an unknown database)
    /// will not heal by waiting.
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
    /// True when <paramref name="exception"/> shows the server itself down or out of reach (connection refused or reset,
    /// no server, an open circuit): never held against the articles being written, whatever a probe says a moment later.
    /// </summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        Neo4jException e => e.Code is Neo4jErrorCodes.NetworkFailure or Neo4jErrorCodes.ServerUnavailable
            or Neo4jErrorCodes.CircuitOpen or Neo4jErrorCodes.DiscoveryFailed,
        HttpRequestException or IOException => true,
        _ => false,
    };

    /// <summary>True when the server answers <c>RETURN 1</c> now (within ten seconds).</summary>
    public static async Task<bool> IsReachableAsync(INeo4jClient client, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await client.ExecuteAsync([new CypherStatement("RETURN 1")], timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
