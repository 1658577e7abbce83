using System.Diagnostics;
using Graph.Bench.Compare;
using Graph.Bench.Corpus;
using Graph.Bench.EndToEnd;
using Graph.Bench.Extraction;

namespace Graph.Bench.Tests;

/// <summary>The benchmark code runs on tiny input and reports what it measured; no figure is judged.</summary>
public sealed class BenchRunTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"graph-bench-tests-{Guid.NewGuid():N}");
    private CorpusArticles _corpus = null!;

    public async Task InitializeAsync()
    {
        new CorpusGenerator(42).Write(_folder, 3);
        _corpus = await CorpusArticles.ReadAsync(_folder, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Measure_TinyCorpus_OnePassEachAndAReport()
    {
        var report = ExtractionBenchmark.Measure(_corpus, runs: 2);
        var text = new StringWriter();
        report.Print(text);

        Assert.Equal(2, report.Single.Count);
        Assert.Equal(2, report.Parallel.Count);
        Assert.All(report.Single, p => Assert.Equal(1, p.Threads));
        Assert.All(report.Parallel, p => Assert.Equal(Environment.ProcessorCount, p.Threads));
        Assert.All(report.Single.Concat(report.Parallel), p => Assert.True(p.WordsPerSecond > 0 && p.AllocatedBytes > 0 && p.CpuSeconds > 0));
        Assert.Equal(ExtractionStages.Names.Length, report.StageTicks.Count);
        Assert.All(report.StageBytes, b => Assert.True(b > 0));
        Assert.Contains("1 thread", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("events", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareMeasure_TinyCorpus_ReportsGraphAndCompromiseOrWhyNot()
    {
        var text = new StringWriter();

        var compromise = await CompareBenchmark.MeasureAsync(_corpus, runs: 1, text, CancellationToken.None);

        Assert.Contains("Graph, entities only", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("Graph, whole extraction", text.ToString(), StringComparison.Ordinal);
        if (compromise is null)
            Assert.Contains("compromise: skipped", text.ToString(), StringComparison.Ordinal);
        else
            Assert.Equal(3, compromise.Articles);
    }

    [Fact]
    public async Task PeakMemoryProcess_ChildThatRuns_ExitCodeOutputAndPeakMemory()
    {
        var start = new ProcessStartInfo("sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("echo ready; sleep 0.5; exit 3");

        var outcome = await PeakMemoryProcess.RunAsync(start, CancellationToken.None);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("ready\n", outcome.Output);
        Assert.True(outcome.Elapsed >= TimeSpan.FromMilliseconds(400));
        if (OperatingSystem.IsLinux())
            Assert.True(outcome.PeakRssBytes > 0);
    }
}
