using System.CommandLine;
using System.Text;
using Graph.Core.Text;
using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Writing;
using Graph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph merges</c>: lists the joins identity across articles made in Neo4j (a short form such as "Orbán" joined to
/// "Viktor Orbán"), each with its rule and article. <c>graph merges undo ALIAS [--into ENTITY]</c> undoes the joins of
/// one short form: it becomes its own entity again in the articles that named it, and is never joined to that entity
/// again. Needs NEO4J_URI. Exit code: 0 done, 1 usage error, no such join, configuration error or Neo4j failure.
/// </summary>
internal static class MergesCommand
{
    public static Command Create()
    {
        var command = new Command("merges",
            "List the entity joins made across articles (short form → entity, rule, article) in Neo4j; 'merges undo ALIAS' undoes one. "
            + "Needs NEO4J_URI. Exit code 0: done; 1: usage error, no such join, configuration error or Neo4j failure.");
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, async (merges, output, token) =>
        {
            var records = await merges.ListAsync(token);
            await output.WriteAsync(Table(records).AsMemory(), token);
            return ExitCodes.Ok;
        }, cancellationToken));

        var alias = new Argument<string>("alias") { Description = "The short form's own id, as listed (e.g. person:orban)." };
        var into = new Option<string?>("--into") { Description = "Undo only its join to this entity (default: every entity it was joined to).", HelpName = "ENTITY" };
        var undo = new Command("undo",
            "Undo the joins of a short form: the articles that named it are written again with it as an entity of its own, and the join is never made again.")
        {
            alias, into,
        };
        undo.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, async (merges, output, token) =>
        {
            var result = await merges.UndoAsync(parseResult.GetRequiredValue(alias), parseResult.GetValue(into), token);
            if (result is null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    $"merges: no join of '{parseResult.GetValue(alias)}' is recorded (graph merges lists them)".AsMemory(), token);
                return ExitCodes.Fatal;
            }

            await output.WriteLineAsync(ControlCharacters.Escape(
                $"merges: {result.Alias} is no longer joined to {string.Join(", ", result.Entities)}; {result.Articles.Count} article(s) written again").AsMemory(), token);
            foreach (var article in result.Failed)
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(ControlCharacters.Escape($"merges: article {article} could not be written again (see the log); it keeps the join").AsMemory(), token);
            return result.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.Fatal;
        }, cancellationToken));
        command.Subcommands.Add(undo);
        return command;
    }

    private static Task<int> RunAsync(ParseResult parseResult, Func<IEntityMerges, TextWriter, CancellationToken, Task<int>> run, CancellationToken cancellationToken) =>
        GraphStoreCommand.RunAsync(parseResult, "merges", (services, configuration) => services.AddNeo4jGraphWriter(configuration), (services, output, token) => run(services.GetRequiredService<IEntityMerges>(), output, token), cancellationToken);

    /// <summary>One line per join: entity, short form, rule, article; aligned columns, control characters escaped.</summary>
    internal static string Table(IReadOnlyList<EntityMergeRecord> records)
    {
        var text = TextTable.Format(
            ["entity", "name", "alias", "alias name", "rule", "article"],
            records.Select(r => new[] { r.Entity, r.EntityName, r.Alias, r.AliasName, r.Rule, r.Article }));
        text.Append(records.Count).Append(records.Count == 1 ? " join\n" : " joins\n");
        return text.ToString();
    }
}
