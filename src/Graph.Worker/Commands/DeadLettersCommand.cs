using System.CommandLine;
using System.Text;
using Graph.Broker;
using Graph.Broker.DeadLetters;
using Graph.Core.Text;
using Graph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client.Exceptions;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph dead-letters list [--limit N]</c>: the messages broker mode gave up on, each with its reason.
/// <c>graph dead-letters requeue (ID… | --all)</c>: puts them back on the queue they came from (by message id, the content
/// hash, or article id). Needs RABBITMQ_URI. Exit code: 0 done, 1 usage error, nothing matched, configuration error or
/// the broker unreachable. Each call opens one connection of its own and closes it before it returns.
/// </summary>
internal static class DeadLettersCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "List at most this many (default 100).", DefaultValueFactory = _ => 100 };
        var list = new Command("list", "List the dead-lettered messages: message id (content hash), article, queue, failed deliveries, reason.") { limit };
        list.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, async (queue, output, token) =>
        {
            await output.WriteAsync(Table(await queue.ListAsync(Math.Max(1, parseResult.GetValue(limit)), token)).AsMemory(), token);
            return ExitCodes.Ok;
        }, cancellationToken));

        var ids = new Argument<string[]>("ids") { Description = "Message ids (content hashes) or article ids, as listed.", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Requeue every dead-lettered message." };
        var requeue = new Command("requeue", "Put dead-lettered messages back on the queue they came from, for another try.") { ids, all };
        requeue.Validators.Add(result =>
        {
            if (result.GetValue(all) == (result.GetValue(ids) is { Length: > 0 }))
                result.AddError("Name the messages to requeue, or give --all (not both).");
        });
        requeue.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, async (queue, output, token) =>
        {
            var wanted = parseResult.GetValue(all) ? null : parseResult.GetValue(ids)!.ToHashSet(StringComparer.Ordinal);
            var moved = await queue.RequeueAsync(wanted, token);
            foreach (var letter in moved)
                await output.WriteLineAsync(ControlCharacters.Escape($"dead-letters: requeued {letter.Article} ({letter.MessageId}) to {letter.Queue}").AsMemory(), token);
            await output.WriteLineAsync($"dead-letters: {moved.Count} requeued".AsMemory(), token);
            if (moved.Count > 0 || wanted is null)
                return ExitCodes.Ok;
            await parseResult.InvocationConfiguration.Error.WriteLineAsync("dead-letters: no dead-lettered message has those ids (graph dead-letters list shows them)".AsMemory(), token);
            return ExitCodes.Fatal;
        }, cancellationToken));

        return new Command("dead-letters",
            "The messages broker mode gave up on (poison), with their reasons: 'dead-letters list', 'dead-letters requeue ID…|--all'. "
            + "Needs RABBITMQ_URI. Exit code 0: done; 1: usage error, nothing matched, configuration error or broker unreachable.")
        {
            list, requeue,
        };
    }

    private static Task<int> RunAsync(ParseResult parseResult, Func<DeadLetterQueue, TextWriter, CancellationToken, Task<int>> run, CancellationToken cancellationToken) =>
        WorkerHost.RunAsync(
            parseResult,
            (services, _) => services.AddBroker(),
            async (services, token) =>
            {
                var output = parseResult.InvocationConfiguration.Output;
                try
                {
                    var code = await run(services.GetRequiredService<DeadLetterQueue>(), output, token);
                    await output.FlushAsync(token);
                    return code;
                }
                catch (Exception e) when (e is BrokerUnreachableException or OperationInterruptedException or AlreadyClosedException or IOException)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"dead-letters: {e.GetBaseException().Message}".AsMemory(), token);
                    return ExitCodes.Fatal;
                }
            },
            cancellationToken);

    /// <summary>One line per message, aligned, control characters escaped, then the count.</summary>
    internal static string Table(IReadOnlyList<DeadLetter> letters)
    {
        var text = TextTable.Format(
            ["message id", "article", "queue", "attempts", "reason"],
            letters.Select(l => new[] { l.MessageId, l.Article, l.Queue, l.Attempts, l.Reason }));
        text.Append(letters.Count).Append(letters.Count == 1 ? " dead letter\n" : " dead letters\n");
        return text.ToString();
    }
}
