using Microsoft.Extensions.Hosting;

namespace Graph.Worker.Hosting;

/// <summary>
/// The host's lifetime when it runs a verb: System.CommandLine owns Ctrl+C and SIGTERM and cancels the verb's
/// token. The default console lifetime would swallow those signals waiting for a stop the verb never asks for.
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
