using System.Globalization;
using System.Text.Json;

namespace Graph.Export.Model;

/// <summary>
/// The property values the graph holds, as CLR values: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/> and lists of strings (<see cref="IReadOnlyList{T}"/> of string). Neo4j stores no nulls: a missing
/// value is a missing property.
/// </summary>
public static class PropertyValues
{
    /// <summary>A property map without nulls, sorted by name.</summary>
    public static SortedDictionary<string, object> Map(params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var map = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (value is not null)
                map[name] = Normalize(value);
        }

        return map;
    }

    /// <summary>A value read from Neo4j's JSON: a number with a fraction or exponent is a float (the writer stores scores with toFloat).</summary>
    public static object? FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when IsInteger(value.GetRawText()) && value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToArray(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    /// <summary>A canonical text of a property map (for sorting and comparing).</summary>
    public static string Canonical(IReadOnlyDictionary<string, object> properties) =>
        string.Join(',', properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Canonical(p.Value)));

    /// <summary>A canonical text of one value: strings quoted, floats always with a fraction.</summary>
    public static string Canonical(object value) => value switch
    {
        string s => JsonSerializer.Serialize(s),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        bool b => b ? "true" : "false",
        IReadOnlyList<string> list => "[" + string.Join(',', list.Select(s => JsonSerializer.Serialize(s))) + "]",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a graph property value."),
    };

    /// <summary>A float as Cypher and JSON read it back as a float: shortest round-trip form, with ".0" when integral.</summary>
    public static string Float(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "Graph properties are finite numbers.");
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static object Normalize(object value) => value switch
    {
        string => value,
        int i => (long)i,
        float f => (double)f,
        IEnumerable<string> list => list.ToArray(),
        _ => value,
    };

    private static bool IsInteger(string raw) => !raw.Contains('.') && !raw.Contains('e') && !raw.Contains('E');
}
