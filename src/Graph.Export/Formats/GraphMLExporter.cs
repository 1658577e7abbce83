using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Graph.Export.Model;

namespace Graph.Export.Formats;

/// <summary>
/// GraphML (http://graphml.graphdrawing.org) as Gephi and Cytoscape read it: a directed graph; node ids <c>n0…</c>
/// and edge ids <c>e0…</c> in export order; every property a typed attribute (<c>long</c>, <c>double</c>,
/// <c>boolean</c>, <c>string</c>; a list of strings is a string holding a JSON array, said so in its key's
/// <c>desc</c>). Node attribute <c>labels</c> holds the Neo4j labels as <c>:Event:Meeting</c>, <c>label</c> a
/// caption (a name, or an event's type and date); edge attribute <c>label</c> holds the relationship type.
/// </summary>
public sealed class GraphMLExporter : IGraphExporter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    public const string ListDescription = "list of strings, as a JSON array";
    public const string LabelsKey = "labels";
    public const string CaptionKey = "label";

    public ExportFormat Format => ExportFormat.GraphML;

    public async Task WriteAsync(ExportGraph graph, ExportOptions options, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var nodeKeys = Keys("node", graph.Nodes.Select(n => n.Properties));
        var edgeKeys = Keys("edge", graph.Relationships.Select(r => r.Properties));
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        await using var xml = XmlWriter.Create(output, settings);

        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "graphml", Namespace).ConfigureAwait(false);
        await xml.WriteCommentAsync($" {Comment(options.Title)} ").ConfigureAwait(false);
        await WriteKeyAsync(xml, new AttributeKey(LabelsKey, "node", LabelsKey, "string", false)).ConfigureAwait(false);
        await WriteKeyAsync(xml, new AttributeKey(CaptionKey, "node", CaptionKey, "string", false)).ConfigureAwait(false);
        await WriteKeyAsync(xml, new AttributeKey("edge-label", "edge", CaptionKey, "string", false)).ConfigureAwait(false);
        foreach (var key in nodeKeys.Values.Concat(edgeKeys.Values))
            await WriteKeyAsync(xml, key).ConfigureAwait(false);

        await xml.WriteStartElementAsync(null, "graph", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "G").ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);

        var ids = new Dictionary<NodeRef, string>();
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var node = graph.Nodes[i];
            var id = "n" + i.ToString(CultureInfo.InvariantCulture);
            ids[node.Ref] = id;
            await xml.WriteStartElementAsync(null, "node", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
            await WriteDataAsync(xml, LabelsKey, string.Concat(node.Labels.Select(l => ":" + l))).ConfigureAwait(false);
            await WriteDataAsync(xml, CaptionKey, Captions.Of(node)).ConfigureAwait(false);
            foreach (var (name, value) in node.Properties)
                await WriteDataAsync(xml, nodeKeys[name].Id, Text(value, nodeKeys[name].Type)).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        for (var i = 0; i < graph.Relationships.Count; i++)
        {
            var relationship = graph.Relationships[i];
            await xml.WriteStartElementAsync(null, "edge", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, "e" + i.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "source", null, ids[relationship.Start]).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "target", null, ids[relationship.End]).ConfigureAwait(false);
            await WriteDataAsync(xml, "edge-label", relationship.Type).ConfigureAwait(false);
            foreach (var (name, value) in relationship.Properties)
                await WriteDataAsync(xml, edgeKeys[name].Id, Text(value, edgeKeys[name].Type)).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
        await xml.FlushAsync().ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <param name="Id">The key's id (<c>node.name</c>, <c>edge.role</c>).</param>
    /// <param name="For">node or edge.</param>
    /// <param name="Name">The attribute name (the property name).</param>
    /// <param name="Type">GraphML type.</param>
    /// <param name="List">True for a list of strings.</param>
    private sealed record AttributeKey(string Id, string For, string Name, string Type, bool List);

    /// <summary>One key per property name, typed from every value it takes (mixed numbers are doubles, anything else mixed is a string).</summary>
    private static SortedDictionary<string, AttributeKey> Keys(string domain, IEnumerable<IReadOnlyDictionary<string, object>> elements)
    {
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in elements.SelectMany(p => p))
        {
            if (name is LabelsKey or CaptionKey)
                continue;
            var type = TypeOf(value);
            types[name] = !types.TryGetValue(name, out var seen) || seen == type ? type
                : (seen, type) is ("long", "double") or ("double", "long") ? "double" : "string";
        }

        var keys = new SortedDictionary<string, AttributeKey>(StringComparer.Ordinal);
        foreach (var (name, type) in types)
            keys[name] = new AttributeKey($"{domain}.{name}", domain, name, type == "list" ? "string" : type, type == "list");
        return keys;
    }

    private static string TypeOf(object value) => value switch
    {
        string => "string",
        long => "long",
        double => "double",
        bool => "boolean",
        IReadOnlyList<string> => "list",
        _ => "string",
    };

    private static string Text(object value, string type) => value switch
    {
        string s => s,
        long l when type == "double" => PropertyValues.Float(l),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => PropertyValues.Float(d),
        bool b => b ? "true" : "false",
        IReadOnlyList<string> list => JsonSerializer.Serialize(list),
        _ => PropertyValues.Canonical(value),
    };

    private static async Task WriteKeyAsync(XmlWriter xml, AttributeKey key)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, key.Id).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "for", null, key.For).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, key.Name).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, key.Type).ConfigureAwait(false);
        if (key.List)
            await xml.WriteElementStringAsync(null, "desc", Namespace, ListDescription).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
        await xml.WriteStringAsync(value).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    /// <summary>An XML comment may not hold "--".</summary>
    private static string Comment(string text) => text.Replace("--", "- -", StringComparison.Ordinal);
}
