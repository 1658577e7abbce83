using System.Globalization;
using Graph.Bench.Corpus;

namespace Graph.Bench.Commands;

/// <summary><c>corpus --articles N [--seed S] [--shape SHAPE] [--out DIR]</c>: writes the synthetic corpus as Markdown files.</summary>
internal static class CorpusCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var options = BenchArguments.Parse(args, ["--articles", "--seed", "--shape", "--out"]);
        var count = options.Int("--articles", 1000, min: 1);
        var seed = options.Int("--seed", BenchDefaults.Seed);
        var shape = CorpusShapes.Parse(options.Text("--shape"));
        var folder = options.Text("--out") ?? BenchDefaults.CorpusFolder(count, seed, shape);
        var words = new CorpusGenerator(seed, shape).Write(folder, count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {count} articles, {words:N0} words (seed {seed}, {CorpusShapes.Name(shape)}) in {folder}"));
        return 0;
    }
}
