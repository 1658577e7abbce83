namespace Graph.Neo4j.Client;

/// <summary>Runs Cypher against Neo4j over HTTP.</summary>
public interface INeo4jClient
{
    /// <summary>
    /// Runs the statements, in order, in ONE transaction, committed at the end. On a retryable failure the
    /// whole transaction is replayed (retry policy); a non-retryable failure throws <see cref="Neo4jException"/>.
    /// </summary>
    Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    /// <summary>The server: version, edition and the HTTP API in use (discovered once, then cached).</summary>
    Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken);
}
