using System.CommandLine;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// How the verbs that work on the stored graph (<c>schema</c>, <c>merges</c>, <c>remove</c>) run: a host with the Neo4j
/// client and the services the verb names, the verb's work, its output flushed; a Neo4j failure is one line
/// "<c>verb: message</c>" on standard error and exit code 1.
/// </summary>
internal static class GraphStoreCommand
{
    public static Task<int> RunAsync(
        ParseResult parseResult,
        string verb,
        Action<IServiceCollection, IConfiguration> addServices,
        Func<IServiceProvider, TextWriter, CancellationToken, Task<int>> run,
        CancellationToken cancellationToken) =>
        WorkerHost.RunAsync(
            parseResult,
            (services, configuration) =>
            {
                services.AddNeo4j(configuration);
                addServices(services, configuration);
            },
            async (services, token) =>
            {
                var output = parseResult.InvocationConfiguration.Output;
                try
                {
                    var code = await run(services, output, token);
                    await output.FlushAsync(token);
                    return code;
                }
                catch (Neo4jException e)
                {
                    await output.FlushAsync(token);
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"{verb}: {Neo4jAdvice.Explain(e)}".AsMemory(), token);
                    return ExitCodes.Fatal;
                }
            },
            cancellationToken);
}
