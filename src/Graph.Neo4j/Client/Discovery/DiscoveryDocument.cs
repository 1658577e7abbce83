using System.Text.Json;

namespace Graph.Neo4j.Client.Discovery;

/// <summary>
/// What a discovery answer holds. <c>GET /</c> on 4.x+ gives <c>transaction</c> (a template with
/// <c>{databaseName}</c>), from 5.19 also <c>query</c>; on 3.x it gives <c>data</c>, whose document
/// (<c>GET /db/data/</c>) in turn gives <c>transaction</c> and <c>neo4j_version</c>.
/// </summary>
internal sealed record DiscoveryDocument(string? Transaction, string? Query, string? Data, string? Version)
{
    /// <summary>Reads the keys this client uses; others (bolt URIs, auth config…) are ignored.</summary>
    public static DiscoveryDocument Parse(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
            ? new DiscoveryDocument(Text(root, "transaction"), Text(root, "query"), Text(root, "data"), Text(root, "neo4j_version"))
            : new DiscoveryDocument(null, null, null, null);

    /// <summary>True for the 3.x root document, which only points at the data document.</summary>
    public bool IsLegacyRoot => Transaction is null && Query is null && Data is not null;

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
