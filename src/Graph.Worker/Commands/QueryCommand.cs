using System.CommandLine;
using Graph.Export.Queries;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph query NAME [--param key=value …] [--format table|csv|json]</c>: runs one query of the library
/// (cypher/queries) against the configured Neo4j and prints its result; <c>graph query --list</c> lists the queries
/// with what they answer and their parameters. Exit code: 0 done, 1 usage error, configuration error or Neo4j failure.
/// </summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name")
        {
            Description = "The query to run (see --list).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A parameter as key=value (repeat it); a list parameter takes comma-separated values, null leaves an optional one out.",
            HelpName = "key=value",
        };
        var list = new Option<bool>("--list", "-l") { Description = "List the queries, what they answer and their parameters." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print the rows: an aligned table (long values cut), CSV, or JSON lines (one object per row).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("query",
            "Run a query of the Cypher library (cypher/queries) against Neo4j and print the rows; --list shows the queries. Needs NEO4J_URI. "
            + "Exit code 0: done; 1: usage error, configuration error or Neo4j failure.")
        {
            name, parameters, list, format,
        };
        command.Validators.Add(result =>
        {
            var hasName = result.GetValue(name) is not null;
            if (result.GetValue(list) == hasName)
                result.AddError(hasName ? "Give a query name or --list, not both." : "Give a query name (see graph query --list).");
        });

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(list))
            {
                await output.WriteAsync(QueryLibrary.Embedded.Listing().AsMemory(), cancellationToken);
                await output.FlushAsync(cancellationToken);
                return ExitCodes.Ok;
            }

            PreparedQuery query;
            try
            {
                query = PreparedQuery.Prepare(QueryLibrary.Embedded, parseResult.GetValue(name)!, parseResult.GetValue(parameters) ?? []);
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync($"query: {e.Message}".AsMemory(), cancellationToken);
                return ExitCodes.Fatal;
            }

            return await WorkerHost.RunAsync(
                parseResult,
                (services, configuration) => services.AddNeo4j(configuration),
                async (services, token) =>
                {
                    string text;
                    try
                    {
                        text = await query.RunAsync(services.GetRequiredService<INeo4jClient>(), parseResult.GetRequiredValue(format), token);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        await error.WriteLineAsync($"query: {query.Query.Name} failed: {Neo4jAdvice.Explain(e)}".AsMemory(), token);
                        return ExitCodes.Fatal;
                    }

                    await output.WriteAsync(text.AsMemory(), token);
                    await output.FlushAsync(token);
                    return ExitCodes.Ok;
                },
                cancellationToken);
        });
        return command;
    }
}
