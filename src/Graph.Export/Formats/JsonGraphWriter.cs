using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Export.Model;

namespace Graph.Export.Formats;

/// <summary>Writes graph elements as JSON: nodes (id = key, labels, properties) and links (source, target, type, properties).</summary>
internal static class JsonGraphWriter
{
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteNode(Utf8JsonWriter json, ExportNode node)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Key);
        json.WriteStartArray("labels");
        foreach (var label in node.Labels)
            json.WriteStringValue(label);
        json.WriteEndArray();
        WriteProperties(json, "properties", node.Properties);
        json.WriteEndObject();
    }

    public static void WriteLink(Utf8JsonWriter json, ExportRelationship relationship)
    {
        json.WriteStartObject();
        json.WriteString("source", relationship.Start.Key);
        json.WriteString("target", relationship.End.Key);
        json.WriteString("type", relationship.Type);
        WriteProperties(json, "properties", relationship.Properties);
        json.WriteEndObject();
    }

    public static void WriteProperties(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, object> properties)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in properties)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }

        json.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string s: json.WriteStringValue(s); break;
            case long l: json.WriteNumberValue(l); break;
            // A float keeps its fraction (1.0, not 1), so readers can tell it from an integer.
            case double d: json.WriteRawValue(PropertyValues.Float(d)); break;
            case bool b: json.WriteBooleanValue(b); break;
            case IReadOnlyList<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                    json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value, "Not a graph property value.");
        }
    }
}
