namespace Graph.Neo4j.Client.Protocol;

/// <summary>A transaction over one of Neo4j's HTTP APIs that stays open across requests until committed or rolled back (one attempt, no retry).</summary>
internal interface IOpenTransaction
{
    /// <summary>Runs the statements in the transaction (opening it on first use).</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<PreparedStatement> statements, CancellationToken cancellationToken);

    /// <summary>Commits what ran (nothing to do when nothing ran).</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Rolls back after <paramref name="failure"/>, unless Neo4j itself reported an error (it has closed the
    /// transaction then); after a network failure, timeout or cancellation it would otherwise hold its locks until it
    /// expires. Best effort: a failed rollback is logged, not thrown.
    /// </summary>
    Task RollbackAsync(Exception failure);
}
