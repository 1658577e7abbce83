using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Identity;

/// <summary>
/// Reads back what one stored article contributed, as the slice that would write it again: its entities with
/// mention counts, its reports (each REPORTED_IN keeps its event's facts as the article gave them), its
/// relations and its merges. Used to write an article again with a join applied or undone.
/// </summary>
internal static class StoredSliceReader
{
    private static readonly string ArticleQuery = $$"""
        MATCH (a:{{GraphLabels.Article}} {key: $article})
        RETURN a.id, a.title, a.published, a.source, a.url, a.contentHash, a.byline, a.language
        """;

    private static readonly string EntitiesQuery = $$"""
        MATCH (:{{GraphLabels.Article}} {key: $article})-[m:{{GraphLabels.Mentions}}]->(n)
        RETURN labels(n), n.key, n.name, n.aliases, n.iso2, m.count
        """;

    private static readonly string ReportsQuery = $$"""
        MATCH (:{{GraphLabels.Article}} {key: $article})<-[r:{{GraphLabels.ReportedIn}}]-(e:{{GraphLabels.Event}})
        RETURN e.key, r.type, r.cameo, r.goldstein, r.participants, r.place, r.date, r.quote, r.evidence, r.confidence, r.start, r.`end`
        """;

    private static readonly string RelationsQuery = $$"""
        MATCH (:{{GraphLabels.Article}} {key: $article})-[:{{GraphLabels.Mentions}}]->(s)-[h]->(t)
        WHERE type(h) IN $types AND h.article = $article
        RETURN type(h), s.key, t.key, properties(h)
        """;

    private static readonly string MergesQuery = $$"""
        MATCH (:{{GraphLabels.Article}} {key: $article})-[:{{GraphLabels.Mentions}}]->(n)<-[r:{{GraphLabels.AliasOf}}]-(al:{{GraphLabels.Alias}})
        WHERE r.article = $article
        RETURN al.key, al.name, n.key, r.rule
        """;

    /// <summary>The article's slice, or null when it is not stored or was written before reports kept their facts.</summary>
    public static async Task<ArticleSlice?> ReadAsync(ICypherRunner client, string article, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["article"] = article, ["types"] = RelationTypes.All.Order(StringComparer.Ordinal).ToArray() };
        var results = await client.ExecuteAsync(
            [.. new[] { ArticleQuery, EntitiesQuery, ReportsQuery, RelationsQuery, MergesQuery }.Select(q => new CypherStatement(q, parameters))],
            cancellationToken).ConfigureAwait(false);
        if (results[0].Rows.FirstOrDefault() is not { } a)
            return null;
        var record = new ArticleRecord(CypherValues.String(a[0]) ?? article, CypherValues.String(a[1]) ?? "", CypherValues.String(a[2]),
            CypherValues.String(a[3]) ?? "", CypherValues.String(a[4]), CypherValues.String(a[5]) ?? "")
        {
            Byline = CypherValues.String(a[6]),
            Language = CypherValues.String(a[7]),
        };

        var entities = new List<EntityInArticle>();
        foreach (var row in results[1].Rows)
        {
            var label = CypherValues.Strings(row[0]).FirstOrDefault(l => Enum.TryParse<EntityType>(l, out _));
            if (label is null)
                continue;
            var entity = new Entity(CypherValues.String(row[1])!, Enum.Parse<EntityType>(label), CypherValues.String(row[2]) ?? "",
                CypherValues.Strings(row[3]), CypherValues.String(row[4]));
            entities.Add(new EntityInArticle(entity, (int)CypherValues.Long(row[5])));
        }

        var events = new List<GraphEvent>();
        foreach (var row in results[2].Rows)
        {
            if (!Enum.TryParse<EventType>(CypherValues.String(row[1]), out var type) || row[4].ValueKind != System.Text.Json.JsonValueKind.Array)
                return null;
            var participants = CypherValues.Strings(row[4]).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
                .Select(p => new Participant(p[1], p[0])).ToList();
            events.Add(new GraphEvent(CypherValues.String(row[0])!, type, CypherValues.String(row[2]) ?? "", CypherValues.Double(row[3]) ?? 0,
                participants, CypherValues.String(row[5]), CypherValues.String(row[6]), CypherValues.String(row[7]), CypherValues.String(row[8]) ?? "",
                article, CypherValues.Double(row[9]) ?? 0, (int)CypherValues.Long(row[10]), (int)CypherValues.Long(row[11])));
        }

        var relations = new List<Relation>();
        foreach (var row in results[3].Rows)
        {
            var properties = row[3].EnumerateObject()
                .Where(p => p.Name is not ("article" or "evidence") && p.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            var evidence = row[3].TryGetProperty("evidence", out var e) ? CypherValues.String(e) ?? "" : "";
            relations.Add(new Relation(CypherValues.String(row[0])!, CypherValues.String(row[1])!, CypherValues.String(row[2])!, properties, article, evidence));
        }

        var merges = results[4].Rows.Select(r => new EntityMerge(CypherValues.String(r[0])!, CypherValues.String(r[1]) ?? "",
            CypherValues.String(r[2])!, CypherValues.String(r[3]) ?? "", article)).ToList();
        return new ArticleSlice(record, entities, events, relations) { Merges = merges };
    }
}
