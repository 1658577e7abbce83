using Graph.Bench.EndToEnd;
using Graph.Bench.Writer;
using Graph.Testing;

namespace Graph.Bench.Tests;

/// <summary>
/// The Neo4j parts of the bench on tiny input against the test server: the end-to-end run starts the real worker
/// (graph.dll beside the tests) and the writer benchmark writes a few documents both ways. They read NEO4J_* from
/// the environment, as the bench does, so these tests set it for this process. Nothing is timed or judged.
/// </summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class EndToEndTests(Neo4jServerFixture server) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"graph-bench-e2e-{Guid.NewGuid():N}");

    [Fact]
    public async Task MeasureAsync_TwoArticles_IngestedCountedAndRemoved()
    {
        UseTestServer();
        var output = new StringWriter();

        var runs = await EndToEndBenchmark.MeasureAsync(2, 42, 1, Path.Combine(AppContext.BaseDirectory, "graph.dll"), keep: false, output, CancellationToken.None,
            Path.Combine(_folder, "corpus"));

        var run = Assert.Single(runs);
        Assert.Equal(2, run.Written);
        Assert.StartsWith("ingest: 2 read, 2 written", run.Summary, StringComparison.Ordinal);
        if (OperatingSystem.IsLinux())
            Assert.True(run.PeakRssBytes > 0);
        Assert.Equal(0, await BenchArticles.CountAsync(server.Client, CancellationToken.None));
        Assert.Contains("run 1:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriterBenchmark_FewArticles_RunsBothWritersAndCleansUp()
    {
        UseTestServer();

        var exit = await WriterBenchmark.RunAsync(["--articles", "4", "--naive-articles", "2", "--concurrency", "2"]);

        Assert.Equal(0, exit);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private void UseTestServer()
    {
        Environment.SetEnvironmentVariable("NEO4J_URI", server.Connection.Uri);
        Environment.SetEnvironmentVariable("NEO4J_USERNAME", server.Connection.Username);
        Environment.SetEnvironmentVariable("NEO4J_PASSWORD", server.Connection.Password);
    }
}
