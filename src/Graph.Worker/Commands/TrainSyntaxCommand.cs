using System.CommandLine;
using System.Numerics;
using Graph.Extraction.Syntax;
using Graph.Extraction.Syntax.Training;
using Graph.Worker.Hosting;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph train-syntax --treebank DIR --out syntax.model [--clusters FILE] [--silver FILE] [--tagger-epochs N] [--parser-epochs N] [--beam K] [--seed N]</c>:
/// trains the part-of-speech tagger and the dependency parser on a UD treebank's *-train.conllu, printing the
/// scores on its *-dev.conllu after each parser epoch, and saves the model (see src/Graph.Extraction/Syntax/README.md).
/// Exit code: 0 model written, 1 usage error, unreadable treebank or unwritable model.
/// </summary>
internal static class TrainSyntaxCommand
{
    public static Command Create()
    {
        var treebank = new Option<DirectoryInfo>("--treebank")
        {
            Description = "A UD treebank folder holding *-train.conllu (and *-dev.conllu to score each epoch).",
            HelpName = "DIR",
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the model (gzipped binary).",
            HelpName = "FILE",
            Required = true,
        };
        var clusters = new Option<FileInfo>("--clusters")
        {
            Description = "Brown clusters of words (train-clusters' output) for the features; kept in the model.",
            HelpName = "FILE",
        };
        var silver = new Option<FileInfo>("--silver")
        {
            Description = "Sentences parsed by a more accurate parser (CoNLL-U, e.g. a beam model's `parse --conllu` of unlabelled text) that the parser also trains on (uptraining).",
            HelpName = "FILE",
        };
        silver.AcceptExistingOnly();
        var defaults = new SyntaxTrainerOptions();
        var taggerEpochs = Bounded("--tagger-epochs", "Passes of the tagger over the training sentences.", defaults.TaggerEpochs, 1);
        var parserEpochs = Bounded("--parser-epochs", "Passes of the parser over the training sentences.", defaults.ParserEpochs, 1);
        var folds = new Option<int>("--folds")
        {
            Description = "The parser trains on tags of taggers that did not see the sentence (jackknifing in this many folds; below 2, gold tags).",
            DefaultValueFactory = _ => defaults.Folds,
        };
        var beam = Bounded("--beam", "Train the parser over a beam this wide (global training, max-violation updates) and parse with it; 1 is the greedy parser.",
            defaults.BeamWidth, 1, 64);
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the shuffles and of the parser's exploration.",
            DefaultValueFactory = _ => defaults.Seed,
        };
        var prune = Bounded("--prune", "Averaged weights smaller than this are left out of the model (smaller model, faster loading).", defaults.Prune, 0f, 100f);
        var minCount = Bounded("--min-count", "Features seen fewer times than this in the first epoch are dropped (a smaller, faster model; 1 keeps all).",
            defaults.MinFeatureCount, 1);
        var command = new Command("train-syntax",
            "Train the part-of-speech tagger and dependency parser on a Universal Dependencies treebank and save the model. "
            + "Exit code 0: model written; 1: usage error, unreadable treebank or unwritable model.")
        {
            treebank, output, clusters, silver, taggerEpochs, parserEpochs, beam, folds, minCount, prune, seed,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var folder = parseResult.GetRequiredValue(treebank).FullName;
            var options = defaults with
            {
                TaggerEpochs = parseResult.GetValue(taggerEpochs),
                ParserEpochs = parseResult.GetValue(parserEpochs),
                Folds = parseResult.GetValue(folds),
                Seed = parseResult.GetValue(seed),
                Prune = parseResult.GetValue(prune),
                MinFeatureCount = parseResult.GetValue(minCount),
                BeamWidth = parseResult.GetValue(beam),
            };
            if (parseResult.GetValue(clusters) is { } file)
            {
                try
                {
                    using var reader = file.OpenText();
                    options = options with { Clusters = WordClusters.Read(reader) };
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    await error.WriteLineAsync($"train-syntax: cannot read {file.FullName}: {e.Message}".AsMemory(), cancellationToken);
                    return ExitCodes.Fatal;
                }
            }

            SyntaxModel model;
            try
            {
                model = SyntaxTraining.Train(folder, parseResult.GetValue(silver)?.FullName, options, line =>
                {
                    stdout.WriteLine(line);
                    stdout.Flush();
                }, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await error.WriteLineAsync($"train-syntax: cannot read {folder}: {e.Message}".AsMemory(), cancellationToken);
                return ExitCodes.Fatal;
            }

            var outPath = Path.GetFullPath(parseResult.GetRequiredValue(output));
            if (!await ModelFile.TryWriteAsync("train-syntax", outPath, model.Save, error, cancellationToken))
                return ExitCodes.Fatal;

            await stdout.WriteLineAsync(
                $"model: {model.FeatureCount} features, {new FileInfo(outPath).Length} bytes, {model.MemoryBytes} bytes in memory, {outPath}".AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A numeric option with its default, refused below <paramref name="min"/> (or above <paramref name="max"/>, where given).</summary>
    private static Option<T> Bounded<T>(string name, string description, T value, T min, T? max = null)
        where T : struct, INumber<T>
    {
        var option = new Option<T>(name) { Description = description, DefaultValueFactory = _ => value };
        option.Validators.Add(r =>
        {
            var given = r.GetValueOrDefault<T>();
            if (max is { } top && (given < min || given > top))
                r.AddError($"{name} must lie between {min} and {top}.");
            else if (max is null && given < min)
                r.AddError($"{name} must be at least {min}.");
        });
        return option;
    }
}
