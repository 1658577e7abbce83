using System.Diagnostics;
using System.Globalization;
using Graph.Extraction.Syntax;
using Graph.Extraction.Syntax.Conllu;
using Graph.Extraction.Text;

namespace Graph.Bench.Syntax;

/// <summary>
/// <c>syntax</c>: the tagger and parser alone on one thread, over the sentences of a CoNLL-U file: words per second
/// on the file's own words, and on the project's tokenisation of each sentence's text (tokenizer, treebank words,
/// tagger, parser, the public result); the model's load time and memory (the embedded model, or <c>--model FILE</c>).
/// </summary>
internal static class SyntaxBenchmark
{
    public static int Run(IReadOnlyList<string> args)
    {
        var options = BenchArguments.Parse(args, ["--conllu", "--runs", "--model"]);
        var path = options.Text("--conllu") ?? throw new ArgumentException("syntax needs --conllu FILE (e.g. ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu).");
        var runs = options.Int("--runs", 5, min: 1);
        var sentences = ConlluReader.Read(path);
        var texts = sentences.Select(Text).ToList();
        var words = sentences.Sum(s => s.Count);
        var c = CultureInfo.InvariantCulture;

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        SyntaxModel model;
        using (var stream = options.Text("--model") is { } file
                   ? File.OpenRead(file)
                   : typeof(SyntaxModel).Assembly.GetManifestResourceStream("Graph.Extraction.Syntax.syntax.model")!)
            model = SyntaxModel.Load(stream);
        var load = clock.Elapsed.TotalSeconds;
        var heap = GC.GetTotalMemory(forceFullCollection: true) - before;
        var analyzer = new SyntaxAnalyzer(model, new SyntaxOptions());

        // Warm-up: JIT and caches.
        foreach (var s in sentences.Take(200))
            analyzer.Parse(s.Forms);

        var gold = new List<double>();
        var goldCpu = new List<double>();
        var own = new List<double>();
        var ownWords = 0L;
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            clock.Restart();
            foreach (var s in sentences)
                analyzer.Parse(s.Forms);
            gold.Add(words / clock.Elapsed.TotalSeconds);
            process.Refresh();
            goldCpu.Add(words / (process.TotalProcessorTime - cpu).TotalSeconds);

            ownWords = 0;
            clock.Restart();
            foreach (var sentence in texts)
                ownWords += analyzer.Parse(sentence).Words.Count;
            own.Add(ownWords / clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(c, $"syntax: {sentences.Count} sentences, {words:N0} words from {path}; 1 thread, {runs} runs, medians; load average {BenchDefaults.LoadAverage()}"));
        Console.WriteLine(string.Create(c, $"  tagger + parser on the file's words: {Statistics.Median(gold):N0} words/s (runs {gold.Min():N0} .. {gold.Max():N0}); per CPU-second of the process: {Statistics.Median(goldCpu):N0}"));
        Console.WriteLine(string.Create(c, $"  tokenizer + words + tagger + parser on each sentence's text: {Statistics.Median(own):N0} words/s ({ownWords:N0} words; runs {own.Min():N0} .. {own.Max():N0})"));
        Console.WriteLine(string.Create(c, $"  model: {model.FeatureCount:N0} features, beam {model.BeamWidth}, loaded in {load:F2} s, weights {model.MemoryBytes / 1048576.0:F1} MiB, managed heap growth {heap / 1048576.0:F1} MiB"));
        return 0;
    }

    /// <summary>The sentence's text comment, or its words joined as the file's SpaceAfter marks say.</summary>
    private static Sentence Text(ConlluSentence s)
    {
        var text = s.Lines.FirstOrDefault(l => l.StartsWith("# text = ", StringComparison.Ordinal))?["# text = ".Length..] ?? string.Join(' ', s.Forms);
        return new Sentence(0, 0, text.Length, text, Tokenizer.Tokenize(text));
    }
}
