using System.CommandLine;
using Graph.Extraction;
using Graph.Extraction.Syntax;
using Graph.Extraction.Syntax.Conllu;
using Graph.Extraction.Syntax.Training;
using Graph.Extraction.Text;
using Graph.Ingestion.Reading;
using Graph.Worker.Hosting;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph parse PATHS… [--out FILE]</c>: the CoNLL-U of articles as the extraction segments, tags and parses
/// them. <c>graph parse --conllu FILE [--out FILE]</c>: tags and parses a CoNLL-U file's sentences on their own
/// words and writes it again with UPOS, XPOS, HEAD and DEPREL predicted, to score with score-conllu; with
/// <c>--score</c> it prints the scores instead, also on the project's own tokenisation of the sentences' text.
/// Exit code: 0 all input parsed, 2 some input set aside, 1 usage or fatal error.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        paths.Arity = ArgumentArity.ZeroOrMore;
        var published = CommonOptions.Published();
        var conllu = new Option<FileInfo>("--conllu")
        {
            Description = "Parse this CoNLL-U file on its own words instead of articles.",
            HelpName = "FILE",
        };
        var score = new Option<bool>("--score")
        {
            Description = "With --conllu: print the scores against the file's own columns instead of the CoNLL-U, on its words and on the project's tokenisation of each sentence's text.",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Write the CoNLL-U to this file instead of stdout.",
            HelpName = "FILE",
        };
        var model = new Option<FileInfo>("--model")
        {
            Description = "Parse with this syntax model (train-syntax's output) instead of the embedded one.",
            HelpName = "FILE",
        };
        var command = new Command("parse",
            "Print the CoNLL-U (tags, heads, relations) of articles, or of a CoNLL-U file's sentences on their own words. "
            + "Exit code 0: all input parsed; 2: some input set aside (listed on stderr); 1: usage or fatal error.")
        {
            paths, published, conllu, score, output, model,
        };
        command.Validators.Add(result =>
        {
            var hasPaths = result.GetValue(paths) is { Length: > 0 };
            var hasFile = result.GetValue(conllu) is not null;
            if (hasPaths == hasFile)
                result.AddError("parse takes article paths or --conllu FILE (one of the two).");
            if (result.GetValue(score) && !hasFile)
                result.AddError("--score needs --conllu FILE.");
        });

        command.SetAction((parseResult, cancellationToken) => WorkerHost.RunAsync(
            parseResult,
            (services, configuration) =>
            {
                // Registered first, so the extraction's own registration of the embedded model gives way to it.
                if (parseResult.GetValue(model) is { } file)
                    services.AddSingleton(sp => new SyntaxAnalyzer(LoadModel(file), sp.GetRequiredService<SyntaxOptions>()));
                services.AddArticleExtraction(configuration);
            },
            async (services, token) =>
            {
                var error = parseResult.InvocationConfiguration.Error;
                var analyzer = services.GetRequiredService<SyntaxAnalyzer>();
                var outPath = parseResult.GetValue(output);
                try
                {
                    await using var file = outPath is null ? null : new StreamWriter(outPath);
                    var writer = file ?? parseResult.InvocationConfiguration.Output;
                    if (parseResult.GetValue(conllu) is { } input)
                    {
                        List<ConlluSentence> sentences;
                        try
                        {
                            sentences = ConlluReader.Read(input.FullName);
                        }
                        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                        {
                            await error.WriteLineAsync($"parse: cannot read {input.FullName}: {e.Message}".AsMemory(), token);
                            return ExitCodes.Fatal;
                        }

                        if (parseResult.GetValue(score))
                        {
                            await writer.WriteLineAsync($"gold words: {SyntaxEvaluation.Of(analyzer.Model, sentences)}".AsMemory(), token);
                            try
                            {
                                var (plain, repaired) = TokenisedEvaluation.Both(analyzer, sentences);
                                await writer.WriteLineAsync(plain.ToString().AsMemory(), token);
                                await writer.WriteLineAsync(repaired.ToString().AsMemory(), token);
                            }
                            catch (InvalidDataException e)
                            {
                                await error.WriteLineAsync($"parse: cannot score {input.FullName} on its text: {e.Message}".AsMemory(), token);
                                return ExitCodes.Fatal;
                            }

                            await writer.FlushAsync(token);
                            return ExitCodes.Ok;
                        }

                        foreach (var s in sentences)
                        {
                            token.ThrowIfCancellationRequested();
                            var (upos, xpos, heads, relations) = analyzer.Parse(s.Forms);
                            ConlluWriter.Write(writer, s, upos, xpos, heads, relations);
                        }

                        await writer.FlushAsync(token);
                        return ExitCodes.Ok;
                    }

                    var setAside = new List<SetAside>();
                    var reader = services.GetRequiredService<IArticleReader>();
                    await foreach (var result in reader.ReadAsync(parseResult.GetRequiredValue(paths), CommonOptions.ReadOptions(parseResult, published), token))
                    {
                        switch (result)
                        {
                            case ArticleRead read:
                                // The parse as the extraction reads it: names tagged as names, impossible readings mended.
                                ConlluWriter.Write(writer, read.Article, services.GetRequiredService<GraphExtractor>().Analyze(read.Article, token).Parses);
                                break;
                            case SetAside bad:
                                setAside.Add(bad);
                                break;
                        }
                    }

                    await writer.FlushAsync(token);
                    await SetAsideReport.WriteAsync(error, setAside, token);
                    return setAside.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeSetAside;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"parse: cannot write {outPath}: {e.Message}".AsMemory(), token);
                    return ExitCodes.Fatal;
                }
            },
            cancellationToken));
        return command;
    }

    private static SyntaxModel LoadModel(FileInfo file)
    {
        using var stream = file.OpenRead();
        return SyntaxModel.Load(stream);
    }
}
