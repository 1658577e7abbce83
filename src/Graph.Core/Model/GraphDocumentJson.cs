using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Core.Model;

/// <summary>Reads and writes the graph document as the contract's JSON (camelCase, enums as names).</summary>
public static class GraphDocumentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Evidence sentences are shown to people: keep quotes and non-Latin text readable, not \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = GraphDocumentJsonContext.Default,
    };

    public static string Serialize(GraphDocument document) => JsonSerializer.Serialize(document, Options);

    public static Task SerializeAsync(Stream stream, GraphDocument document, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, document, Options, cancellationToken);

    public static GraphDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<GraphDocument>(json, Options)
        ?? throw new JsonException("The graph document is empty.");
}

[JsonSerializable(typeof(GraphDocument))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
internal sealed partial class GraphDocumentJsonContext : JsonSerializerContext;
