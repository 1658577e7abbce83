using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Graph.Neo4j.Client;

namespace Graph.Testing;

/// <summary>
/// The whole graph in a comparable form: node and relationship counts and a SHA-256 over every node (labels,
/// properties) and relationship (type, end keys, properties), each written canonically and sorted.
/// </summary>
public sealed record GraphSnapshot(long Nodes, long Relationships, string Hash)
{
    public static async Task<GraphSnapshot> TakeAsync(INeo4jClient client)
    {
        var results = await client.ExecuteAsync(
        [
            new CypherStatement("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties"),
            new CypherStatement("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS properties"),
        ], CancellationToken.None);
        var nodes = results[0].Rows.Select(r => "N " + Canonical(r[0], sortArray: true) + " " + Canonical(r[1])).ToList();
        var relationships = results[1].Rows.Select(r => "R " + string.Join(' ', r.Select(v => Canonical(v)))).ToList();
        var lines = nodes.Concat(relationships).Order(StringComparer.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        return new GraphSnapshot(nodes.Count, relationships.Count, hash);
    }

    /// <summary>Counts of one label (e.g. <c>Article</c>).</summary>
    public static async Task<long> CountAsync(INeo4jClient client, string label)
    {
        var results = await client.ExecuteAsync([new CypherStatement($"MATCH (n:{label}) RETURN count(n)")], CancellationToken.None);
        return results[0].Rows[0][0].GetInt64();
    }

    /// <summary>JSON with object keys sorted (Neo4j returns maps in no fixed order); arrays keep their order unless asked.</summary>
    private static string Canonical(JsonElement value, bool sortArray = false)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                return "{" + string.Join(',', value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => JsonSerializer.Serialize(p.Name) + ":" + Canonical(p.Value))) + "}";
            case JsonValueKind.Array:
                var items = value.EnumerateArray().Select(v => Canonical(v));
                return "[" + string.Join(',', sortArray ? items.Order(StringComparer.Ordinal) : items) + "]";
            default:
                return value.GetRawText();
        }
    }
}
