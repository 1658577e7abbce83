using System.Diagnostics;
using System.Globalization;
using Graph.Bench.Corpus;
using Graph.Neo4j.Client;
using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Bench.EndToEnd;

/// <summary>One end-to-end run: the <c>ingest</c> process over the corpus into Neo4j.</summary>
internal sealed record EndToEndRun(TimeSpan Elapsed, long PeakRssBytes, long Written, string Summary);

/// <summary>
/// <c>e2e</c>: the real pipeline, as users run it: <c>graph ingest FOLDER</c> in a process of its own (the Release
/// build of the worker) over the synthetic corpus, into the Neo4j of NEO4J_URI. Measures the wall time of the process
/// (start-up, schema, reading, extraction, writing) and its peak resident memory. Before each run the benchmark's
/// articles from earlier runs are removed, so every run writes all of them into the same graph; afterwards too, unless --keep.
/// </summary>
internal static class EndToEndBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = BenchArguments.Parse(args, ["--articles", "--seed", "--runs", "--graph", "--shape", "--batches"], ["--keep"]);
        var count = options.Int("--articles", 1000, min: 1);
        var seed = options.Int("--seed", BenchDefaults.Seed);
        var runs = options.Int("--runs", 1, min: 1);
        var graph = options.Text("--graph") ?? DefaultGraph;
        var shape = CorpusShapes.Parse(options.Text("--shape"));
        var batches = options.Int("--batches", 1, min: 1);
        if (batches > count)
            throw new ArgumentException("--batches cannot exceed --articles.");
        var runsDone = await MeasureAsync(count, seed, runs, graph, options.Has("--keep"), Console.Out, CancellationToken.None, shape: shape, batches: batches);
        return runsDone.Count == runs ? 0 : 1;
    }

    public static string DefaultGraph => Path.Combine(BenchDefaults.Root, "src", "Graph.Worker", "bin", "Release", "net10.0", "graph.dll");

    /// <param name="folder">Where the corpus is written (default: the cache folder of <paramref name="count"/> and <paramref name="seed"/>); the ingest process runs in the folder "e2e" beside it.</param>
    /// <param name="batches">Ingests of consecutive parts of the corpus, one after another into the same graph, each timed (how the cost moves as the graph grows).</param>
    public static async Task<IReadOnlyList<EndToEndRun>> MeasureAsync(int count, int seed, int runs, string graph, bool keep, TextWriter output, CancellationToken cancellationToken,
        string? folder = null, CorpusShape shape = CorpusShape.Uniform, int batches = 1)
    {
        if (!File.Exists(graph))
            throw new ArgumentException($"{graph} not found: build the worker first (dotnet build src/Graph.Worker -c Release) or name it with --graph.");
        await using var services = Neo4jConnection.Create((collection, configuration) => collection.AddNeo4jGraphWriter(configuration));
        var client = services.GetRequiredService<INeo4jClient>();
        var remover = services.GetRequiredService<IArticleRemover>();
        var server = await client.GetServerInfoAsync(cancellationToken);

        folder ??= BenchDefaults.CorpusFolder(count, seed, shape) + (batches > 1 ? string.Create(CultureInfo.InvariantCulture, $"-in-{batches}") : "");
        var words = new CorpusGenerator(seed, shape).Write(folder, count, batches);
        // The worker's own folders (dead letters, out/) go beside the corpus, not into the current directory.
        var work = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, "e2e");
        Directory.CreateDirectory(work);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"end to end: graph ingest of {count} articles ({words:N0} words, seed {seed}, {CorpusShapes.Name(shape)}{(batches > 1 ? $", in {batches} batches" : "")}) into Neo4j {server.Version} {server.Edition} at {Environment.GetEnvironmentVariable("NEO4J_URI")}, {Environment.ProcessorCount} cores, load average {BenchDefaults.LoadAverage()}"));

        var done = new List<EndToEndRun>();
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                var removed = await BenchArticles.RemoveAsync(client, remover, cancellationToken);
                if (removed > 0)
                    output.WriteLine(string.Create(c, $"  removed {removed} benchmark articles of an earlier run"));

                var batchTimes = new List<double>();
                var peakRss = 0L;
                EndToEndRun? result = null;
                for (var batch = 1; batch <= batches; batch++)
                {
                    result = await IngestAsync(graph, work, batches == 1 ? folder : CorpusGenerator.BatchFolder(folder, batch), client, output, cancellationToken);
                    if (result is null)
                        break;
                    batchTimes.Add(result.Elapsed.TotalSeconds);
                    peakRss = Math.Max(peakRss, result.PeakRssBytes);
                    if (batches > 1)
                        output.WriteLine(string.Create(c, $"  run {run}, batch {batch}: {result.Elapsed.TotalSeconds:F1} s, peak RSS {result.PeakRssBytes / 1048576.0:F0} MiB; {result.Written} articles in Neo4j; load average {BenchDefaults.LoadAverage()}"));
                }

                if (result is null)
                    break;
                var total = batchTimes.Sum();
                result = result with { Elapsed = TimeSpan.FromSeconds(total), PeakRssBytes = peakRss };
                done.Add(result);
                output.WriteLine(string.Create(c,
                    $"  run {run}: {total:F1} s, {count / total:F1} articles/s, {words / total:N0} words/s, peak RSS {result.PeakRssBytes / 1048576.0:F0} MiB; {result.Written} articles in Neo4j ({result.Summary})"));
                if (batches > 1)
                    output.WriteLine(string.Create(c, $"  run {run}: last batch / first batch = {batchTimes[^1] / batchTimes[0]:F2}"));
            }

            if (done.Count > 1)
            {
                var seconds = Statistics.Median(done.Select(r => r.Elapsed.TotalSeconds).ToList());
                var peak = Statistics.Median(done.Select(r => (double)r.PeakRssBytes).ToList());
                output.WriteLine(string.Create(c,
                    $"  median of {done.Count}: {seconds:F1} s, {count / seconds:F1} articles/s, peak RSS {peak / 1048576.0:F0} MiB"));
            }
        }
        finally
        {
            if (!keep)
                await BenchArticles.RemoveAsync(client, remover, cancellationToken);
        }

        return done;
    }

    /// <summary>One <c>graph ingest</c> of <paramref name="corpus"/>, with its 30-second samples printed; null when it failed.</summary>
    private static async Task<EndToEndRun?> IngestAsync(string graph, string work, string corpus, INeo4jClient client, TextWriter output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work };
        start.ArgumentList.Add(graph);
        start.ArgumentList.Add("ingest");
        start.ArgumentList.Add(corpus);
        // Every 30 s: articles written so far and resident memory, printed as they come (a long run can be followed), to
        // show whether speed and memory stay flat as the graph grows.
        var samples = new List<(TimeSpan At, long Written)>();
        var before = await BenchArticles.CountAsync(client, cancellationToken);
        var last = (At: TimeSpan.Zero, Written: before);
        var runClock = Stopwatch.StartNew();
        var outcome = await PeakMemoryProcess.RunAsync(start, cancellationToken, async rss =>
        {
            var written = await BenchArticles.CountAsync(client, cancellationToken);
            var at = runClock.Elapsed;
            samples.Add((at, written));
            PrintSample(output, at, written, (written - last.Written) / (at - last.At).TotalSeconds, rss);
            last = (at, written);
        }, TimeSpan.FromSeconds(30));
        var summary = outcome.Output.Split('\n').FirstOrDefault(l => l.StartsWith("ingest: ", StringComparison.Ordinal))?.Trim() ?? "";
        if (outcome.ExitCode != 0)
        {
            output.WriteLine($"  ingest exited with {outcome.ExitCode}: {summary}");
            output.WriteLine(string.Join('\n', outcome.Error.Split('\n').TakeLast(20)));
            return null;
        }

        var after = await BenchArticles.CountAsync(client, cancellationToken);
        PrintTenths(output, TenthRates.Of(samples, before, after - before, outcome.Elapsed));
        return new EndToEndRun(outcome.Elapsed, outcome.PeakRssBytes, after, summary);
    }

    /// <summary>One line per sample: time, articles written, the rate since the sample before, resident memory.</summary>
    private static void PrintSample(TextWriter output, TimeSpan at, long written, double rate, long rss)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {at.TotalSeconds,5:F0} s: {written,6} written, {rate,5:F1} articles/s since the last line, RSS {rss / 1048576.0:F0} MiB"));
        output.Flush();
    }

    /// <summary>The rate of each tenth of the articles and the last tenth's against the first's.</summary>
    private static void PrintTenths(TextWriter output, IReadOnlyList<double> tenths)
    {
        if (tenths.Count == 0)
            return;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"    articles/s by tenth: {string.Join(", ", tenths.Select(r => r.ToString("F1", c)))}; last tenth / first tenth = {tenths[^1] / tenths[0]:F2}"));
    }
}
