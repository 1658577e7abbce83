using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Model;
using Graph.Neo4j.Client;

namespace Graph.Export.Tests.Support;

/// <summary>
/// What Neo4j holds under one scope, read with plain Cypher (not the export reader): every node (labels and properties)
/// and every relationship leaving one (type, properties, end), as sorted canonical lines with the token replaced by "~T".
/// The writer's running aggregates (<see cref="GraphLabels.RunningAggregates"/>) are bookkeeping, not content: left out.
/// </summary>
internal static class RawSnapshot
{
    public static async Task<(IReadOnlyList<string> Nodes, IReadOnlyList<string> Relationships)> TakeAsync(INeo4jClient client, Scoped scope)
    {
        var parameters = new Dictionary<string, object?> { ["suffix"] = "~" + scope.Token };
        var results = await client.ExecuteAsync(
        [
            new CypherStatement("MATCH (n) WHERE n.key ENDS WITH $suffix RETURN labels(n), properties(n)", parameters),
            new CypherStatement("MATCH (n)-[r]->(m) WHERE n.key ENDS WITH $suffix RETURN n.key, type(r), properties(r), m.key", parameters),
        ], CancellationToken.None);
        string Normal(string text) => text.Replace("~" + scope.Token, "~T", StringComparison.Ordinal);
        var nodes = results[0].Rows.Select(r => Normal($"{Json(r[0], sortArray: true)} {Content(r[1])}")).Order(StringComparer.Ordinal).ToList();
        var relationships = results[1].Rows.Select(r => Normal($"{r[0].GetString()} -[{r[1].GetString()} {Json(r[2])}]-> {r[3].GetString()}"))
            .Order(StringComparer.Ordinal).ToList();
        return (nodes, relationships);
    }

    private static string Content(JsonElement properties)
    {
        var content = new JsonObject();
        foreach (var property in properties.EnumerateObject().Where(p => !GraphLabels.RunningAggregates.Contains(p.Name)))
            content[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        return Normalize(content, false)!.ToJsonString();
    }

    /// <summary>Object keys sorted; numbers as Neo4j wrote them (so 1.0 and 1 differ, as float and integer do).</summary>
    private static string Json(JsonElement element, bool sortArray = false) => Normalize(JsonNode.Parse(element.GetRawText()), sortArray)?.ToJsonString() ?? "null";

    private static JsonNode? Normalize(JsonNode? node, bool sortArray) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value, false)))),
        JsonArray a when sortArray => new JsonArray([.. a.Select(v => Normalize(v, false)).OrderBy(v => v?.ToJsonString(), StringComparer.Ordinal)]),
        JsonArray a => new JsonArray([.. a.Select(v => Normalize(v, false))]),
        _ => node?.DeepClone(),
    };
}
