using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Graph.Extraction.Syntax;
using Graph.Extraction.Syntax.Conllu;
using Graph.Extraction.Syntax.Training;
using Graph.Worker.Hosting;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph train-clusters --gmb ner_dataset.csv --treebank DIR --out clusters.txt [--clusters N] [--min-count N]</c>:
/// Brown clusters of the words of the GMB news corpus and of the treebank's *-train.conllu (never its dev or test
/// files), for <c>train-syntax --clusters</c>, with each word's most frequent GMB (silver Penn) tag. Writes
/// "bits TAB word TAB tag" lines. Exit code: 0 written, 1 usage error,
/// unreadable input or unwritable output.
/// </summary>
internal static class TrainClustersCommand
{
    public static Command Create()
    {
        var gmb = new Option<FileInfo>("--gmb")
        {
            Description = "The GMB corpus's ner_dataset.csv (its words are read, not its tags).",
            HelpName = "FILE",
            Required = true,
        };
        var treebank = new Option<DirectoryInfo>("--treebank")
        {
            Description = "A UD treebank folder: the words of its *-train.conllu are added.",
            HelpName = "DIR",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the clusters (bits TAB word per line).",
            HelpName = "FILE",
            Required = true,
        };
        var clusters = Positive("--clusters", "Active clusters (distinct bit strings).", 256);
        var minCount = Positive("--min-count", "Words seen fewer times are left without a cluster.", 3);
        var command = new Command("train-clusters",
            "Learn Brown word clusters from unlabelled text for the syntax features. Exit code 0: clusters written; 1: usage error, unreadable input or unwritable output.")
        {
            gmb, treebank, output, clusters, minCount,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            List<string[]> sentences;
            Dictionary<string, string> silver;
            try
            {
                sentences = ClusterText.ReadGmb(parseResult.GetRequiredValue(gmb).FullName);
                silver = ClusterText.ReadGmbTags(parseResult.GetRequiredValue(gmb).FullName);
                if (parseResult.GetValue(treebank) is { } folder)
                {
                    var files = Directory.GetFiles(folder.FullName, "*-train.conllu");
                    if (files.Length != 1)
                        throw new InvalidDataException($"{folder.FullName} holds {files.Length} *-train.conllu files, not one.");
                    sentences.AddRange(ClusterText.Of(ConlluReader.Read(files[0])));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await error.WriteLineAsync($"train-clusters: {e.Message}".AsMemory(), cancellationToken);
                return ExitCodes.Fatal;
            }

            var clock = Stopwatch.StartNew();
            await stdout.WriteLineAsync($"{sentences.Count} sentences, {sentences.Sum(s => s.Length)} words".AsMemory(), cancellationToken);
            var clustered = BrownClustering.Run(sentences, parseResult.GetValue(clusters), parseResult.GetValue(minCount), cancellationToken);
            var result = new WordClusters(clustered.Words, clustered.Paths, [.. clustered.Words.Select(w => silver.GetValueOrDefault(w, ""))]);
            var outPath = Path.GetFullPath(parseResult.GetRequiredValue(output));
            if (!await ModelFile.TryWriteAsync("train-clusters", outPath, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                    result.Write(writer);
                }, error, cancellationToken))
                return ExitCodes.Fatal;
            await stdout.WriteLineAsync(
                FormattableString.Invariant($"{result.Count} words in {result.Paths.Distinct().Count()} clusters ({clock.Elapsed.TotalSeconds:0}s), {outPath}").AsMemory(),
                cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<int> Positive(string name, string description, int value)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => value };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 2 && name == "--clusters" || r.GetValueOrDefault<int>() < 1)
                r.AddError($"{name} is too small.");
        });
        return option;
    }
}
