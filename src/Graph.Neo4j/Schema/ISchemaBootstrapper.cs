namespace Graph.Neo4j.Schema;

/// <summary>Creates the graph's constraints and indexes (idempotent).</summary>
public interface ISchemaBootstrapper
{
    /// <summary>Applies the schema script for the server's version; each statement in its own transaction.</summary>
    Task<SchemaApplyResult> ApplyAsync(CancellationToken cancellationToken);

    /// <summary>Applies the schema once per process; later calls return at once (a failed attempt is retried).</summary>
    Task EnsureAppliedAsync(CancellationToken cancellationToken);
}
