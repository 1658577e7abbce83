using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Graph.Bench.Corpus;
using Graph.Core.Articles;
using Graph.Extraction;

namespace Graph.Bench.Extraction;

/// <summary>Words per second of one pass of the extractor over a corpus held in memory.</summary>
/// <param name="Threads">Threads that extracted.</param>
/// <param name="Seconds">Wall time of the pass.</param>
/// <param name="WordsPerSecond">Body words of the corpus divided by <paramref name="Seconds"/>.</param>
/// <param name="AllocatedBytes">Bytes allocated during the pass, all threads.</param>
/// <param name="CpuSeconds">Processor time the process used during the pass (all its threads): unlike wall time, it does not grow when other programs take the cores.</param>
/// <param name="GcPauseSeconds">Time the runtime paused the program for garbage collections during the pass.</param>
/// <param name="Collections">Garbage collections during the pass (all generations).</param>
internal sealed record ExtractionPass(int Threads, double Seconds, double WordsPerSecond, long AllocatedBytes, double CpuSeconds, double GcPauseSeconds, int Collections)
{
    public double WordsPerCpuSecond(long words) => words / CpuSeconds;
}

/// <summary>
/// <c>extract</c>: the extractor (segmentation, mentions, name tagger, resolution, roles, events) over the
/// synthetic corpus in memory, on one thread and on all cores, several runs each; medians of words per second,
/// and where the time goes by stage. Reading the files is not counted.
/// </summary>
internal static class ExtractionBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = BenchArguments.Parse(args, ["--articles", "--seed", "--runs", "--corpus"]);
        var count = options.Int("--articles", 1000, min: 1);
        var seed = options.Int("--seed", BenchDefaults.Seed);
        var runs = options.Int("--runs", 5, min: 1);
        var corpus = await CorpusArticles.LoadAsync(count, seed, options.Text("--corpus"), CancellationToken.None);
        var report = Measure(corpus, runs);
        report.Print(Console.Out);
        return 0;
    }

    public static ExtractionReport Measure(CorpusArticles corpus, int runs)
    {
        var stages = ExtractionStages.Default;
        var extractor = stages.Extractor;
        // Warm-up: JIT, the embedded model and the gazetteers, on both paths.
        Pass(extractor, corpus.Articles.Take(Math.Min(50, corpus.Articles.Count)).ToList(), 0, 1);
        Pass(extractor, corpus.Articles.Take(Math.Min(50, corpus.Articles.Count)).ToList(), 0, Environment.ProcessorCount);

        var single = new List<ExtractionPass>();
        var parallel = new List<ExtractionPass>();
        for (var run = 0; run < runs; run++)
        {
            // Alternated, so that both meet the same background load.
            single.Add(Pass(extractor, corpus.Articles, corpus.Words, 1));
            parallel.Add(Pass(extractor, corpus.Articles, corpus.Words, Environment.ProcessorCount));
        }

        var ticks = new long[ExtractionStages.Names.Length];
        var bytes = new long[ExtractionStages.Names.Length];
        foreach (var article in corpus.Articles)
            stages.Run(article, ticks, bytes);

        return new ExtractionReport(corpus, runs, single, parallel, ticks, bytes);
    }

    /// <summary>One pass over the articles with the given number of threads (1: the calling thread alone).</summary>
    public static ExtractionPass Pass(GraphExtractor extractor, IReadOnlyList<Article> articles, long words, int threads)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        if (threads == 1)
        {
            foreach (var article in articles)
                extractor.Extract(article, CancellationToken.None);
        }
        else
        {
            // Small chunks handed out on demand, as the pipeline's extract workers take articles from a channel.
            var parts = Partitioner.Create(0, articles.Count, 4);
            Parallel.ForEach(parts, new ParallelOptions { MaxDegreeOfParallelism = threads }, range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                    extractor.Extract(articles[i], CancellationToken.None);
            });
        }

        clock.Stop();
        process.Refresh();
        var seconds = clock.Elapsed.TotalSeconds;
        return new ExtractionPass(threads, seconds, words / seconds, GC.GetTotalAllocatedBytes(precise: true) - allocated,
            (process.TotalProcessorTime - cpu).TotalSeconds, (GC.GetTotalPauseDuration() - paused).TotalSeconds, GC.CollectionCount(0) - collections);
    }
}

/// <summary>The figures of one <c>extract</c> run.</summary>
internal sealed record ExtractionReport(
    CorpusArticles Corpus,
    int Runs,
    IReadOnlyList<ExtractionPass> Single,
    IReadOnlyList<ExtractionPass> Parallel,
    IReadOnlyList<long> StageTicks,
    IReadOnlyList<long> StageBytes)
{
    public double SingleWordsPerSecond => Statistics.Median(Single.Select(p => p.WordsPerSecond).ToList());

    public double ParallelWordsPerSecond => Statistics.Median(Parallel.Select(p => p.WordsPerSecond).ToList());

    public int Cores => Parallel[0].Threads;

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var articles = Corpus.Articles.Count;
        output.WriteLine(string.Create(c, $"extraction: {articles} articles, {Corpus.Words:N0} words ({Corpus.Words / (double)articles:F0} per article) from {Corpus.Folder}"));
        output.WriteLine(string.Create(c, $"  {Environment.ProcessorCount} cores, load average {BenchDefaults.LoadAverage()}, {Runs} runs each, medians; words = body words as wc -w counts them; reading not counted"));
        Line(output, "1 thread", Single, SingleWordsPerSecond);
        Line(output, $"{Cores} threads", Parallel, ParallelWordsPerSecond);
        output.WriteLine(string.Create(c, $"  per core, all cores busy: {ParallelWordsPerSecond / Cores:N0} words/s; scaling {ParallelWordsPerSecond / SingleWordsPerSecond:F2}x on {Cores} cores"));
        output.WriteLine(string.Create(c,
            $"  per CPU second (process CPU time, not wall time): {Statistics.Median(Single.Select(p => p.WordsPerCpuSecond(Corpus.Words)).ToList()):N0} words (1 thread), {Statistics.Median(Parallel.Select(p => p.WordsPerCpuSecond(Corpus.Words)).ToList()):N0} words ({Cores} threads)"));
        var perWord = Single.Average(p => (double)p.AllocatedBytes) / Corpus.Words;
        var pause = Single.Sum(p => p.GcPauseSeconds) / Single.Sum(p => p.Seconds);
        output.WriteLine(string.Create(c, $"  allocated: {perWord:F0} bytes per word ({perWord * Corpus.Words / articles / 1024:F0} KiB per article); GC: {Single.Average(p => p.Collections):F0} collections per pass, paused {100 * pause:F0}% of the time (1 thread)"));

        var total = StageTicks.Sum();
        output.Write("  stages (1 thread, one pass): ");
        output.WriteLine(string.Join(", ", ExtractionStages.Names.Select((name, i) =>
            string.Create(c, $"{name} {100.0 * StageTicks[i] / total:F0}% ({Corpus.Words / (StageTicks[i] / (double)Stopwatch.Frequency) / 1000:N0}k words/s, {StageBytes[i] / (double)Corpus.Words:F0} B/word)"))));
    }

    private void Line(TextWriter output, string name, IReadOnlyList<ExtractionPass> passes, double median)
    {
        var c = CultureInfo.InvariantCulture;
        var rates = passes.Select(p => p.WordsPerSecond).Order().ToList();
        output.WriteLine(string.Create(c,
            $"  {name,-10}: {median:N0} words/s ({median / Corpus.Words * Corpus.Articles.Count:N0} articles/s; runs {rates[0]:N0} .. {rates[^1]:N0})"));
    }
}
