using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Identity;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Schema;

/// <summary>
/// Gives data written before the writer kept them the properties identity across articles looks things up by
/// (the indexed <c>anchor</c> and <c>slot</c> of events, the <c>bucket</c> of persons and organisations, the <c>roles</c> of persons), so a graph from an earlier
/// version keeps joining new articles. Idempotent, and only a scan when there is nothing to do.
/// </summary>
internal static class GraphDataUpgrade
{
    private const int Batch = 1000;

    private static readonly string EventAnchors = $$"""
        MATCH (e:{{GraphLabels.Event}})
        WHERE e.anchor IS NULL
        OPTIONAL MATCH (e)-[:{{GraphLabels.ReportedIn}}]->(a:{{GraphLabels.Article}})
        WITH e, CASE WHEN size(e.date) = 10 THEN e.date ELSE min(a.published) END AS anchor
        WHERE anchor IS NOT NULL
        SET e.anchor = anchor
        RETURN count(e)
        """;

    /// <summary>Persons without the <c>roles</c> identity reads (the targets of their HOLDS_ROLE), a batch at a time.</summary>
    private static readonly string PersonRoles = $$"""
        MATCH (p:{{GraphNames.Label(EntityType.Person)}})
        WHERE p.roles IS NULL
        WITH p
        LIMIT $limit
        OPTIONAL MATCH (p)-[:{{RelationTypes.HoldsRole}}]->(t)
        WITH p, t
        ORDER BY t.key
        WITH p, collect(DISTINCT t.key) AS held
        SET p.roles = held
        RETURN count(p)
        """;

    /// <summary>Events without the slot identity reads them by, a batch at a time, with what it is made of.</summary>
    private static readonly string WithoutSlot = $$"""
        MATCH (e:{{GraphLabels.Event}})
        WHERE e.slot IS NULL AND e.anchor IS NOT NULL
        RETURN e.key, e.anchor, e.type, e.quote
        LIMIT $limit
        """;

    private static readonly string SetSlots = $$"""
        UNWIND $rows AS row
        MATCH (e:{{GraphLabels.Event}} {key: row.key})
        SET e.slot = row.slot, e.quoteKey = row.quoteKey
        """;

    private static string WithoutBucket(EntityType type) => $$"""
        MATCH (n:{{GraphNames.Label(type)}})
        WHERE n.bucket IS NULL
        RETURN n.key, n.name
        LIMIT $limit
        """;

    private static string SetBuckets(EntityType type) => $$"""
        UNWIND $rows AS row
        MATCH (n:{{GraphNames.Label(type)}} {key: row.key})
        SET n.bucket = row.bucket
        """;

    /// <returns>How many nodes were given a property.</returns>
    public static async Task<long> RunAsync(INeo4jClient client, CancellationToken cancellationToken)
    {
        var anchors = await client.ExecuteAsync([new CypherStatement(EventAnchors)], cancellationToken).ConfigureAwait(false);
        var upgraded = CypherValues.Long(anchors[0].Rows[0][0]);
        while (true)
        {
            var roles = await client.ExecuteAsync(
                [new CypherStatement(PersonRoles, new Dictionary<string, object?> { ["limit"] = Batch })], cancellationToken).ConfigureAwait(false);
            var done = CypherValues.Long(roles[0].Rows[0][0]);
            upgraded += done;
            if (done < Batch)
                break;
        }

        while (true)
        {
            var found = await client.ExecuteAsync(
                [new CypherStatement(WithoutSlot, new Dictionary<string, object?> { ["limit"] = Batch })], cancellationToken).ConfigureAwait(false);
            var rows = found[0].Rows.Select(r =>
            {
                var quoteKey = EventReport.QuoteKeyOf(CypherValues.String(r[3]));
                var slot = EventKeyLookup.Slot(CypherValues.String(r[1]), CypherValues.String(r[2]), quoteKey);
                return new Dictionary<string, object?> { ["key"] = CypherValues.String(r[0]), ["slot"] = slot, ["quoteKey"] = quoteKey };
            }).ToArray();
            if (rows.Length == 0)
                break;
            await client.ExecuteAsync([new CypherStatement(SetSlots, new Dictionary<string, object?> { ["rows"] = rows })], cancellationToken).ConfigureAwait(false);
            upgraded += rows.Length;
            if (rows.Length < Batch)
                break;
        }

        foreach (var type in new[] { EntityType.Person, EntityType.Organization })
        {
            // Every node read gets a bucket (empty when it is no full form), so each round reads new ones.
            while (true)
            {
                var found = await client.ExecuteAsync(
                    [new CypherStatement(WithoutBucket(type), new Dictionary<string, object?> { ["limit"] = Batch })], cancellationToken).ConfigureAwait(false);
                var rows = found[0].Rows
                    .Select(r => new Entity(CypherValues.String(r[0])!, type, CypherValues.String(r[1]) ?? "", []))
                    .Select(e => new Dictionary<string, object?> { ["key"] = e.Id, ["bucket"] = ShortForms.StoredBucket(e) })
                    .ToArray();
                if (rows.Length == 0)
                    break;
                await client.ExecuteAsync(
                    [new CypherStatement(SetBuckets(type), new Dictionary<string, object?> { ["rows"] = rows })], cancellationToken).ConfigureAwait(false);
                upgraded += rows.Length;
                if (rows.Length < Batch)
                    break;
            }
        }

        return upgraded;
    }
}
