using System.CommandLine;
using Graph.Core.Text;
using Graph.Export;
using Graph.Export.Formats;
using Graph.Export.Neo4j;
using Graph.Neo4j;
using Graph.Worker.Hosting;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph export --format html|graphml|cypher|json --out FILE [PATHS…]</c>: extracts the articles (no Neo4j needed),
/// or with <c>--from-neo4j</c> reads the graph (or, with <c>--article</c>, what some articles contributed) from the
/// configured Neo4j, and writes it as a self-contained HTML view, GraphML, a Cypher script or JSON.
/// Exit code: 0 written, 2 written but some input set aside (or an --article not found), 1 usage or fatal error.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        paths.Arity = ArgumentArity.ZeroOrMore;
        var published = CommonOptions.Published();
        var format = new Option<string>("--format", "-f")
        {
            Description = "html: one self-contained page (works offline); graphml: for Gephi, Cytoscape, yEd; cypher: a script that loads the graph into Neo4j; json: nodes and links.",
            Required = true,
        };
        format.AcceptOnlyFromAmong("html", "graphml", "cypher", "json");
        var output = new Option<string>("--out", "-o") { Description = "The file to write.", HelpName = "FILE", Required = true };
        var fromNeo4j = new Option<bool>("--from-neo4j") { Description = "Export the graph stored in Neo4j (NEO4J_URI…) instead of extracting articles." };
        var articles = new Option<string[]>("--article")
        {
            Description = "With --from-neo4j: only what this article contributed (its id; repeat it). Without it the whole graph is read.",
            HelpName = "ID",
        };
        var title = new Option<string?>("--title") { Description = "A title for the export (the HTML page's heading)." };
        var command = new Command("export",
            "Export a graph as HTML, GraphML, Cypher or JSON, from articles (extracted here, no Neo4j needed) or --from-neo4j. "
            + "Exit code 0: written; 2: written, but some input was set aside (listed on stderr); 1: usage or fatal error.")
        {
            paths, published, format, output, fromNeo4j, articles, title,
        };
        command.Validators.Add(result =>
        {
            var named = result.GetValue(paths) ?? [];
            if (result.GetValue(fromNeo4j))
            {
                if (named.Length > 0)
                    result.AddError("Give article paths or --from-neo4j, not both.");
            }
            else
            {
                if (named.Length == 0)
                    result.AddError("Give the article files or folders to export, or --from-neo4j.");
                if ((result.GetValue(articles) ?? []).Length > 0)
                    result.AddError("--article selects articles in Neo4j: use it with --from-neo4j.");
            }
        });

        command.SetAction((parseResult, cancellationToken) =>
        {
            var neo4j = parseResult.GetValue(fromNeo4j);
            return WorkerHost.RunAsync(
                parseResult,
                (services, configuration) =>
                {
                    services.AddGraphExport();
                    if (neo4j)
                        services.AddNeo4j(configuration);
                    else
                        services.AddDocumentExtraction(configuration);
                },
                async (services, token) =>
                {
                    var error = parseResult.InvocationConfiguration.Error;
                    ExportSource source;
                    int setAside;
                    try
                    {
                        (source, setAside) = neo4j
                            ? await ReadStoredAsync(services, parseResult.GetValue(articles) ?? [], error, token)
                            : await ExtractAsync(services, parseResult, paths, published, error, token);
                    }
                    catch (Exception e) when (neo4j && e is not OperationCanceledException)
                    {
                        await error.WriteLineAsync($"export: cannot read the graph from Neo4j: {Neo4jAdvice.Explain(e)}".AsMemory(), token);
                        return ExitCodes.Fatal;
                    }

                    var outPath = parseResult.GetRequiredValue(output);
                    try
                    {
                        await services.GetRequiredService<GraphExporter>().WriteFileAsync(source,
                            Enum.Parse<ExportFormat>(parseResult.GetRequiredValue(format), ignoreCase: true), parseResult.GetValue(title), outPath, token);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        await error.WriteLineAsync($"export: cannot write {outPath}: {e.Message}".AsMemory(), token);
                        return ExitCodes.Fatal;
                    }
                    return setAside == 0 ? ExitCodes.Ok : ExitCodes.SomeSetAside;
                },
                cancellationToken);
        });
        return command;
    }

    /// <summary>The stored graph (or what the named articles contributed); articles not found are listed on stderr.</summary>
    private static async Task<(ExportSource, int)> ReadStoredAsync(IServiceProvider services, string[] articles, TextWriter error, CancellationToken cancellationToken)
    {
        var source = await ExportSource.ReadAsync(services.GetRequiredService<Neo4jGraphReader>(), articles, cancellationToken);
        foreach (var missing in source.Missing)
            await error.WriteLineAsync(ControlCharacters.Escape($"set aside: {missing}: no such article in Neo4j").AsMemory(), cancellationToken);
        return (source, source.Missing.Count);
    }

    /// <summary>The articles extracted as <c>extract</c> extracts them; what was set aside is listed on stderr.</summary>
    private static async Task<(ExportSource, int)> ExtractAsync(
        IServiceProvider services, ParseResult parseResult, Argument<string[]> paths, Option<DateOnly?> published, TextWriter error, CancellationToken cancellationToken)
    {
        var outcome = await services.GetRequiredService<DocumentExtraction>().RunAsync(
            parseResult.GetRequiredValue(paths), CommonOptions.ReadOptions(parseResult, published), cancellationToken);
        await SetAsideReport.WriteAsync(error, outcome.SetAside, cancellationToken);
        return (ExportSource.Of(outcome.Document), outcome.SetAside.Count);
    }
}
