namespace Graph.Neo4j.Maintenance;

/// <summary>One recorded join of a short form to an entity: <c>(:Alias)-[:ALIAS_OF {rule, article}]->(entity)</c>.</summary>
/// <param name="Alias">The short form's own id (<c>person:orban</c>).</param>
/// <param name="AliasName">Its name.</param>
/// <param name="Entity">The entity it was joined to.</param>
/// <param name="EntityName">That entity's name.</param>
/// <param name="Rule">The rule (<c>surname+role</c>, …).</param>
/// <param name="Article">The article whose short form it was.</param>
public sealed record EntityMergeRecord(string Alias, string AliasName, string Entity, string EntityName, string Rule, string Article);

/// <summary>What undoing a join did.</summary>
/// <param name="Alias">The short form.</param>
/// <param name="Entities">The entities it is no longer joined to (and never will be again: the pair is vetoed).</param>
/// <param name="Articles">The articles written again with the short form as its own entity.</param>
/// <param name="Failed">Articles that could not be written again (see the log), still joined.</param>
public sealed record EntityMergeUndo(string Alias, IReadOnlyList<string> Entities, IReadOnlyList<string> Articles, IReadOnlyList<string> Failed);

/// <summary>The joins identity across articles made in Neo4j: list them, undo one.</summary>
public interface IEntityMerges
{
    /// <summary>Every recorded join, by entity, alias and article.</summary>
    Task<IReadOnlyList<EntityMergeRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Undoes the joins of a short form (all of them, or only those into <paramref name="entity"/>): the pair is
    /// vetoed for the future, and every article whose short form was joined is written again with the short
    /// form as an entity of its own, so both nodes exist again. Null when no such join is recorded.
    /// </summary>
    Task<EntityMergeUndo?> UndoAsync(string alias, string? entity, CancellationToken cancellationToken);
}
