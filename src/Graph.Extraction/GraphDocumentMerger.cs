using Graph.Core.Model;
using Graph.Extraction.Identity;

namespace Graph.Extraction;

/// <summary>
/// Merges per-article graph documents into one, deterministically: articles by id, entities by id (aliases
/// united), mentions by article then offset, events by article then start then id, relations de-duplicated;
/// then identity across articles (<see cref="DocumentIdentity"/>): short forms joined to full forms named
/// elsewhere, and the reports of one event given one id.
/// </summary>
public static class GraphDocumentMerger
{
    public static GraphDocument Merge(IEnumerable<GraphDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var articles = new Dictionary<string, ArticleRecord>(StringComparer.Ordinal);
        var entities = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        var mentions = new List<Mention>();
        var events = new Dictionary<string, GraphEvent>(StringComparer.Ordinal);
        var relations = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            foreach (var a in doc.Articles)
                articles.TryAdd(a.Id, a);
            foreach (var e in doc.Entities)
            {
                if (!entities.TryGetValue(e.Id, out var list))
                    entities[e.Id] = list = [];
                list.Add(e);
            }

            mentions.AddRange(doc.Mentions);
            foreach (var v in doc.Events)
                events.TryAdd(v.Article + "\u001f" + v.Id, v);
            foreach (var r in doc.Relations)
                relations.TryAdd(RelationKey(r), r);
        }

        var resolved = DocumentIdentity.Resolve(new GraphDocument
        {
            Articles = [.. articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal)],
            Entities = [.. entities.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => MergeEntity(p.Value))],
            Mentions = [.. mentions.Distinct()],
            Events = [.. events.Values],
            Relations = [.. relations.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value)],
        });
        return new GraphDocument
        {
            Articles = resolved.Articles,
            Entities = resolved.Entities,
            Mentions = [.. resolved.Mentions.Distinct()
                .OrderBy(m => m.Article, StringComparer.Ordinal).ThenBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.Entity, StringComparer.Ordinal)],
            Events = [.. resolved.Events
                .OrderBy(v => v.Article, StringComparer.Ordinal).ThenBy(v => v.Start).ThenBy(v => v.Id, StringComparer.Ordinal)],
            Relations = [.. resolved.Relations.DistinctBy(RelationKey, StringComparer.Ordinal).OrderBy(RelationKey, StringComparer.Ordinal)],
            Merges = resolved.Merges,
        };
    }

    /// <summary>One entity from its versions: the longest name (ties: ordinal order), every other name as an alias.</summary>
    private static Entity MergeEntity(List<Entity> versions)
    {
        if (versions.Count == 1)
            return versions[0];
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var v in versions)
        {
            names.Add(v.Name);
            names.UnionWith(v.Aliases);
        }

        var name = versions.Select(v => v.Name).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
        names.Remove(name);
        return new Entity(versions[0].Id, versions[0].Type, name, [.. names], versions.Select(v => v.Iso2).FirstOrDefault(i => i is not null));
    }

    private static string RelationKey(Relation r) =>
        string.Join('\u001f', r.Article, r.Type, r.Source, r.Target, string.Join('\u001e',
            r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)), r.Evidence);
}
