using System.Text.Json;

namespace Graph.Neo4j.Writing;

/// <summary>Reading the JSON values of result rows: null, strings, numbers and lists of them.</summary>
internal static class CypherValues
{
    public static string? String(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static long Long(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    public static double? Double(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public static bool Bool(JsonElement value) => value.ValueKind == JsonValueKind.True;

    /// <summary>The strings of a list (nulls and other values skipped); empty for null.</summary>
    public static List<string> Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    /// <summary>The pairs of a list of two-element lists, skipping those with a null.</summary>
    public static List<(string First, string Second)> Pairs(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(Strings).Where(p => p.Count == 2).Select(p => (p[0], p[1]))]
            : [];

    /// <summary>The lists of a list of lists of strings.</summary>
    public static List<List<string>> Lists(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(Strings)] : [];
}
