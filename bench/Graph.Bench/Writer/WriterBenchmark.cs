using System.Diagnostics;
using System.Globalization;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Graph.Neo4j.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Bench.Writer;

/// <summary>
/// Writes synthetic documents with the real writer and with the naive one against the same server in the
/// same run, and prints elements per second of each and their ratio.
/// <para>
/// To compare like with like on a shared, noisy machine, the two are interleaved: the real writer writes
/// articles in order, and after every k-th one the naive writer writes the same article (its own article
/// and event ids, the same entities). Both thus meet the same database (how many entities already exist)
/// and the same background load. A warm-up (JIT, query plans) runs first and is not counted.
/// </para>
/// </summary>
internal static class WriterBenchmark
{
    private const int WarmUpArticles = 30;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        WriterBenchmarkOptions options;
        try
        {
            options = WriterBenchmarkOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddNeo4j(configuration)
            .AddNeo4jGraphWriter(configuration, o => (o.BatchSize, o.ArticlesPerTransaction) = (options.BatchSize, options.Together));
        // The writer's requests are timed, reads apart from writes; the naive writer uses the client underneath.
        TimedNeo4jClient.Decorate(collection);
        await using var services = collection.BuildServiceProvider();
        INeo4jClient client;
        TimedNeo4jClient timed;
        RealWriter real;
        try
        {
            timed = services.GetRequiredService<TimedNeo4jClient>();
            client = timed.Inner;
            real = new RealWriter(services.GetRequiredService<IGraphWriter>());
        }
        catch (OptionsValidationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        var naive = new NaiveGraphWriter(client);
        var ct = CancellationToken.None;

        var server = await client.GetServerInfoAsync(ct);
        await services.GetRequiredService<ISchemaBootstrapper>().EnsureAppliedAsync(ct);
        var run = "b" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        string[] tags = [$"{run}w", $"{run}r", $"{run}n", $"{run}e"];
        var naiveCount = Math.Min(options.NaiveArticles, options.Articles);
        var step = options.Articles / naiveCount;
        Console.WriteLine($"writer benchmark: Neo4j {server.Version} {server.Edition} ({server.Api} API), {Environment.ProcessorCount} cores, load average {BenchDefaults.LoadAverage()}, seed {options.Seed}, batch size {options.BatchSize}");
        Console.WriteLine($"batched writer: {options.Articles} articles, documents of {options.Together} (one transaction each), {options.Concurrency} at a time; naive writer: every {step}th of them ({naiveCount}), one at a time, interleaved");

        try
        {
            var warmUp = new SyntheticCorpus(options.Seed + 1, tags[0], tags[0]);
            for (var i = 0; i < WarmUpArticles; i++)
            {
                await real.WriteAsync([warmUp.Document(i)], ct);
                if (i % 5 == 0)
                    await naive.WriteAsync(new SyntheticCorpus(options.Seed + 1, tags[0] + "n", tags[0]).Document(i), ct);
            }

            timed.Reset();
            var batchedCorpus = new SyntheticCorpus(options.Seed, tags[1], tags[3]);
            var naiveCorpus = new SyntheticCorpus(options.Seed, tags[2], tags[3]);
            var batched = new Tally();
            var oneByOne = new Tally();
            var per = options.Together;
            for (var i = 0; i < options.Articles; i += per * options.Concurrency)
            {
                // Lists of --together articles, as the pipeline hands the writer; with --concurrency C, C of them at once.
                var documents = Enumerable.Range(0, options.Concurrency).Select(c => i + c * per).Where(start => start < options.Articles)
                    .Select(start => Enumerable.Range(start, Math.Min(per, options.Articles - start)).ToList()).ToList();
                await batched.TimeAsync(
                    documents.Select(d => (Func<Task<int>>)(() => real.WriteAsync([.. d.Select(batchedCorpus.Document)], ct))).ToList(),
                    documents.Sum(d => d.Count));
                foreach (var a in documents.SelectMany(d => d).Where(a => a % step == 0 && oneByOne.Articles < naiveCount))
                    await oneByOne.TimeAsync([() => naive.WriteAsync(naiveCorpus.Document(a), ct)], 1);
            }

            batched.Print("batched");
            var (reads, readTime) = timed.Reads;
            var (writes, writeTime) = timed.Writes;
            var (transactions, transactionTime) = timed.Transactions;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"          per article: {reads / (double)batched.Articles:F1} read requests ({readTime.TotalMilliseconds / batched.Articles:F1} ms), {writes / (double)batched.Articles:F1} write requests ({writeTime.TotalMilliseconds / batched.Articles:F1} ms); {transactions} transactions of several articles, {transactionTime.TotalMilliseconds / Math.Max(1, transactions):F1} ms each with their commit"));
            oneByOne.Print("naive");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio   : {batched.Rate / oneByOne.Rate:F1}x elements/s (batched / naive)"));
        }
        finally
        {
            if (!options.Keep)
            {
                foreach (var tag in tags.Append(tags[0] + "n"))
                    await CleanUpAsync(client, tag, ct);
            }
        }

        return 0;
    }

    /// <summary>Deletes the nodes one tag was used for, label by label, in bounded transactions.</summary>
    private static async Task CleanUpAsync(INeo4jClient client, string tag, CancellationToken ct)
    {
        foreach (var (label, prefix) in SyntheticCorpus.KeyPrefixes(tag))
        {
            var cypher = $"MATCH (n:{label}) WHERE n.key STARTS WITH $prefix WITH n LIMIT 2000 DETACH DELETE n RETURN count(*)";
            while (true)
            {
                var result = await client.ExecuteAsync([new CypherStatement(cypher, new Dictionary<string, object?> { ["prefix"] = prefix })], ct);
                if (result[0].Rows[0][0].GetInt64() == 0)
                    break;
            }
        }
    }

    /// <summary>The real writer, failing the run if an article is not written (the synthetic data is valid).</summary>
    private sealed class RealWriter(IGraphWriter writer)
    {
        public async Task<int> WriteAsync(IReadOnlyList<Graph.Core.Model.GraphDocument> articles, CancellationToken ct)
        {
            var result = await writer.WriteAsync(articles, ct);
            var notWritten = result.Articles.FirstOrDefault(a => a.Status != ArticleWriteStatus.Written);
            return notWritten is null
                ? result.Elements
                : throw new InvalidOperationException($"{notWritten.ArticleId}: {notWritten.Status} {notWritten.Error}");
        }
    }

    /// <summary>Articles, elements and time spent writing them, for one writer.</summary>
    private sealed class Tally
    {
        private readonly Stopwatch _clock = new();

        public int Articles { get; private set; }

        public long Elements { get; private set; }

        public double Rate => Elements / _clock.Elapsed.TotalSeconds;

        /// <summary>Runs the writes (of <paramref name="articles"/> articles in all) at once and counts the wall time until the last one ends.</summary>
        public async Task TimeAsync(IReadOnlyList<Func<Task<int>>> writes, int articles)
        {
            _clock.Start();
            var elements = await Task.WhenAll(writes.Select(write => write()));
            _clock.Stop();
            Articles += articles;
            Elements += elements.Sum();
        }

        public void Print(string name) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-8}: {Articles} articles, {Elements} elements in {_clock.Elapsed.TotalSeconds:F1} s -> {Rate:F0} elements/s ({Articles / _clock.Elapsed.TotalSeconds:F1} articles/s)"));
    }
}
