using System.CommandLine;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Graph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph schema</c>: creates the graph's constraints and indexes in Neo4j (idempotent) and says what it did.
/// Needs NEO4J_URI. Exit code: 0 applied, 1 configuration error or Neo4j failure.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema",
            "Create the graph's constraints and indexes in Neo4j (safe to repeat) and print what was done. Needs NEO4J_URI. "
            + "Exit code 0: applied; 1: configuration error or Neo4j failure.");

        command.SetAction((parseResult, cancellationToken) => GraphStoreCommand.RunAsync(parseResult, "schema", (services, _) => services.AddNeo4jSchema(), async (services, output, token) =>
        {
            var server = await services.GetRequiredService<INeo4jClient>().GetServerInfoAsync(token);
            var result = await services.GetRequiredService<ISchemaBootstrapper>().ApplyAsync(token);
            await output.WriteLineAsync(
                $"schema: applied {result.Script} to Neo4j {server.Version} ({server.Edition}): {result.Statements} constraint and index statements run, {result.AlreadyPresent} reported as already present; {result.Upgraded} nodes from an earlier version upgraded".AsMemory(), token);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
