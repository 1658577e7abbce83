using Graph.Core.Model;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Identity;

/// <summary>Rewrites an article's slice so that some entities become others (a short form joined to its full form, or a join undone).</summary>
internal static class SliceMapper
{
    /// <param name="slice">The article's slice.</param>
    /// <param name="replacements">Entity id → the entity that takes its place (with the names to add as aliases).</param>
    /// <param name="merges">The slice's merge records after the rewrite.</param>
    public static ArticleSlice Map(ArticleSlice slice, IReadOnlyDictionary<string, Entity> replacements, IReadOnlyList<EntityMerge> merges)
    {
        if (replacements.Count == 0)
            return slice with { Merges = merges };
        string Id(string id) => replacements.TryGetValue(id, out var to) ? to.Id : id;

        var entities = new Dictionary<string, EntityInArticle>(StringComparer.Ordinal);
        foreach (var e in slice.Entities)
        {
            var entity = replacements.GetValueOrDefault(e.Entity.Id) ?? e.Entity;
            entities[entity.Id] = entities.TryGetValue(entity.Id, out var seen)
                ? new EntityInArticle(Union(seen.Entity, entity), seen.MentionCount + e.MentionCount)
                : new EntityInArticle(entity, e.MentionCount);
        }

        var events = slice.Events.Select(e => e with
        {
            Participants = [.. e.Participants.Select(p => p with { Entity = Id(p.Entity) }).Distinct()],
            Location = e.Location is null ? null : Id(e.Location),
        }).ToList();
        var relations = slice.Relations.Select(r => r with { Source = Id(r.Source), Target = Id(r.Target) }).ToList();
        return new ArticleSlice(slice.Article, [.. entities.Values.OrderBy(e => e.Entity.Id, StringComparer.Ordinal)], events, relations) { Merges = merges };
    }

    /// <summary>The entity with the other's names added as aliases.</summary>
    public static Entity WithNames(Entity entity, IEnumerable<string> names) => entity with
    {
        Aliases = [.. entity.Aliases.Concat(names).Where(n => n != entity.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
    };

    private static Entity Union(Entity a, Entity b) => WithNames(a, b.Aliases.Append(b.Name));
}
