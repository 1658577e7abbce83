namespace Graph.Bench.Writer;

/// <summary>Command-line options of the writer benchmark.</summary>
internal sealed record WriterBenchmarkOptions(int Articles, int NaiveArticles, int BatchSize, int Seed, bool Keep, int Concurrency = 1, int Together = 32)
{
    public static WriterBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        int? articles = null, naive = null;
        var batchSize = 1000;
        var seed = 42;
        var keep = false;
        var concurrency = 1;
        var together = new Graph.Neo4j.Writing.GraphWriterOptions().ArticlesPerTransaction;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--articles": articles = Positive(args, ++i); break;
                case "--naive-articles": naive = Positive(args, ++i); break;
                case "--batch-size": batchSize = Positive(args, ++i); break;
                case "--seed": seed = Number(args, ++i); break;
                case "--keep": keep = true; break;
                case "--concurrency": concurrency = Positive(args, ++i); break;
                case "--together": together = Positive(args, ++i); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        var n = articles ?? 500;
        return new WriterBenchmarkOptions(n, naive ?? Math.Max(10, n / 10), batchSize, seed, keep, concurrency, together);
    }

    private static int Positive(IReadOnlyList<string> args, int i) =>
        Number(args, i) is var value and > 0 ? value : throw new ArgumentException($"{args[i - 1]} needs a positive number.");

    private static int Number(IReadOnlyList<string> args, int i) =>
        i < args.Count && int.TryParse(args[i], out var value) ? value : throw new ArgumentException($"{args[i - 1]} needs a number.");
}
