using Graph.Core.Identity;
using Graph.Core.Model;

namespace Graph.Export.Model;

/// <summary>
/// Builds the graph that the Neo4j writer stores for a graph document (cypher/README.md), without Neo4j. Articles
/// are taken in document order, as the writer takes them. An event several articles report (one id, as the
/// document's identity resolution gives it) is one node with one REPORTED_IN per report carrying that report's
/// facts; the node's type, CAMEO, Goldstein value and quote are its first report's (earliest date, else publication
/// date, then article), its date the earliest any report gives, its confidence the combination of its independent
/// sources (<see cref="SourceConfidence"/>). Short forms joined to full forms (<see cref="GraphDocument.Merges"/>)
/// become :Alias nodes. What the writer adds by looking at a graph that already holds other articles (joining a
/// new article's events and short forms to stored ones) is not part of a document and not built here. Facts that
/// refer to an entity the document does not list are left out (the writer sets such an article aside).
/// </summary>
public static class DocumentGraphBuilder
{
    public static ExportGraph Build(GraphDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
            entities[entity.Id] = entities.TryGetValue(entity.Id, out var seen) ? Union(seen, entity) : entity;

        var graph = new Builder();
        var mentions = document.Mentions.ToLookup(m => m.Article, StringComparer.Ordinal);
        var events = document.Events.ToLookup(e => e.Article, StringComparer.Ordinal);
        var relations = document.Relations.ToLookup(r => r.Article, StringComparer.Ordinal);
        var merges = (document.Merges ?? []).ToLookup(m => m.Article, StringComparer.Ordinal);
        var reports = new Dictionary<string, List<(ArticleRecord Article, GraphEvent Event)>>(StringComparer.Ordinal);
        bool Known(string? id) => id is null || entities.ContainsKey(id);

        foreach (var article in document.Articles.DistinctBy(a => a.Id, StringComparer.Ordinal))
        {
            var articleRef = new NodeRef(GraphLabels.Article, article.Id);
            graph.Node(articleRef, [GraphLabels.Article], PropertyValues.Map(
                ("key", article.Id), ("id", article.Id), ("title", article.Title), ("url", article.Url),
                ("published", article.Published), ("source", article.Source), ("contentHash", article.ContentHash),
                ("byline", article.Byline), ("language", article.Language)));

            var articleEvents = events[article.Id].Where(e => e.Participants.All(p => Known(p.Entity)) && Known(e.Location)).ToList();
            var articleRelations = relations[article.Id].Where(r => Known(r.Source) && Known(r.Target)).ToList();
            var articleMerges = merges[article.Id].Where(m => Known(m.Entity)).DistinctBy(m => (m.Alias, m.Entity)).ToList();

            // MENTIONS: every entity the article refers to, with its number of mention spans (0 when only a fact names it).
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var mention in mentions[article.Id].Where(m => Known(m.Entity)))
                counts[mention.Entity] = counts.GetValueOrDefault(mention.Entity) + 1;
            foreach (var id in articleEvents.SelectMany(e => e.Participants.Select(p => p.Entity).Append(e.Location))
                         .Concat(articleRelations.SelectMany(r => new[] { r.Source, r.Target }))
                         .Concat(articleMerges.Select(m => m.Entity)))
            {
                if (id is not null)
                    counts.TryAdd(id, 0);
            }

            foreach (var (id, count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var entity = entities[id];
                var entityRef = Ref(entity);
                graph.Node(entityRef, [entityRef.Label], PropertyValues.Map(
                    ("key", id), ("name", entity.Name), ("aliases", entity.Aliases.Distinct(StringComparer.Ordinal).ToArray()), ("iso2", entity.Iso2),
                    ("bucket", ShortForms.StoredBucket(entity))));
                graph.Relationship(GraphLabels.Mentions, articleRef, entityRef, "", PropertyValues.Map(("count", count)));
            }

            var outlet = SourceConfidence.OutletOf(article.Url);
            foreach (var e in articleEvents)
            {
                if (!reports.TryGetValue(e.Id, out var list))
                    reports[e.Id] = list = [];
                list.Add((article, e));
                var eventRef = new NodeRef(GraphLabels.Event, e.Id);
                graph.Relationship(GraphLabels.ReportedIn, eventRef, articleRef, "", PropertyValues.Map(
                    ("evidence", e.Evidence), ("start", (long)e.Start), ("end", (long)e.End), ("type", e.Type.ToString()), ("cameo", e.Cameo),
                    ("goldstein", e.Goldstein), ("date", e.Date), ("place", e.Location), ("participants", ReportParticipants(e)),
                    ("quote", e.Quote), ("confidence", e.Confidence), ("outlet", outlet)));
                foreach (var p in e.Participants)
                    graph.Relationship(GraphLabels.ParticipatedIn, Ref(entities[p.Entity]), eventRef, p.Role, PropertyValues.Map(("role", p.Role)));
                if (e.Location is not null)
                    graph.Relationship(GraphLabels.OccurredIn, eventRef, Ref(entities[e.Location]), "", PropertyValues.Map());
                if (e.Type is EventType.Meeting or EventType.PhoneCall)
                {
                    foreach (var (from, to) in Pairs(e))
                        graph.Relationship(GraphLabels.Met, Ref(entities[from]), Ref(entities[to]), e.Id, PropertyValues.Map(("event", e.Id), ("type", e.Type.ToString())));
                }
            }

            foreach (var r in articleRelations)
            {
                var properties = PropertyValues.Map([.. r.Properties.Select(p => (p.Key, (object?)p.Value)), ("article", article.Id), ("evidence", r.Evidence)]);
                var identity = article.Id + "\u001f" + string.Join('\u001e', r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
                graph.Relationship(r.Type, Ref(entities[r.Source]), Ref(entities[r.Target]), identity, properties);
            }

            foreach (var m in articleMerges)
            {
                var aliasRef = new NodeRef(GraphLabels.Alias, m.Alias);
                var names = graph.Strings(aliasRef, "names") ?? [];
                graph.Node(aliasRef, [GraphLabels.Alias], PropertyValues.Map(
                    ("key", m.Alias), ("name", m.Name), ("names", names.Contains(m.Name) ? names : names.Append(m.Name).ToArray())));
                graph.Relationship(GraphLabels.AliasOf, aliasRef, Ref(entities[m.Entity]), article.Id, PropertyValues.Map(("article", article.Id), ("rule", m.Rule)));
            }
        }

        foreach (var (id, list) in reports)
            AddEvent(graph, id, list);
        return graph.Build();
    }

    /// <summary>The event node from its reports, and its MET relationships dated with its date, as the writer refreshes them.</summary>
    private static void AddEvent(Builder graph, string id, List<(ArticleRecord Article, GraphEvent Event)> reports)
    {
        var first = reports
            .OrderBy(r => r.Event.Date ?? r.Article.Published, NullsLast.Instance)
            .ThenBy(r => r.Article.Published, NullsLast.Instance)
            .ThenBy(r => r.Article.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Event.Start)
            .First().Event;
        // As the writer: the earliest day any report gives, else the earliest coarser date (month, year);
        // the anchor is always a day, the publication when no report fixes one.
        var dates = reports.Select(r => r.Event.Date).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var day = dates.FirstOrDefault(d => d.Length == 10);
        var date = day ?? dates.FirstOrDefault();
        var anchor = day ?? reports.Select(r => r.Article.Published).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
        var sources = reports.Select(r => (Source: SourceConfidence.OutletOf(r.Article.Url) ?? "article:" + r.Article.Id, r.Event.Confidence)).ToList();
        var eventRef = new NodeRef(GraphLabels.Event, id);
        graph.Node(eventRef, [.. new[] { GraphLabels.Event, first.Type.ToString() }.Order(StringComparer.Ordinal)], PropertyValues.Map(
            ("key", id), ("type", first.Type.ToString()), ("cameo", first.Cameo), ("goldstein", first.Goldstein), ("date", date),
            ("quote", first.Quote), ("confidence", SourceConfidence.Combine(sources)), ("sources", (long)sources.Select(s => s.Source).Distinct(StringComparer.Ordinal).Count()),
            ("anchor", anchor)));
        graph.DateMet(id, date);
    }

    /// <summary>How a report's participants are stored on its REPORTED_IN: "role=key", sorted.</summary>
    private static string[] ReportParticipants(GraphEvent e) =>
        [.. e.Participants.Select(p => p.Role + "=" + p.Entity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>One MET per pair of distinct participants, from the smaller key to the larger.</summary>
    private static IEnumerable<(string From, string To)> Pairs(GraphEvent e)
    {
        var keys = e.Participants.Select(p => p.Entity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
                yield return (keys[i], keys[j]);
        }
    }

    private static NodeRef Ref(Entity entity) => new(entity.Type.ToString(), entity.Id);

    private static Entity Union(Entity seen, Entity other) => seen with
    {
        Aliases = [.. seen.Aliases.Union(other.Aliases, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Iso2 = seen.Iso2 ?? other.Iso2,
    };

    /// <summary>Nodes and relationships merged like the writer's MERGE … SET: one per identity, later properties win.</summary>
    private sealed class Builder
    {
        private readonly Dictionary<NodeRef, ExportNode> _nodes = [];
        private readonly Dictionary<(string Type, NodeRef Start, NodeRef End, string Identity), ExportRelationship> _relationships = [];

        public void Node(NodeRef node, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object> properties) =>
            _nodes[node] = new ExportNode(node.Label, labels, node.Key, properties);

        public IReadOnlyList<string>? Strings(NodeRef node, string property) =>
            _nodes.TryGetValue(node, out var n) && n.Properties.TryGetValue(property, out var value) ? value as IReadOnlyList<string> : null;

        public void Relationship(string type, NodeRef start, NodeRef end, string identity, IReadOnlyDictionary<string, object> properties) =>
            _relationships[(type, start, end, identity)] = new ExportRelationship(type, start, end, properties);

        /// <summary>Every MET of the event takes the event's date (none when it has none).</summary>
        public void DateMet(string eventId, string? date)
        {
            foreach (var (key, met) in _relationships.Where(p => p.Key.Type == GraphLabels.Met && p.Key.Identity == eventId).ToList())
            {
                var properties = new SortedDictionary<string, object>(met.Properties.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
                properties.Remove("date");
                if (date is not null)
                    properties["date"] = date;
                _relationships[key] = met with { Properties = properties };
            }
        }

        public ExportGraph Build() => new(_nodes.Values, _relationships.Values);
    }

    /// <summary>Ordinal order with nulls last, as Cypher's ORDER BY sorts them.</summary>
    private sealed class NullsLast : IComparer<string?>
    {
        public static readonly NullsLast Instance = new();

        public int Compare(string? x, string? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(x, y),
        };
    }
}
