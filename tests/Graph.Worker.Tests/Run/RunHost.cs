using Graph.Worker.Commands;
using Graph.Worker.Hosting;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Worker.Tests.Run;

/// <summary>The <c>run</c> verb's host, in-process: the same services, started and stopped by the test.</summary>
internal sealed class RunHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private RunHost(IHost host) => _host = host;

    public PipelineStatus Status => _host.Services.GetRequiredService<PipelineStatus>();

    public static async Task<RunHost> StartAsync(IReadOnlyDictionary<string, string?> configuration)
    {
        var host = WorkerHost.Build(RunCommand.AddServices, configuration);
        await host.StartAsync(CancellationToken.None);
        return new RunHost(host);
    }

    /// <summary>Stops as Ctrl+C does: reading ends, what was read is finished.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await _host.StopAsync(CancellationToken.None);
        var worker = _host.Services.GetRequiredService<IngestionWorker>();
        if (worker.ExecuteTask is { IsFaulted: true } failed)
            throw failed.Exception!;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
