using Graph.Core.Identity;
using Graph.Core.Model;

namespace Graph.Extraction.Identity;

/// <summary>
/// Entity identity over a batch: decides, per article, which short forms (a surname, an initial and surname,
/// an acronym) are a full form named in another article of the batch (<see cref="EntityIdentity"/>), and
/// rewrites that article's facts to the full form. Every decision rests on the batch as a whole, never on the
/// order of its articles.
/// </summary>
internal static class EntityJoiner
{
    public static (GraphDocument Document, List<EntityMerge> Merges) Join(GraphDocument document)
    {
        var entities = document.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var named = NamedByArticle(document);
        var roles = document.Relations.Where(r => r.Type == RelationTypes.HoldsRole).ToList();
        var fullForms = FullForms(entities.Values, named, roles).ToLookup(f => f.Bucket, StringComparer.Ordinal);
        var rolesBySource = roles.ToLookup(r => (r.Article, r.Source));

        var joins = new Dictionary<(string Article, string Alias), IdentityMatch>();
        foreach (var (article, ids) in named)
        {
            foreach (var id in ids)
            {
                if (!entities.TryGetValue(id, out var entity) || ShortForms.Of(entity) is not { } shortForm)
                    continue;
                var context = new ShortFormContext(
                    rolesBySource[(article, id)].Select(r => r.Target).ToHashSet(StringComparer.Ordinal),
                    ids.Where(x => x != id).ToHashSet(StringComparer.Ordinal),
                    new HashSet<string>(StringComparer.Ordinal));
                var known = fullForms[ShortForms.Bucket(shortForm)].Select(f => f.Form with { NamedElsewhere = f.Articles.Any(a => a != article) });
                if (EntityIdentity.Join(shortForm, context, known) is { } match)
                    joins[(article, id)] = match;
            }
        }

        if (joins.Count == 0)
            return (document, []);
        return (Rewrite(document, entities, joins), joins
            .Select(j => new EntityMerge(j.Key.Alias, entities[j.Key.Alias].Name, j.Value.Target, j.Value.Rule, j.Key.Article))
            .OrderBy(m => m.Entity, StringComparer.Ordinal).ThenBy(m => m.Alias, StringComparer.Ordinal).ThenBy(m => m.Article, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>Every entity each article refers to: by a mention, an event or a relation.</summary>
    private static Dictionary<string, HashSet<string>> NamedByArticle(GraphDocument document)
    {
        var named = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string article, string? entity)
        {
            if (entity is null)
                return;
            if (!named.TryGetValue(article, out var set))
                named[article] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(entity);
        }

        foreach (var m in document.Mentions)
            Add(m.Article, m.Entity);
        foreach (var e in document.Events)
        {
            foreach (var p in e.Participants)
                Add(e.Article, p.Entity);
            Add(e.Article, e.Location);
        }

        foreach (var r in document.Relations)
        {
            Add(r.Article, r.Source);
            Add(r.Article, r.Target);
        }

        return named;
    }

    private static List<(string Bucket, FullForm Form, HashSet<string> Articles)> FullForms(
        IEnumerable<Entity> entities, Dictionary<string, HashSet<string>> named, List<Relation> roles)
    {
        var articlesOf = named.SelectMany(p => p.Value.Select(id => (Id: id, Article: p.Key)))
            .ToLookup(x => x.Id, x => x.Article, StringComparer.Ordinal);
        var rolesOf = roles.ToLookup(r => r.Source, r => r.Target, StringComparer.Ordinal);
        var result = new List<(string, FullForm, HashSet<string>)>();
        foreach (var e in entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (ShortForms.Bucket(e.Type, e.Id, e.Name) is not { } bucket)
                continue;
            var articles = articlesOf[e.Id].ToHashSet(StringComparer.Ordinal);
            var coMentioned = articles.SelectMany(a => named[a]).Where(x => x != e.Id).ToHashSet(StringComparer.Ordinal);
            var targets = rolesOf[e.Id].ToHashSet(StringComparer.Ordinal);
            result.Add((bucket, new FullForm(e.Id, e.Name, targets, coMentioned, false), articles));
        }

        return result;
    }

    private static GraphDocument Rewrite(GraphDocument document, Dictionary<string, Entity> entities, Dictionary<(string Article, string Alias), IdentityMatch> joins)
    {
        string Map(string article, string id) => joins.TryGetValue((article, id), out var m) ? m.Target : id;

        var mentions = document.Mentions.Select(m => m with { Entity = Map(m.Article, m.Entity) }).ToList();
        var events = document.Events.Select(e => e with
        {
            Participants = [.. e.Participants.Select(p => p with { Entity = Map(e.Article, p.Entity) })],
            Location = e.Location is null ? null : Map(e.Article, e.Location),
        }).ToList();
        var relations = document.Relations.Select(r => r with { Source = Map(r.Article, r.Source), Target = Map(r.Article, r.Target) }).ToList();

        // A short form stays an entity while some article still names it as itself; its names become aliases of what it joined.
        var stillNamed = mentions.Select(m => m.Entity)
            .Concat(events.SelectMany(e => e.Participants.Select(p => p.Entity).Append(e.Location ?? "")))
            .Concat(relations.SelectMany(r => new[] { r.Source, r.Target }))
            .ToHashSet(StringComparer.Ordinal);
        var aliases = joins.GroupBy(j => j.Value.Target, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.Select(j => entities[j.Key.Alias]).SelectMany(a => a.Aliases.Append(a.Name)).ToList(),
            StringComparer.Ordinal);
        var result = new List<Entity>();
        foreach (var e in document.Entities)
        {
            if (!stillNamed.Contains(e.Id))
                continue;
            if (aliases.TryGetValue(e.Id, out var more))
            {
                var all = e.Aliases.Concat(more).Where(a => a != e.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                result.Add(e with { Aliases = all });
            }
            else
            {
                result.Add(e);
            }
        }

        return new GraphDocument { Articles = document.Articles, Entities = result, Mentions = mentions, Events = events, Relations = relations };
    }
}
