using System.Diagnostics;
using Graph.Extraction.Syntax.Conllu;

namespace Graph.Extraction.Syntax.Training;

/// <summary>
/// The <c>train-syntax</c> operation: reads a treebank folder (its one <c>*-train.conllu</c> and, when there is one,
/// its <c>*-dev.conllu</c>) and trains the tagger and parser, saying how it goes on <c>progress</c>, one line at a
/// time, each with the time since training began.
/// </summary>
public static class SyntaxTraining
{
    /// <exception cref="IOException">The treebank cannot be read (also <see cref="UnauthorizedAccessException"/>, <see cref="InvalidDataException"/>).</exception>
    public static SyntaxModel Train(
        string treebankFolder, string? silverFile, SyntaxTrainerOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var training = ReadOne(treebankFolder, "*-train.conllu", required: true);
        var development = ReadOne(treebankFolder, "*-dev.conllu", required: false);
        var silver = silverFile is null ? [] : ConlluReader.Read(silverFile);
        progress($"{training.Count} training sentences, {development.Count} development sentences, {silver.Count} silver sentences");
        var clock = Stopwatch.StartNew();
        return new SyntaxTrainer(options).Train(training, development, silver,
            line => progress(FormattableString.Invariant($"({clock.Elapsed.TotalSeconds:0}s) {line}")), cancellationToken);
    }

    private static List<ConlluSentence> ReadOne(string folder, string pattern, bool required)
    {
        var files = Directory.GetFiles(folder, pattern);
        if (files.Length > 1)
            throw new InvalidDataException($"more than one {pattern}.");
        if (files.Length == 0)
            return required ? throw new InvalidDataException($"no {pattern}.") : [];
        return ConlluReader.Read(files[0]);
    }
}
