using System.Globalization;
using Graph.Bench.Corpus;
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
/// degree of a hub (<c>--shape hub-event</c>, <c>hub-actor</c>).
/// </summary>
internal static class ProfileCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = BenchArguments.Parse(args, ["--articles", "--seed", "--shape"]);
        var count = options.Int("--articles", 1000, min: 1);
        var seed = options.Int("--seed", BenchDefaults.Seed);
        var shape = CorpusShapes.Parse(options.Text("--shape") ?? "hub-event");
        var ct = CancellationToken.None;
        var c = CultureInfo.InvariantCulture;

        var folder = BenchDefaults.CorpusFolder(count + 1, seed, shape);
        new CorpusGenerator(seed, shape).Write(folder, count + 1);
        var corpus = await CorpusArticles.ReadAsync(folder, ct);
        var extractor = new ServiceCollection().AddExtraction().BuildServiceProvider().GetRequiredService<IGraphExtractor>();
        var documents = corpus.Articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => extractor.Extract(a, ct)).ToList();

        await using (var services = Neo4jConnection.Create((collection, configuration) => collection.AddNeo4jGraphWriter(configuration)))
        {
            var writer = services.GetRequiredService<IGraphWriter>();
            var written = 0;
            foreach (var document in documents.Take(count))
            {
                var result = await writer.WriteAsync([document], ct);
                written += result.Articles.Count(a => a.Status == ArticleWriteStatus.Written);
            }

            Console.WriteLine(string.Create(c, $"profile: {count} articles of the {CorpusShapes.Name(shape)} corpus (seed {seed}) stored ({written} written now); article {count + 1}, load average {BenchDefaults.LoadAverage()}:"));
        }

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
                await services.GetRequiredService<IGraphWriter>().WriteAsync([documents[count]], ct);
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

    /// <summary>The statement on one line, cut short.</summary>
    private static string Summary(string text) => Shorten(string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)), 110);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
