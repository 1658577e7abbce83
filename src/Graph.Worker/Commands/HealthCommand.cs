using System.CommandLine;
using System.Text.Json;
using Graph.Worker.Health;
using Graph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Commands;

/// <summary>
/// <c>graph health</c>: prints the health report a running <c>run</c> wrote (Health:File). Exit code 0 when it is
/// recent (within three intervals) and not Unhealthy, else 1. Made for a container health check.
/// </summary>
internal static class HealthCommand
{
    public static Command Create()
    {
        var command = new Command("health",
            "Print the health report of the running service (Health:File). Exit code 0: recent and healthy or degraded; 1: unhealthy, stale or missing.");

        command.SetAction((parseResult, cancellationToken) => WorkerHost.RunAsync(
            parseResult,
            (services, _) => services.AddHealthOptions(),
            async (services, token) =>
            {
                var settings = services.GetRequiredService<IOptions<HealthOptions>>().Value;
                var output = parseResult.InvocationConfiguration.Output;
                var error = parseResult.InvocationConfiguration.Error;
                HealthFile? report;
                string text;
                try
                {
                    text = await File.ReadAllTextAsync(settings.File, token);
                    report = JsonSerializer.Deserialize(text, HealthFileJson.Default.HealthFile);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
                {
                    await error.WriteLineAsync($"health: no readable report at {settings.File} ({e.Message}); is `graph run` running?");
                    return ExitCodes.Fatal;
                }
                await output.WriteLineAsync(text);
                var age = DateTimeOffset.UtcNow - (report?.CheckedAt ?? DateTimeOffset.MinValue);
                if (age > 3 * settings.Interval)
                {
                    await error.WriteLineAsync($"health: the report is {age.TotalSeconds:0} s old; the service is not running or is stuck");
                    return ExitCodes.Fatal;
                }
                return report?.Status is "Healthy" or "Degraded" ? ExitCodes.Ok : ExitCodes.Fatal;
            },
            cancellationToken));
        return command;
    }
}
