using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Worker.Tests.Commands;

namespace Graph.Worker.Tests.Ingest;

/// <summary>The <c>ingest</c> verb with no Neo4j configured: the whole pipeline, into out/graph.json.</summary>
public sealed class IngestWithoutNeo4jTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>No NEO4J_URI (even if the environment has one), folders under the test's own.</summary>
    private Dictionary<string, string?> Configuration() => new()
    {
        ["NEO4J_URI"] = "",
        ["Neo4j:Uri"] = "",
        ["Pipeline:Out"] = Path.Combine(_folder.Path, "out"),
        ["Ingestion:DeadLetter"] = Path.Combine(_folder.Path, "dead-letter"),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static string Samples()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Graph.sln")))
            folder = folder.Parent;
        return Path.Combine(folder!.FullName, "samples");
    }

    [Fact]
    public async Task Ingest_SamplesWithoutNeo4j_WritesOutGraphJsonAndSaysHowToUseNeo4j()
    {
        var (exitCode, stdout, _) = await GraphCli.RunAsync(Configuration(), "ingest", Samples());
        var (_, extracted, _) = await GraphCli.RunAsync("extract", Samples());

        Assert.Equal(0, exitCode);
        Assert.StartsWith("ingest: 8 read, 8 written, 0 unchanged, 0 set aside in ", stdout);
        Assert.Contains("NEO4J_URI is not set; to write into Neo4j instead, set NEO4J_URI", stdout);
        var written = await File.ReadAllTextAsync(Path.Combine(_folder.Path, "out", "graph.json"));
        Assert.Equal(extracted, written);
        Assert.Contains($"and its HTML view to {Path.Combine(_folder.Path, "out", "graph.html")}", stdout);
        Assert.Contains("<html", await File.ReadAllTextAsync(Path.Combine(_folder.Path, "out", "graph.html")));
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "dead-letter")));
    }

    [Fact]
    public async Task Ingest_MistypedPathAfterAGoodRun_KeepsThePreviousResultAndSaysSo()
    {
        await GraphCli.RunAsync(Configuration(), "ingest", Samples());
        var json = await File.ReadAllBytesAsync(Path.Combine(_folder.Path, "out", "graph.json"));
        var html = await File.ReadAllBytesAsync(Path.Combine(_folder.Path, "out", "graph.html"));

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync(Configuration(), "ingest", Path.Combine(_folder.Path, "sampels"));

        Assert.Equal(2, exitCode);
        Assert.Contains("sampels: no such file or folder", stderr);
        Assert.Contains("no article was written, so", stdout);
        Assert.Equal(json, await File.ReadAllBytesAsync(Path.Combine(_folder.Path, "out", "graph.json")));
        Assert.Equal(html, await File.ReadAllBytesAsync(Path.Combine(_folder.Path, "out", "graph.html")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder.Path, "out"), "*.tmp"));
    }

    [Fact]
    public async Task Ingest_100kLineJsonlWithBrokenLines_BrokenLinesSetAsideAndTheRestInTheDocument()
    {
        const int Lines = 100_000;
        int[] broken = [7, 25_000, 50_001, 99_999];
        var path = Path.Combine(_folder.Path, "wire.jsonl");
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            for (var line = 1; line <= Lines; line++)
            {
                var n = line.ToString(CultureInfo.InvariantCulture);
                file.Write(broken.Contains(line) ? $"{{\"id\": \"w-{n}\", \"text\": \"cut off\n" : $"{{\"id\": \"w-{n}\", \"text\": \"Bulletin {n}: the meeting was postponed.\"}}\n");
            }
        }

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync(Configuration(), "ingest", path);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"ingest: {Lines - broken.Length} read, {Lines - broken.Length} written, 0 unchanged, {broken.Length} set aside in ", stdout);
        Assert.Equal(
            broken.Select(b => $"set aside: {path}:{b}: malformed JSON"),
            stderr.Split('\n').Where(l => l.StartsWith("set aside: ")).Select(l => l[..l.IndexOf(": malformed JSON", StringComparison.Ordinal)] + ": malformed JSON"));
        foreach (var line in broken)
        {
            var error = Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "dead-letter"), $"wire.*.line-{line}.json.error.txt"));
            Assert.Contains($"line: {line}\n", await File.ReadAllTextAsync(error));
            Assert.StartsWith($"{{\"id\": \"w-{line}\"", await File.ReadAllTextAsync(error[..^".error.txt".Length]));
        }
        await using var json = File.OpenRead(Path.Combine(_folder.Path, "out", "graph.json"));
        using var document = await JsonDocument.ParseAsync(json);
        Assert.Equal(Lines - broken.Length, document.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task Ingest_MetricsExportedToAnUnreachableCollector_StillCompletes()
    {
        var configuration = Configuration();
        configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9";

        var (exitCode, stdout, _) = await GraphCli.RunAsync(configuration, "ingest", Samples());

        Assert.Equal(0, exitCode);
        Assert.StartsWith("ingest: 8 read, 8 written", stdout);
    }

    [Fact]
    public async Task Ingest_InvalidPipelineSettings_ExitsOneNamingThem()
    {
        var configuration = Configuration();
        configuration["Pipeline:WriteBatchSize"] = "0";
        configuration["Pipeline:ChannelCapacity"] = "-3";

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync(configuration, "ingest", Samples());

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("ingest: configuration error", stderr);
        Assert.Contains("Pipeline:WriteBatchSize must lie between 1 and 10000 (it is 0)", stderr);
        Assert.Contains("Pipeline:ChannelCapacity must lie between 1 and 100000 (it is -3)", stderr);
    }

    [Fact]
    public async Task Run_WithoutNeo4j_ExitsOneSayingNeo4jUriIsNotSet()
    {
        var (exitCode, _, stderr) = await GraphCli.RunAsync(Configuration(), "run");

        Assert.Equal(1, exitCode);
        Assert.Contains("run: configuration error", stderr);
        Assert.Contains("NEO4J_URI is not set", stderr);
    }

    [Fact]
    public async Task Run_BadFeedUrl_ExitsOneNamingTheSetting()
    {
        var configuration = Configuration();
        configuration["NEO4J_URI"] = "http://127.0.0.1:1";
        configuration["Ingestion:Feeds:Urls:0"] = "ftp://example.test/feed";

        var (exitCode, _, stderr) = await GraphCli.RunAsync(configuration, "run");

        Assert.Equal(1, exitCode);
        Assert.Contains("Ingestion:Feeds:Urls:0 must be an absolute http or https URL (it is 'ftp://example.test/feed')", stderr);
    }
}
