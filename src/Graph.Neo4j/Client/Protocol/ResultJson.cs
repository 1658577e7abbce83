using System.Text.Json;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>Small readers shared by both protocols.</summary>
internal static class ResultJson
{
    /// <summary>The string array <paramref name="name"/> of <paramref name="owner"/>, empty when absent.</summary>
    public static IReadOnlyList<string> Strings(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToArray()
            : [];

    /// <summary>The JSON, cut to a length fit for an error message.</summary>
    public static string Shorten(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 300 ? text : text[..300] + "…";
    }
}
