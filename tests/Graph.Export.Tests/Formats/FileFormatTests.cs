using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Graph.Core.Model;
using Graph.Export.Formats;
using Graph.Export.Model;
using Graph.Export.Tests.Support;
using Graph.Extraction.Identity;

namespace Graph.Export.Tests.Formats;

/// <summary>The file formats of the samples and the hand-written graph: GraphML parses and reads back to the same graph, JSON keeps types.</summary>
public sealed class FileFormatTests
{
    private static readonly XNamespace G = GraphMLExporter.Namespace;

    public static TheoryData<string> Graphs => ["samples", "tiny"];

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task GraphML_Graph_ReadsBackToTheSameGraph(string name)
    {
        var graph = await GraphAsync(name);

        var xml = XDocument.Parse(await WriteAsync(new GraphMLExporter(), graph));

        Lines.AssertSame(Canonical.Lines(graph), Canonical.Lines(Read(xml)));
    }

    [Fact]
    public async Task GraphML_Tiny_DeclaresEveryAttributeWithItsType()
    {
        var xml = XDocument.Parse(await WriteAsync(new GraphMLExporter(), await GraphAsync("tiny")));

        var keys = xml.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!);
        Assert.Equal("double", (string)keys["node.goldstein"].Attribute("attr.type")!);
        Assert.Equal("double", (string)keys["node.confidence"].Attribute("attr.type")!);
        Assert.Equal("long", (string)keys["node.sources"].Attribute("attr.type")!);
        Assert.Equal("long", (string)keys["edge.count"].Attribute("attr.type")!);
        Assert.Equal("long", (string)keys["edge.start"].Attribute("attr.type")!);
        Assert.Equal("string", (string)keys["node.aliases"].Attribute("attr.type")!);
        Assert.Equal(GraphMLExporter.ListDescription, (string)keys["node.aliases"].Element(G + "desc")!);
        Assert.All(keys.Values, k => Assert.Contains((string)k.Attribute("attr.type")!, new[] { "string", "long", "double", "boolean" }));

        var graph = xml.Root.Element(G + "graph")!;
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        var nodeIds = graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Equal(nodeIds.Count, nodeIds.Distinct().Count());
        Assert.All(graph.Elements(G + "edge"), e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodeIds);
            Assert.Contains((string)e.Attribute("target")!, nodeIds);
        });
        Assert.All(graph.Descendants(G + "data"), d => Assert.True(keys.ContainsKey((string)d.Attribute("key")!)));
        var summit = graph.Elements(G + "node").Single(n => Data(n, "node.key") == "event:e1-summit");
        Assert.Equal((":Event:Meeting", "Meeting 2024-01-09"), (Data(summit, GraphMLExporter.LabelsKey), Data(summit, GraphMLExporter.CaptionKey)));
        Assert.Equal("1.0", Data(summit, "node.goldstein"));
    }

    [Fact]
    public async Task Json_Tiny_NodesAndLinksByKeyWithTypedValues()
    {
        var graph = await GraphAsync("tiny");

        using var json = JsonDocument.Parse(await WriteAsync(new JsonExporter(), graph));

        var root = json.RootElement;
        Assert.Equal("test", root.GetProperty("title").GetString());
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        var links = root.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal((graph.Nodes.Count, graph.Relationships.Count), (nodes.Count, links.Count));
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(links, l => Assert.True(ids.Contains(l.GetProperty("source").GetString()) && ids.Contains(l.GetProperty("target").GetString())));
        var summit = nodes.Single(n => n.GetProperty("id").GetString() == "event:e1-summit");
        Assert.Equal(["Event", "Meeting"], summit.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("1.0", summit.GetProperty("properties").GetProperty("goldstein").GetRawText());
        Assert.Equal(2, summit.GetProperty("properties").GetProperty("sources").GetInt32());
        var aland = nodes.Single(n => n.GetProperty("id").GetString() == TinyWorld.Aland);
        Assert.Equal(["Alandia"], aland.GetProperty("properties").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Cypher_Tiny_EveryStatementEndsOnItsOwnLineAndQuotesAreEscaped()
    {
        var script = await WriteAsync(new CypherExporter(), await GraphAsync("tiny"));

        var statements = CypherScript.Split(script);
        Assert.All(statements, s => Assert.StartsWith("UNWIND [", s));
        Assert.Contains("'\"We will trade more,\" Able told Baker.'", script);
        Assert.Contains(@"'Aland\'s Prime Minister Ann Able arrived.'", script);
        Assert.DoesNotContain(statements, s => s.Contains("\r", StringComparison.Ordinal));
    }

    private static async Task<ExportGraph> GraphAsync(string name) =>
        DocumentGraphBuilder.Build(name == "samples" ? await Samples.DocumentAsync() : DocumentIdentity.Resolve(TinyWorld.Document()));

    private static async Task<string> WriteAsync(IGraphExporter exporter, ExportGraph graph)
    {
        using var stream = new MemoryStream();
        await exporter.WriteAsync(graph, new ExportOptions("test"), stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").FirstOrDefault(d => (string)d.Attribute("key")! == key)?.Value;

    /// <summary>Reads GraphML back into the export model as a consumer would: attribute types from the keys, lists from their JSON text.</summary>
    private static ExportGraph Read(XDocument xml)
    {
        var keys = xml.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!);
        object Value(XElement data)
        {
            var key = keys[(string)data.Attribute("key")!];
            return (string)key.Attribute("attr.type")! switch
            {
                "long" => long.Parse(data.Value, CultureInfo.InvariantCulture),
                "double" => double.Parse(data.Value, CultureInfo.InvariantCulture),
                "boolean" => bool.Parse(data.Value),
                _ when (string?)key.Element(G + "desc") == GraphMLExporter.ListDescription => JsonSerializer.Deserialize<string[]>(data.Value)!,
                _ => data.Value,
            };
        }

        SortedDictionary<string, object> Properties(XElement element) => new(
            element.Elements(G + "data").Where(d => ((string)d.Attribute("key")!).Contains('.', StringComparison.Ordinal))
                .ToDictionary(d => (string)keys[(string)d.Attribute("key")!].Attribute("attr.name")!, Value),
            StringComparer.Ordinal);

        var graph = xml.Root.Element(G + "graph")!;
        var nodes = new Dictionary<string, ExportNode>();
        foreach (var node in graph.Elements(G + "node"))
        {
            var labels = Data(node, GraphMLExporter.LabelsKey)!.Split(':', StringSplitOptions.RemoveEmptyEntries);
            var properties = Properties(node);
            nodes[(string)node.Attribute("id")!] = new ExportNode(GraphLabels.PrimaryOf(labels)!, labels, (string)properties["key"], properties);
        }

        var relationships = graph.Elements(G + "edge").Select(e => new ExportRelationship(
            Data(e, "edge-label")!, nodes[(string)e.Attribute("source")!].Ref, nodes[(string)e.Attribute("target")!].Ref, Properties(e)));
        return new ExportGraph(nodes.Values, relationships);
    }
}
