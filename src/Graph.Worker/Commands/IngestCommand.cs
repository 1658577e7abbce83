using System.CommandLine;
using System.Globalization;
using Graph.Core.Text;
using Graph.Ingestion.DeadLetter;
using Graph.Ingestion.Sources;
using Graph.Worker.Hosting;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph ingest PATHS… [--published YYYY-MM-DD]</c>: one run of the ingestion pipeline over the named files and
/// folders, into Neo4j when NEO4J_URI is set, else into <c>out/graph.json</c>. Shows a progress bar on a terminal and
/// ends with a summary on stdout; set-aside inputs go to the dead-letter folder and are listed on stderr.
/// Exit code: 0 all written, 2 some input set aside, 1 fatal error, 130 interrupted.
/// </summary>
internal static class IngestCommand
{
    /// <summary>Set-aside inputs listed on stderr; the rest are counted (all are in the dead-letter folder).</summary>
    private const int Listed = 100;

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var published = CommonOptions.Published();
        var command = new Command("ingest",
            "Read articles, extract actors and events, and write them into Neo4j (or out/graph.json when NEO4J_URI is not set). "
            + "Exit code 0: all input written; 2: some input set aside (listed on stderr, kept in the dead-letter folder); 1: fatal error; 130: interrupted.")
        {
            paths, published,
        };

        command.SetAction((parseResult, cancellationToken) => WorkerHost.RunAsync(
            parseResult,
            (services, configuration) =>
                services.AddIngestionPipeline(configuration, PipelineServiceCollectionExtensions.IsNeo4jConfigured(configuration)),
            async (services, token) =>
            {
                var output = parseResult.InvocationConfiguration.Output;
                var error = parseResult.InvocationConfiguration.Error;
                var named = parseResult.GetRequiredValue(paths);
                var sink = services.GetRequiredService<IArticleSink>();
                var neo4j = sink is Neo4jArticleSink;
                var source = services.GetRequiredService<ArticleSources>().Paths(named, CommonOptions.ReadOptions(parseResult, published));
                var pipeline = services.GetRequiredService<IngestionPipeline>();
                var showProgress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

                PipelineSummary summary;
                try
                {
                    summary = await IngestProgress.RunAsync(
                        () => pipeline.RunAsync([source], sink, token),
                        services.GetRequiredService<PipelineStatus>(),
                        CountFiles(services.GetRequiredService<ArticleSources>(), named, token),
                        showProgress,
                        services.GetRequiredService<ProgressLog>());
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await Line(error, $"ingest: cannot write to {sink.Description}: {Neo4jAdvice.Explain(e)}");
                    return ExitCodes.Fatal;
                }

                foreach (var item in summary.SetAside.Take(Listed))
                    await Line(error, $"set aside: {ControlCharacters.Escape(item.ToString())}");
                if (summary.SetAsideCount > Listed)
                    await Line(error, $"set aside: … and {summary.SetAsideCount - Listed} more");

                await Line(output, string.Create(CultureInfo.InvariantCulture,
                    $"ingest: {summary.Read} read, {summary.Written} written, {summary.Unchanged} unchanged, {summary.SetAsideCount} set aside in {summary.Elapsed.TotalSeconds:0.0} s{(summary.Interrupted ? " (interrupted)" : "")}"));
                if (summary.SetAsideCount > 0)
                    await Line(output, $"ingest: set-aside input and the reasons are in {services.GetRequiredService<DeadLetterFolder>().Folder}/");
                if (sink is DocumentFileSink file && !summary.Interrupted)
                {
                    await Line(output, file.Document is null
                        ? $"ingest: no article was written, so {file.Path} and {file.HtmlPath} were left as they were"
                        : $"ingest: wrote the graph document to {file.Path} and its HTML view to {file.HtmlPath} (open it in a browser)");
                    await Line(output, "ingest: NEO4J_URI is not set; to write into Neo4j instead, set NEO4J_URI (e.g. http://localhost:7474), NEO4J_USERNAME and NEO4J_PASSWORD");
                }
                else if (neo4j)
                {
                    await Line(output, $"ingest: graph in {sink.Description}");
                }

                return summary.Interrupted ? ExitCodes.Interrupted
                    : summary.SetAsideCount > 0 ? ExitCodes.SomeSetAside
                    : ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    /// <summary>Files named, for the bar and the estimate; stopped while counting, the run that follows ends at once as interrupted.</summary>
    private static int CountFiles(ArticleSources sources, IReadOnlyList<string> named, CancellationToken cancellationToken)
    {
        try
        {
            return sources.CountFiles(named, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }

    /// <summary>Not cancellable: the summary is written even after Ctrl+C, to say what was done.</summary>
    private static async Task Line(TextWriter writer, string text)
    {
        await writer.WriteLineAsync(text);
        await writer.FlushAsync();
    }
}
