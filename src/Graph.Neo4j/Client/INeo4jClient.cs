namespace Graph.Neo4j.Client;

/// <summary>Runs Cypher against Neo4j over HTTP.</summary>
public interface INeo4jClient : ICypherRunner
{
    /// <summary>
    /// Runs <paramref name="work"/> in ONE transaction that spans several requests (each read sees what the
    /// transaction wrote before it) and commits it when the work returns. On a retryable failure the whole work is
    /// run again in a new transaction (retry policy); when it throws, the transaction is rolled back.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>The server: version, edition and the HTTP API in use (discovered once, then cached).</summary>
    Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken);
}
