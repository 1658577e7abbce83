using System.CommandLine;
using Graph.Worker.Health;
using Graph.Worker.Hosting;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph run</c> (also <c>graph</c> alone): the long-running service. Applies the schema, then watches the inbox
/// and polls the feeds, writing every new or changed article into Neo4j, until Ctrl+C or SIGTERM. Needs NEO4J_URI.
/// Exit code: 0 stopped by a signal, 1 configuration error or a fatal failure.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run",
            "Run as a service: watch the inbox folder and poll the feeds, writing new and changed articles into Neo4j until stopped (Ctrl+C, SIGTERM). "
            + "Needs NEO4J_URI. Exit code 0: stopped; 1: configuration error or fatal failure.");

        command.SetAction((parseResult, cancellationToken) => WorkerHost.RunAsync(
            parseResult,
            AddServices,
            async (services, token) =>
            {
                var worker = services.GetRequiredService<IngestionWorker>();
                var running = worker.ExecuteTask ?? Task.CompletedTask;
                await Task.WhenAny(running, Task.Delay(Timeout.Infinite, token)).ConfigureAwait(false);
                if (!running.IsFaulted)
                    return ExitCodes.Ok;
                var error = parseResult.InvocationConfiguration.Error;
                await error.WriteLineAsync($"run: {running.Exception!.GetBaseException().Message}");
                await error.FlushAsync();
                return ExitCodes.Fatal;
            },
            cancellationToken));
        return command;
    }

    /// <summary>The service: pipeline into Neo4j, health report, and the hosted <see cref="IngestionWorker"/>.</summary>
    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIngestionPipeline(configuration, neo4j: true);
        services.AddWorkerHealth();
        services.AddSingleton<IngestionWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestionWorker>());
    }
}
