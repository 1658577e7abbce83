using System.CommandLine;
using System.Diagnostics;
using Graph.Extraction.Syntax.Conllu;
using Graph.Extraction.Syntax.Training;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph train-syntax --treebank DIR --out syntax.model [--tagger-epochs N] [--parser-epochs N] [--seed N]</c>:
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
        var defaults = new SyntaxTrainerOptions();
        var taggerEpochs = Epochs("--tagger-epochs", "Passes of the tagger over the training sentences.", defaults.TaggerEpochs);
        var parserEpochs = Epochs("--parser-epochs", "Passes of the parser over the training sentences.", defaults.ParserEpochs);
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the shuffles and of the parser's exploration.",
            DefaultValueFactory = _ => defaults.Seed,
        };
        var prune = new Option<float>("--prune")
        {
            Description = "Averaged weights smaller than this are left out of the model (smaller model, faster loading).",
            DefaultValueFactory = _ => defaults.Prune,
        };
        prune.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<float>() is < 0 or > 100)
                r.AddError("--prune must lie between 0 and 100.");
        });
        var command = new Command("train-syntax",
            "Train the part-of-speech tagger and dependency parser on a Universal Dependencies treebank and save the model. "
            + "Exit code 0: model written; 1: usage error, unreadable treebank or unwritable model.")
        {
            treebank, output, taggerEpochs, parserEpochs, prune, seed,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var folder = parseResult.GetRequiredValue(treebank).FullName;
            List<ConlluSentence> training, development;
            try
            {
                training = ReadOne(folder, "*-train.conllu", required: true);
                development = ReadOne(folder, "*-dev.conllu", required: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await error.WriteLineAsync($"train-syntax: cannot read {folder}: {e.Message}".AsMemory(), cancellationToken);
                return ExitCodes.Fatal;
            }

            await stdout.WriteLineAsync($"{training.Count} training sentences, {development.Count} development sentences".AsMemory(), cancellationToken);
            var options = defaults with
            {
                TaggerEpochs = parseResult.GetValue(taggerEpochs),
                ParserEpochs = parseResult.GetValue(parserEpochs),
                Seed = parseResult.GetValue(seed),
                Prune = parseResult.GetValue(prune),
            };
            var clock = Stopwatch.StartNew();
            var model = new SyntaxTrainer(options).Train(training, development, line =>
            {
                stdout.WriteLine(FormattableString.Invariant($"({clock.Elapsed.TotalSeconds:0}s) {line}"));
                stdout.Flush();
            }, cancellationToken);

            var outPath = Path.GetFullPath(parseResult.GetRequiredValue(output));
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
                var temporary = outPath + ".tmp";
                await using (var file = File.Create(temporary))
                    model.Save(file);
                File.Move(temporary, outPath, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"train-syntax: cannot write {outPath}: {e.Message}".AsMemory(), cancellationToken);
                return ExitCodes.Fatal;
            }

            await stdout.WriteLineAsync(
                $"model: {model.FeatureCount} features, {new FileInfo(outPath).Length} bytes, {model.MemoryBytes} bytes in memory, {outPath}".AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<int> Epochs(string name, string description, int value)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => value };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError($"{name} must be at least 1.");
        });
        return option;
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
