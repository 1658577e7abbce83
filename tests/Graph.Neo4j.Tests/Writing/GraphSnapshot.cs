using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Neo4j.Client;

namespace Graph.Neo4j.Tests.Writing;

/// <summary>
/// Every node whose key holds a test's token, and every relationship leaving one, as sorted canonical
/// lines (labels, type and properties with keys in order): two snapshots are equal exactly when the
/// graphs are, counts and properties included.
/// </summary>
internal sealed record GraphSnapshot(IReadOnlyList<string> Nodes, IReadOnlyList<string> Relationships)
{
    private const string NodesQuery = """
        MATCH (n) WHERE n.key CONTAINS $token
        RETURN labels(n), properties(n)
        """;

    private const string RelationshipsQuery = """
        MATCH (n)-[r]->(m) WHERE n.key CONTAINS $token
        RETURN n.key, type(r), properties(r), m.key
        """;

    public static async Task<GraphSnapshot> TakeAsync(INeo4jClient client, string token)
    {
        var parameters = new Dictionary<string, object?> { ["token"] = token };
        var results = await client.ExecuteAsync(
            [new CypherStatement(NodesQuery, parameters), new CypherStatement(RelationshipsQuery, parameters)],
            CancellationToken.None);
        var nodes = results[0].Rows
            .Select(r => $"{Canonical(r[0], sortArray: true)} {Canonical(r[1])}")
            .Order(StringComparer.Ordinal).ToList();
        var relationships = results[1].Rows
            .Select(r => $"{r[0].GetString()} -[{r[1].GetString()} {Canonical(r[2])}]-> {r[3].GetString()}")
            .Order(StringComparer.Ordinal).ToList();
        return new GraphSnapshot(nodes, relationships);
    }

    /// <summary>The lines that mention <paramref name="text"/>.</summary>
    public IEnumerable<string> Lines(string text) =>
        Nodes.Concat(Relationships).Where(l => l.Contains(text, StringComparison.Ordinal));

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Canonical(JsonElement element, bool sortArray = false) =>
        Normalize(JsonNode.Parse(element.GetRawText()), sortArray)?.ToJsonString(Readable) ?? "null";

    private static JsonNode? Normalize(JsonNode? node, bool sortArray) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value, false)))),
        JsonArray a when sortArray => new JsonArray(a.Select(v => Normalize(v, false)).OrderBy(v => v?.ToJsonString(), StringComparer.Ordinal).ToArray()),
        JsonArray a => new JsonArray(a.Select(v => Normalize(v, false)).ToArray()),
        _ => node?.DeepClone(),
    };

    public override string ToString() => string.Join('\n', Nodes.Concat(Relationships));
}
