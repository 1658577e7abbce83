using Graph.Core.Model;

namespace Graph.Export.Model;

/// <summary>
/// Builds the graph that the Neo4j writer stores for a graph document (cypher/README.md), without Neo4j:
/// articles are taken in document order and, as in the writer, what a later article says of a shared event
/// (its properties, MET date) overwrites what an earlier one said. Facts that refer to an entity the document
/// does not list are left out (the writer sets such an article aside).
/// </summary>
public static class DocumentGraphBuilder
{
    public static ExportGraph Build(GraphDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
            entities[entity.Id] = entities.TryGetValue(entity.Id, out var seen) ? Union(seen, entity) : entity;

        var nodes = new Dictionary<NodeRef, ExportNode>();
        var relationships = new Dictionary<(string Type, NodeRef Start, NodeRef End, string Identity), ExportRelationship>();
        var mentions = document.Mentions.ToLookup(m => m.Article, StringComparer.Ordinal);
        var events = document.Events.ToLookup(e => e.Article, StringComparer.Ordinal);
        var relations = document.Relations.ToLookup(r => r.Article, StringComparer.Ordinal);

        foreach (var article in document.Articles.DistinctBy(a => a.Id, StringComparer.Ordinal))
        {
            var articleRef = new NodeRef(GraphLabels.Article, article.Id);
            nodes[articleRef] = new ExportNode(GraphLabels.Article, [GraphLabels.Article], article.Id, PropertyValues.Map(
                ("key", article.Id), ("id", article.Id), ("title", article.Title), ("url", article.Url),
                ("published", article.Published), ("source", article.Source), ("contentHash", article.ContentHash)));

            // MENTIONS: every entity the article refers to, with its number of mention spans (0 when only a fact names it).
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var mention in mentions[article.Id].Where(m => entities.ContainsKey(m.Entity)))
                counts[mention.Entity] = counts.GetValueOrDefault(mention.Entity) + 1;
            var articleEvents = events[article.Id].Where(e => e.Participants.All(p => entities.ContainsKey(p.Entity))
                                                            && (e.Location is null || entities.ContainsKey(e.Location))).ToList();
            var articleRelations = relations[article.Id].Where(r => entities.ContainsKey(r.Source) && entities.ContainsKey(r.Target)).ToList();
            foreach (var id in articleEvents.SelectMany(e => e.Participants.Select(p => p.Entity).Append(e.Location))
                         .Concat(articleRelations.SelectMany(r => new[] { r.Source, r.Target })))
            {
                if (id is not null)
                    counts.TryAdd(id, 0);
            }

            foreach (var (id, count) in counts)
            {
                var entity = entities[id];
                var entityRef = Ref(entity);
                nodes[entityRef] = new ExportNode(entityRef.Label, [entityRef.Label], id, PropertyValues.Map(
                    ("key", id), ("name", entity.Name), ("aliases", entity.Aliases.Distinct(StringComparer.Ordinal).ToArray()), ("iso2", entity.Iso2)));
                Add(relationships, GraphLabels.Mentions, articleRef, entityRef, "", PropertyValues.Map(("count", count)));
            }

            foreach (var e in articleEvents)
            {
                var eventRef = new NodeRef(GraphLabels.Event, e.Id);
                nodes[eventRef] = new ExportNode(GraphLabels.Event, [.. new[] { GraphLabels.Event, e.Type.ToString() }.Order(StringComparer.Ordinal)], e.Id,
                    PropertyValues.Map(("key", e.Id), ("type", e.Type.ToString()), ("cameo", e.Cameo), ("goldstein", e.Goldstein),
                        ("date", e.Date), ("quote", e.Quote), ("confidence", e.Confidence)));
                Add(relationships, GraphLabels.ReportedIn, eventRef, articleRef, "",
                    PropertyValues.Map(("evidence", e.Evidence), ("start", (long)e.Start), ("end", (long)e.End)));
                foreach (var p in e.Participants)
                    Add(relationships, GraphLabels.ParticipatedIn, Ref(entities[p.Entity]), eventRef, p.Role, PropertyValues.Map(("role", p.Role)));
                if (e.Location is not null)
                    Add(relationships, GraphLabels.OccurredIn, eventRef, Ref(entities[e.Location]), "", PropertyValues.Map());
                if (e.Type is EventType.Meeting or EventType.PhoneCall)
                    AddMet(relationships, e, entities);
            }

            foreach (var r in articleRelations)
            {
                var properties = PropertyValues.Map([.. r.Properties.Select(p => (p.Key, (object?)p.Value)), ("article", article.Id), ("evidence", r.Evidence)]);
                var identity = article.Id + "\u001f" + string.Join('\u001e', r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
                Add(relationships, r.Type, Ref(entities[r.Source]), Ref(entities[r.Target]), identity, properties);
            }
        }

        return new ExportGraph(nodes.Values, relationships.Values);
    }

    /// <summary>A MET per pair of distinct participants, from the smaller key to the larger, one per event.</summary>
    private static void AddMet(Dictionary<(string, NodeRef, NodeRef, string), ExportRelationship> relationships, GraphEvent e, Dictionary<string, Entity> entities)
    {
        var keys = e.Participants.Select(p => p.Entity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                Add(relationships, GraphLabels.Met, Ref(entities[keys[i]]), Ref(entities[keys[j]]), e.Id,
                    PropertyValues.Map(("event", e.Id), ("date", e.Date), ("type", e.Type.ToString())));
            }
        }
    }

    /// <summary>Merges like the writer's MERGE … SET: one relationship per identity, the later properties win.</summary>
    private static void Add(
        Dictionary<(string, NodeRef, NodeRef, string), ExportRelationship> relationships,
        string type, NodeRef start, NodeRef end, string identity, IReadOnlyDictionary<string, object> properties) =>
        relationships[(type, start, end, identity)] = new ExportRelationship(type, start, end, properties);

    private static NodeRef Ref(Entity entity) => new(entity.Type.ToString(), entity.Id);

    private static Entity Union(Entity seen, Entity other) => seen with
    {
        Aliases = [.. seen.Aliases.Union(other.Aliases, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Iso2 = seen.Iso2 ?? other.Iso2,
    };
}
