using System.CommandLine;
using Graph.Broker;
using Graph.Broker.Configuration;
using Graph.Broker.Roles;
using Graph.Worker.Health;
using Graph.Worker.Hosting;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph run</c> (also <c>graph</c> alone): the long-running service. Applies the schema, then watches the inbox
/// and polls the feeds, writing every new or changed article into Neo4j, until Ctrl+C or SIGTERM. Needs NEO4J_URI.
/// Exit code: 0 stopped by a signal, 1 configuration error or a fatal failure. With <c>RABBITMQ_URI</c> (or <c>Broker:Uri</c>) it
/// runs in broker mode instead, playing the <c>--roles</c> given (src/Graph.Broker/README.md).
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run",
            "Run as a service: watch the inbox folder and poll the feeds, writing new and changed articles into Neo4j until stopped (Ctrl+C, SIGTERM). "
            + "Needs NEO4J_URI. With RABBITMQ_URI set, runs in broker mode with --roles. Exit code 0: stopped; 1: configuration error or fatal failure.");
        var roles = new Option<string?>("--roles")
        {
            Description = "Broker mode only (RABBITMQ_URI set): the roles this process plays, any of fetch, extract, write, comma-separated (default: all).",
            HelpName = "ROLES",
        };
        command.Options.Add(roles);

        command.SetAction((parseResult, cancellationToken) => WorkerHost.RunAsync(
            parseResult,
            (services, configuration) => AddServices(services, configuration, parseResult.GetValue(roles)),
            async (services, token) =>
            {
                var broker = services.GetService<BrokerService>();
                if (broker is null && parseResult.GetValue(roles) is not null)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"run: --roles needs broker mode: set {BrokerConfiguration.UriKey} (or Broker:Uri)".AsMemory(), token);
                    return ExitCodes.Fatal;
                }
                BackgroundService worker = broker is not null ? broker : services.GetRequiredService<IngestionWorker>();
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
    public static void AddServices(IServiceCollection services, IConfiguration configuration) => AddServices(services, configuration, roles: null);

    /// <summary>As <see cref="AddServices(IServiceCollection, IConfiguration)"/>, or broker mode's roles (<paramref name="roles"/>, else <c>Broker:Roles</c>) when a broker is configured.</summary>
    public static void AddServices(IServiceCollection services, IConfiguration configuration, string? roles)
    {
        services.AddIngestionPipeline(configuration, neo4j: true);
        services.AddWorkerHealth();
        if (BrokerConfiguration.IsConfigured(configuration))
        {
            services.AddBrokerRoles(roles);
            return;
        }
        services.AddSingleton<IngestionWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestionWorker>());
    }
}
