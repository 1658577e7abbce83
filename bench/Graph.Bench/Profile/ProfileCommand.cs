using System.Globalization;
using Graph.Bench.Corpus;
using Graph.Core.Articles;
using Graph.Extraction;
using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Bench.Profile;

/// <summary>
/// <c>profile</c>: writes articles 1..N of a corpus with the real writer (those not stored yet, one document each), then
/// writes article N+1 once more through <see cref="ProfilingNeo4jClient"/>: every statement the writer sends for it,
/// with Neo4j's database hits, rolled back afterwards. Run at two sizes, it shows which statements grow with the
/// degree of a hub (<c>--shape hub-event</c>, <c>hub-actor</c>). With <c>--stored</c> the first N articles are taken as
/// already in the graph (<c>e2e --keep</c> of a large corpus) and only the profiled one is extracted.
/// </summary>
internal static class ProfileCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = BenchArguments.Parse(args, ["--articles", "--seed", "--shape", "--article"], ["--stored"]);
        var count = options.Int("--articles", 1000, min: 1);
        var seed = options.Int("--seed", BenchDefaults.Seed);
        var shape = CorpusShapes.Parse(options.Text("--shape") ?? "hub-event");
        // Any article after the stored ones: the same article profiled on graphs of two sizes shows what grows with them.
        var number = options.Int("--article", count + 1, min: count + 1);
        var stored = options.Has("--stored");
        var ct = CancellationToken.None;
        var c = CultureInfo.InvariantCulture;

        var generator = new CorpusGenerator(seed, shape);
        var extractor = new ServiceCollection().AddExtraction().BuildServiceProvider().GetRequiredService<IGraphExtractor>();
        var written = 0;
        if (!stored)
        {
            var folder = BenchDefaults.CorpusFolder(count, seed, shape);
            generator.Write(folder, count);
            var corpus = await CorpusArticles.ReadAsync(folder, ct);
            await using var services = Neo4jConnection.Create((collection, configuration) => collection.AddNeo4jGraphWriter(configuration));
            var writer = services.GetRequiredService<IGraphWriter>();
            foreach (var article in corpus.Articles.OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                var result = await writer.WriteAsync([extractor.Extract(article, ct)], ct);
                written += result.Articles.Count(a => a.Status == ArticleWriteStatus.Written);
            }
        }

        var profiledDocument = extractor.Extract(await ReadOneAsync(generator, number, BenchDefaults.CorpusFolder(count, seed, shape) + "-profiled", ct), ct);
        Console.WriteLine(string.Create(c, $"profile: {count} articles of the {CorpusShapes.Name(shape)} corpus (seed {seed}) stored ({(stored ? "by an earlier run" : $"{written} written now")}); article {number}, load average {BenchDefaults.LoadAverage()}:"));

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        using var http = new HttpClient();
        var profiler = new ProfilingNeo4jClient(http, new Uri(configuration["NEO4J_URI"]!.TrimEnd('/') + "/"),
            configuration["NEO4J_USERNAME"] ?? "neo4j", configuration["NEO4J_PASSWORD"] ?? "");
        var profiled = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<INeo4jClient>(profiler)
            .AddNeo4jGraphWriter(configuration, o => o.ApplySchema = false);
        await using (var services = profiled.BuildServiceProvider())
        {
            try
            {
                await services.GetRequiredService<IGraphWriter>().WriteAsync([profiledDocument], ct);
            }
            finally
            {
                await profiler.RollBackAsync(ct);
            }
        }

        Console.WriteLine("  db hits      rows  costliest operator (hits)                     statement");
        foreach (var s in profiler.Profiled)
            Console.WriteLine(string.Create(c, $"  {s.DbHits,7:N0} {s.Rows,9:N0}  {Shorten(s.Costliest, 30),-30} {s.CostliestHits,10:N0}     {Summary(s.Text)}"));
        Console.WriteLine(string.Create(c, $"  {profiler.Profiled.Sum(s => s.DbHits),7:N0} db hits in {profiler.Profiled.Count} statements"));
        return 0;
    }

    /// <summary>Article <paramref name="number"/> of the corpus alone, written into <paramref name="folder"/> and read as <c>ingest</c> reads it.</summary>
    private static async Task<Article> ReadOneAsync(CorpusGenerator generator, int number, string folder, CancellationToken ct)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var article = generator.Article(number);
        await File.WriteAllTextAsync(Path.Combine(folder, article.FileName), article.Content, ct);
        return (await CorpusArticles.ReadAsync(folder, ct)).Articles.Single();
    }

    /// <summary>The statement on one line, cut short.</summary>
    private static string Summary(string text) => Shorten(string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)), 110);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
