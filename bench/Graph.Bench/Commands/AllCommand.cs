using System.Globalization;
using Graph.Bench.Compare;
using Graph.Bench.Corpus;
using Graph.Bench.EndToEnd;
using Graph.Bench.Extraction;
using Graph.Bench.Writer;

namespace Graph.Bench.Commands;

/// <summary>
/// <c>all</c>: every benchmark in one run: extraction (one thread and all cores), the writer against the naive
/// writer, end to end into Neo4j, and compromise on the same corpus. The Neo4j parts are skipped, saying why, when
/// NEO4J_URI is not set; compromise when Node or the package is missing.
/// </summary>
internal static class AllCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = BenchArguments.Parse(args, ["--articles", "--extract-articles", "--writer-articles", "--seed", "--runs", "--e2e-runs"]);
        var articles = options.Int("--articles", 1000, min: 1);
        var extractArticles = options.Int("--extract-articles", 1000, min: 1);
        var writerArticles = options.Int("--writer-articles", 1000, min: 1);
        var seed = options.Int("--seed", BenchDefaults.Seed);
        var runs = options.Int("--runs", 5, min: 1);
        var e2eRuns = options.Int("--e2e-runs", 1, min: 1);
        var c = CultureInfo.InvariantCulture;
        var ct = CancellationToken.None;
        Console.WriteLine(string.Create(c, $"Graph benchmarks: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load average {BenchDefaults.LoadAverage()}"));

        Header("extraction");
        var extraction = ExtractionBenchmark.Measure(await CorpusArticles.LoadAsync(extractArticles, seed, null, ct), runs);
        extraction.Print(Console.Out);

        Header("compare");
        await CompareBenchmark.MeasureAsync(await CorpusArticles.LoadAsync(articles, seed, null, ct), Math.Min(runs, 3), Console.Out, ct);

        Header("writer");
        if (!Neo4jConnection.IsConfigured)
        {
            Console.WriteLine("  skipped: NEO4J_URI is not set");
        }
        else
        {
            await WriterBenchmark.RunAsync(["--articles", writerArticles.ToString(c), "--seed", seed.ToString(c)]);
            Header("end to end");
            await EndToEndBenchmark.MeasureAsync(articles, seed, e2eRuns, EndToEndBenchmark.DefaultGraph, keep: false, Console.Out, ct);
        }

        Console.WriteLine(string.Create(c, $"load average at the end: {BenchDefaults.LoadAverage()}"));
        return 0;
    }

    private static void Header(string name) => Console.WriteLine($"\n== {name}");
}
