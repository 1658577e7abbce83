using System.CommandLine;
using Graph.Core.Text;
using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Writing;
using Graph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph remove ARTICLE-ID…</c>: removes articles from Neo4j (a retracted story), each in its own transaction, with
/// what only they contributed; events other articles also report stay, as those reports tell them. One line per
/// article. Needs NEO4J_URI. Exit code: 0 all removed, 1 usage error, an article not found, configuration error or
/// Neo4j failure.
/// </summary>
internal static class RemoveCommand
{
    public static Command Create()
    {
        var articles = new Argument<string[]>("article-id")
        {
            Description = "The article's id in the graph: its URL, or the path it was read from (as graph query article-contribution takes it).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("remove",
            "Remove articles from Neo4j with what only they contributed (events, entities, relations); events other articles also report stay. "
            + "Needs NEO4J_URI. Exit code 0: all removed; 1: usage error, an article not found, configuration error or Neo4j failure.")
        {
            articles,
        };

        command.SetAction((parseResult, cancellationToken) => GraphStoreCommand.RunAsync(parseResult, "remove", (services, configuration) => services.AddNeo4jGraphWriter(configuration), async (services, output, token) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var remover = services.GetRequiredService<IArticleRemover>();
            var notFound = 0;
            foreach (var id in parseResult.GetRequiredValue(articles).Distinct(StringComparer.Ordinal))
            {
                var removal = await remover.RemoveAsync(id, token);
                if (removal.Found)
                {
                    await output.WriteLineAsync(ControlCharacters.Escape(
                        $"remove: {id} removed; {removal.EventsDeleted} event(s) deleted, {removal.EventsKept} kept as other articles report them").AsMemory(), token);
                }
                else
                {
                    notFound++;
                    await error.WriteLineAsync(ControlCharacters.Escape($"remove: {id} not found").AsMemory(), token);
                }
            }

            return notFound == 0 ? ExitCodes.Ok : ExitCodes.Fatal;
        }, cancellationToken));
        return command;
    }
}
