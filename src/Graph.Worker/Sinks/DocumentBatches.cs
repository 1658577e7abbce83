using Graph.Core.Model;
using Graph.Worker.Pipeline;

namespace Graph.Worker.Sinks;

/// <summary>
/// Joins per-article documents into as few graph documents as possible without changing what gets written:
/// a document never holds one article twice, nor one entity in two versions (name, aliases or ISO code differ),
/// because the writer would then merge them. The graph is therefore the same as when every article is written
/// alone, in order, whatever the batch boundaries were.
/// </summary>
internal static class DocumentBatches
{
    public static IEnumerable<(int First, int Count, GraphDocument Document)> Split(IReadOnlyList<ExtractedArticle> articles)
    {
        var start = 0;
        var current = New();
        var articleIds = new HashSet<string>(StringComparer.Ordinal);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var document = articles[i].Document;
            if (i > start && Conflicts(document, articleIds, entities))
            {
                yield return (start, i - start, current);
                start = i;
                current = New();
                articleIds.Clear();
                entities.Clear();
            }
            Add(current, document, articleIds, entities);
        }
        if (articles.Count > start)
            yield return (start, articles.Count - start, current);
    }

    private static GraphDocument New() => new();

    private static bool Conflicts(GraphDocument document, HashSet<string> articleIds, Dictionary<string, Entity> entities) =>
        document.Articles.Any(a => articleIds.Contains(a.Id))
        || document.Entities.Any(e => entities.TryGetValue(e.Id, out var seen) && !Same(seen, e));

    private static void Add(GraphDocument into, GraphDocument document, HashSet<string> articleIds, Dictionary<string, Entity> entities)
    {
        foreach (var article in document.Articles)
        {
            articleIds.Add(article.Id);
            into.Articles.Add(article);
        }
        foreach (var entity in document.Entities)
        {
            if (entities.TryAdd(entity.Id, entity))
                into.Entities.Add(entity);
        }
        into.Mentions.AddRange(document.Mentions);
        into.Events.AddRange(document.Events);
        into.Relations.AddRange(document.Relations);
    }

    private static bool Same(Entity a, Entity b) =>
        a.Type == b.Type
        && string.Equals(a.Name, b.Name, StringComparison.Ordinal)
        && string.Equals(a.Iso2, b.Iso2, StringComparison.Ordinal)
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal);
}
