using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Identity;
using Graph.Neo4j.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Maintenance;

/// <summary>Lists and undoes joins recorded as <c>(:Alias)-[:ALIAS_OF]-></c>; an undo writes the joined articles again from the graph.</summary>
public sealed class EntityMerges(
    INeo4jClient client,
    IOptions<GraphWriterOptions> options,
    GraphWriterMetrics metrics,
    ILogger<EntityMerges> logger) : IEntityMerges
{
    private static readonly string ListQuery = $$"""
        MATCH (al:{{GraphLabels.Alias}})-[r:{{GraphLabels.AliasOf}}]->(n)
        RETURN al.key, al.name, n.key, n.name, r.rule, r.article
        ORDER BY n.key, al.key, r.article
        """;

    private static readonly string JoinsQuery = $$"""
        MATCH (al:{{GraphLabels.Alias}} {key: $alias})-[r:{{GraphLabels.AliasOf}}]->(n)
        WHERE $entity IS NULL OR n.key = $entity
        RETURN al.name, al.names, n.key, labels(n), r.article
        ORDER BY n.key, r.article
        """;

    private static readonly string VetoQuery = $$"""
        MATCH (al:{{GraphLabels.Alias}} {key: $alias})
        SET al.vetoed = reduce(acc = coalesce(al.vetoed, []), k IN $entities | CASE WHEN k IN acc THEN acc ELSE acc + k END)
        """;

    private readonly SliceWriter _slices = new(client, metrics, logger);

    public async Task<IReadOnlyList<EntityMergeRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var results = await client.ExecuteAsync([new CypherStatement(ListQuery)], cancellationToken).ConfigureAwait(false);
        return [.. results[0].Rows.Select(r => new EntityMergeRecord(
            CypherValues.String(r[0]) ?? "", CypherValues.String(r[1]) ?? "", CypherValues.String(r[2]) ?? "",
            CypherValues.String(r[3]) ?? "", CypherValues.String(r[4]) ?? "", CypherValues.String(r[5]) ?? ""))];
    }

    public async Task<EntityMergeUndo?> UndoAsync(string alias, string? entity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        var parameters = new Dictionary<string, object?> { ["alias"] = alias, ["entity"] = entity };
        var rows = (await client.ExecuteAsync([new CypherStatement(JoinsQuery, parameters)], cancellationToken).ConfigureAwait(false))[0].Rows;
        if (rows.Count == 0)
            return null;

        var name = CypherValues.String(rows[0][0]) ?? alias;
        var names = CypherValues.Strings(rows[0][1]);
        var joins = rows.Select(r => (Entity: CypherValues.String(r[2])!, Type: CypherValues.Strings(r[3]).Select(l => Enum.TryParse<EntityType>(l, out var t) ? t : (EntityType?)null).FirstOrDefault(t => t is not null),
            Article: CypherValues.String(r[4])!)).Where(j => j.Type is not null).ToList();
        var entities = joins.Select(j => j.Entity).Distinct(StringComparer.Ordinal).ToArray();

        // Vetoed first: nothing, not even the articles written again below, joins the pair any more.
        await client.ExecuteAsync([new CypherStatement(VetoQuery, new Dictionary<string, object?> { ["alias"] = alias, ["entities"] = entities })],
            cancellationToken).ConfigureAwait(false);

        var written = new List<string>();
        var failed = new List<string>();
        foreach (var article in joins.GroupBy(j => j.Article, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var undone = article.ToList();
            var ok = await _slices.RewriteAsync(article.Key, stored =>
            {
                var replacements = undone.ToDictionary(j => j.Entity,
                    j => SliceMapper.WithNames(new Entity(alias, j.Type!.Value, name, []), names), StringComparer.Ordinal);
                var merges = stored.Merges.Where(m => !(m.Alias == alias && replacements.ContainsKey(m.Entity))).ToList();
                return SliceMapper.Map(stored, replacements, merges);
            }, options.Value.BatchSize, cancellationToken).ConfigureAwait(false);
            (ok ? written : failed).Add(article.Key);
        }

        return new EntityMergeUndo(alias, entities, written, failed);
    }
}
