using Graph.Core.Model;

namespace Graph.Neo4j.Writing;

/// <summary>An entity one article refers to, and how many mention spans of it the article has.</summary>
internal sealed record EntityInArticle(Entity Entity, int MentionCount);

/// <summary>
/// What one article of a graph document contributes: the article, every entity it refers to (by a
/// mention, an event or a relation), its events and its relations, and the short forms of it that were
/// joined to entities named elsewhere. Written as one transaction.
/// </summary>
internal sealed record ArticleSlice(
    ArticleRecord Article,
    IReadOnlyList<EntityInArticle> Entities,
    IReadOnlyList<GraphEvent> Events,
    IReadOnlyList<Relation> Relations)
{
    public IReadOnlyList<EntityMerge> Merges { get; init; } = [];
}

/// <summary>One article of a document after validation: its slice, or why it was set aside.</summary>
internal sealed record SliceResult(string ArticleId, ArticleSlice? Slice, IReadOnlyList<string> Errors);
