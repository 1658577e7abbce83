using Graph.Bench.Corpus;
using Graph.Core.Articles;

namespace Graph.Bench.Micro;

/// <summary>
/// The input of every micro benchmark: the first articles of the synthetic corpus (seed 42), written to a
/// temporary folder and read back through the real article reader, as ingest reads them.
/// </summary>
public static class SampleArticles
{
    public const int Count = 20;

    private static readonly Lazy<IReadOnlyList<Article>> Loaded = new(Load);

    public static IReadOnlyList<Article> All => Loaded.Value;

    private static IReadOnlyList<Article> Load()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"graph-bench-micro-{Environment.ProcessId}");
        try
        {
            new CorpusGenerator(BenchDefaults.Seed).Write(folder, Count);
            return CorpusArticles.ReadAsync(folder, CancellationToken.None).GetAwaiter().GetResult().Articles;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
