using System.Globalization;
using Graph.Bench.Corpus;

namespace Graph.Bench.Commands;

/// <summary><c>corpus --articles N [--seed S] --out DIR</c>: writes the synthetic corpus as Markdown files.</summary>
internal static class CorpusCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var options = BenchArguments.Parse(args, ["--articles", "--seed", "--out"]);
        var count = options.Int("--articles", 1000, min: 1);
        var seed = options.Int("--seed", BenchDefaults.Seed);
        var folder = options.Text("--out") ?? BenchDefaults.CorpusFolder(count, seed);
        var words = new CorpusGenerator(seed).Write(folder, count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {count} articles, {words:N0} words (seed {seed}) in {folder}"));
        return 0;
    }
}
