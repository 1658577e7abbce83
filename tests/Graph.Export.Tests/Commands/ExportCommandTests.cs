using System.Text.Json;
using System.Xml.Linq;
using Graph.Export.Formats;
using Graph.Export.Tests.Support;
using Graph.Testing;

namespace Graph.Export.Tests.Commands;

/// <summary><c>graph export</c> from the sample articles (no Neo4j) and <c>--from-neo4j</c>.</summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class ExportCommandTests(LoadedGraph graph) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task Export_Articles_WritesEachFormatWithoutNeo4j()
    {
        var none = new Dictionary<string, string?> { ["NEO4J_URI"] = "" };
        var document = await Samples.DocumentAsync();
        foreach (var format in new[] { "html", "graphml", "cypher", "json" })
        {
            var (exit, _, stderr) = await GraphCli.RunAsync(none, "export", "--format", format, "--out", Out("samples." + format), Samples.Folder);
            Assert.True(exit == 0, stderr);
        }

        var html = await File.ReadAllTextAsync(Out("samples.html"));
        Assert.Contains("<title>Graph of 8 articles</title>", html);
        Assert.Contains("cytoscape", html);
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("<link", html);
        var graphml = XDocument.Load(Out("samples.graphml"));
        Assert.Equal(document.Articles.Count, graphml.Descendants(XName.Get("data", GraphMLExporter.Namespace)).Count(d => d.Value == ":Article"));
        Assert.Contains("MERGE (n:Article {key: row.key})", await File.ReadAllTextAsync(Out("samples.cypher")));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Out("samples.json")));
        Assert.Equal(document.Articles.Count, json.RootElement.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("labels")[0].GetString() == "Article"));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public async Task Export_FromNeo4jArticles_WritesWhatTheyContributedAndListsTheMissingOne()
    {
        var article = graph.TinyScope.Key(TinyWorld.A1);

        var (exit, _, stderr) = await GraphCli.RunAsync(graph.Connection.ToConfiguration(),
            "export", "--from-neo4j", "--article", article, "--article", "missing-article", "--format", "json", "--out", Out("a1.json"), "--title", "Summit");

        Assert.Equal(2, exit);
        Assert.Contains("set aside: missing-article: no such article in Neo4j", stderr);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Out("a1.json")));
        Assert.Equal("Summit", json.RootElement.GetProperty("title").GetString());
        var ids = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains(article, ids);
        Assert.Contains(graph.TinyScope.Key("event:e10-river"), ids);
        Assert.DoesNotContain(graph.TinyScope.Key("event:e6-sanction"), ids);
    }

    [Theory]
    [InlineData("export --format html --out x.html", "Give the article files or folders to export, or --from-neo4j.")]
    [InlineData("export --format html --out x.html --from-neo4j samples", "Give article paths or --from-neo4j, not both.")]
    [InlineData("export --format html --out x.html --article a samples", "--article selects articles in Neo4j")]
    [InlineData("export --format pdf --out x.pdf samples", "pdf")]
    [InlineData("export --format html samples", "Option '--out' is required.")]
    public async Task Export_WrongArguments_IsAUsageErrorNamingTheProblemWithoutTheHelp(string arguments, string message)
    {
        var (exit, stdout, stderr) = await GraphCli.RunAsync(null, arguments.Split(' '));

        Assert.Equal(1, exit);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("Usage:", stdout + stderr);
    }
}
