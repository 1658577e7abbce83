using System.Diagnostics;
using System.Globalization;
using Graph.Bench.Corpus;
using Graph.Bench.Extraction;
using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Bench.Compare;

/// <summary>
/// <c>compare</c>: the npm package compromise (people, places, organisations) against our entity stages (the
/// same three kinds: segmentation, mention rules and name tagger, resolution) and our whole extraction (plus
/// roles and events), each on one thread over the same corpus bodies, reading not counted; medians of several runs.
/// </summary>
internal static class CompareBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = BenchArguments.Parse(args, ["--articles", "--seed", "--runs", "--corpus"]);
        var count = options.Int("--articles", 1000, min: 1);
        var seed = options.Int("--seed", BenchDefaults.Seed);
        var runs = options.Int("--runs", 3, min: 1);
        var corpus = await CorpusArticles.LoadAsync(count, seed, options.Text("--corpus"), CancellationToken.None);
        await MeasureAsync(corpus, runs, Console.Out, CancellationToken.None);
        return 0;
    }

    public static async Task<CompromiseResult?> MeasureAsync(CorpusArticles corpus, int runs, TextWriter output, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"compare: {corpus.Articles.Count} articles, {corpus.Words:N0} words from {corpus.Folder}; one thread each, {runs} runs, medians; load average {BenchDefaults.LoadAverage()}"));

        var stages = ExtractionStages.Default;
        var extractor = stages.Extractor;
        ExtractionBenchmark.Pass(extractor, corpus.Articles.Take(50).ToList(), 0, 1);
        var entitySeconds = new List<double>();
        var fullSeconds = new List<double>();
        var found = new Dictionary<EntityType, int>();
        for (var run = 0; run < runs; run++)
        {
            found.Clear();
            var clock = Stopwatch.StartNew();
            foreach (var article in corpus.Articles)
            {
                foreach (var mention in extractor.Analyze(article, cancellationToken).Mentions)
                {
                    if (mention.Kind != MentionKind.Pronoun)
                        found[mention.Type] = found.GetValueOrDefault(mention.Type) + 1;
                }
            }

            entitySeconds.Add(clock.Elapsed.TotalSeconds);
            fullSeconds.Add(ExtractionBenchmark.Pass(extractor, corpus.Articles, corpus.Words, 1).Seconds);
        }

        Line(output, "Graph, entities only", Statistics.Median(entitySeconds), corpus.Words,
            $"persons {found.GetValueOrDefault(EntityType.Person):N0}, places {found.GetValueOrDefault(EntityType.Country) + found.GetValueOrDefault(EntityType.Location):N0}, organisations {found.GetValueOrDefault(EntityType.Organization):N0} mentions");
        Line(output, "Graph, whole extraction", Statistics.Median(fullSeconds), corpus.Words, "entities, roles, events");

        if (await CompromiseRunner.UnavailableAsync(cancellationToken) is { } reason)
        {
            output.WriteLine($"  compromise: skipped, {reason}");
            return null;
        }

        var compromise = await CompromiseRunner.RunAsync(corpus.Folder, runs, cancellationToken);
        if (compromise.Articles != corpus.Articles.Count)
            throw new InvalidOperationException($"compromise read {compromise.Articles} articles, the benchmark {corpus.Articles.Count}.");
        Line(output, "compromise 14.17 (node)", compromise.MedianSeconds, corpus.Words,
            $"people {compromise.People:N0}, places {compromise.Places:N0}, organizations {compromise.Organizations:N0} matches");
        output.WriteLine(string.Create(c,
            $"  compromise takes {compromise.MedianSeconds / Statistics.Median(entitySeconds):F1}x the time of Graph's entity stages, {compromise.MedianSeconds / Statistics.Median(fullSeconds):F1}x that of its whole extraction"));
        return compromise;
    }

    private static void Line(TextWriter output, string name, double seconds, long words, string found) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-24}: {seconds:F2} s, {words / seconds:N0} words/s ({found})"));
}
