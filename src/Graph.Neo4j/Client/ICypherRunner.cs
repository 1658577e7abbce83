namespace Graph.Neo4j.Client;

/// <summary>Runs Cypher statements: in a transaction of their own (<see cref="INeo4jClient"/>) or in one already open.</summary>
public interface ICypherRunner
{
    /// <summary>
    /// Runs the statements, in order. On <see cref="INeo4jClient"/> they are ONE transaction, committed at the end,
    /// replayed whole on a retryable failure; inside <see cref="INeo4jClient.InTransactionAsync{T}"/> they run in that
    /// transaction and see what it wrote before. A failure throws <see cref="Neo4jException"/>.
    /// </summary>
    Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);
}
