using System.CommandLine;
using Graph.Extraction;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Ner;
using Graph.Extraction.Ner.Training;
using Graph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph train --data ner_dataset.csv --out ner.model [--epochs N] [--holdout SHARE] [--seed N]</c>: trains
/// the name tagger on the GMB corpus, printing the holdout token accuracy and entity P/R/F1 per type after
/// each epoch, and saves the model (see src/Graph.Extraction/Ner/README.md).
/// Exit code: 0 model written, 1 usage error, unreadable corpus or unwritable model.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data")
        {
            Description = "The GMB NER corpus (ner_dataset.csv: Latin-1, columns Sentence #,Word,POS,Tag).",
            HelpName = "CSV",
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the model (gzipped binary).",
            HelpName = "FILE",
            Required = true,
        };
        var defaults = new TrainerOptions();
        var epochs = new Option<int>("--epochs")
        {
            Description = "Passes over the training sentences.",
            DefaultValueFactory = _ => defaults.Epochs,
        };
        epochs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError("--epochs must be at least 1.");
        });
        var holdout = new Option<double>("--holdout")
        {
            Description = "Share of sentences held out (every n-th, deterministic) to score each epoch; 0 trains on all.",
            HelpName = "SHARE",
            DefaultValueFactory = _ => 0.1,
        };
        holdout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or >= 1)
                r.AddError("--holdout must be at least 0 and below 1.");
        });
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the per-epoch shuffle.",
            DefaultValueFactory = _ => defaults.Seed,
        };
        var command = new Command("train",
            "Train the statistical name tagger on the GMB corpus and save its model. "
            + "Exit code 0: model written; 1: usage error, unreadable corpus or unwritable model.")
        {
            data, output, epochs, holdout, seed,
        };

        command.SetAction((parseResult, cancellationToken) => WorkerHost.RunAsync(
            parseResult,
            (services, _) => services.AddExtraction(),
            async (services, token) =>
            {
                var stdout = parseResult.InvocationConfiguration.Output;
                var error = parseResult.InvocationConfiguration.Error;
                var gazetteer = services.GetRequiredService<IGazetteer>();
                var options = defaults with
                {
                    Epochs = parseResult.GetValue(epochs),
                    Seed = parseResult.GetValue(seed),
                };

                var path = parseResult.GetRequiredValue(data).FullName;
                NerModel model;
                try
                {
                    model = NerTraining.Train(path, gazetteer, options, parseResult.GetValue(holdout), line =>
                    {
                        stdout.WriteLine(line);
                        stdout.Flush();
                    }, token);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    await error.WriteLineAsync($"train: cannot read {path}: {e.Message}".AsMemory(), token);
                    return ExitCodes.Fatal;
                }

                var outPath = Path.GetFullPath(parseResult.GetRequiredValue(output));
                if (!await ModelFile.TryWriteAsync("train", outPath, model.Save, error, token))
                    return ExitCodes.Fatal;

                await stdout.WriteLineAsync($"model: {model.FeatureCount} features, {new FileInfo(outPath).Length} bytes, {outPath}".AsMemory(), token);
                await stdout.FlushAsync(token);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
