using System.Text.Json;
using Graph.Export.Model;

namespace Graph.Export.Formats;

/// <summary>
/// <c>{"title", "nodes": [{"id", "labels", "properties"}], "links": [{"source", "target", "type", "properties"}]}</c>:
/// node ids are the keys, so D3's forceLink, vis-network or networkx's node_link_graph read it as it is.
/// </summary>
public sealed class JsonExporter : IGraphExporter
{
    public ExportFormat Format => ExportFormat.Json;

    public async Task WriteAsync(ExportGraph graph, ExportOptions options, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        await using var json = new Utf8JsonWriter(output, JsonGraphWriter.Indented);
        json.WriteStartObject();
        json.WriteString("title", options.Title);
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
            JsonGraphWriter.WriteNode(json, node);
        json.WriteEndArray();
        json.WriteStartArray("links");
        foreach (var relationship in graph.Relationships)
            JsonGraphWriter.WriteLink(json, relationship);
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }
}
