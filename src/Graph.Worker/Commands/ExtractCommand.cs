using System.CommandLine;
using Graph.Core.Model;
using Graph.Worker.Hosting;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph extract PATHS… [--out FILE] [--published YYYY-MM-DD]</c>: reads the articles, extracts actors and
/// events, and writes one graph document (JSON) to --out or stdout. Set-aside inputs are listed on stderr.
/// Exit code: 0 all input read, 2 some input set aside, 1 usage or fatal error.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var published = CommonOptions.Published();
        var output = new Option<string>("--out", "-o")
        {
            Description = "Write the graph document to this file instead of stdout.",
            HelpName = "FILE",
        };
        var command = new Command("extract",
            "Extract actors and events from articles into a graph document (JSON). "
            + "Exit code 0: all input read; 2: some input set aside (listed on stderr); 1: usage or fatal error.")
        {
            paths, published, output,
        };

        command.SetAction((parseResult, cancellationToken) => WorkerHost.RunAsync(
            parseResult,
            (services, configuration) => services.AddDocumentExtraction(configuration),
            async (services, token) =>
            {
                var outcome = await services.GetRequiredService<DocumentExtraction>().RunAsync(
                    parseResult.GetRequiredValue(paths), CommonOptions.ReadOptions(parseResult, published), token);
                var error = parseResult.InvocationConfiguration.Error;
                await SetAsideReport.WriteAsync(error, outcome.SetAside, token);

                var outPath = parseResult.GetValue(output);
                try
                {
                    await DocumentOutput.WriteAsync(GraphDocumentJson.Serialize(outcome.Document), outPath,
                        parseResult.InvocationConfiguration.Output, token);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"extract: cannot write {outPath}: {e.Message}".AsMemory(), token);
                    return ExitCodes.Fatal;
                }
                return outcome.SetAside.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeSetAside;
            },
            cancellationToken));
        return command;
    }
}
