using System.Text.Json;
using Graph.Core.Files;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Health;

/// <summary>Runs the health checks every <see cref="HealthOptions.Interval"/>, writes the report file and logs changes of status.</summary>
internal sealed class HealthReportWriter(
    HealthCheckService checks,
    IOptions<HealthOptions> options,
    TimeProvider time,
    ILogger<HealthReportWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        HealthStatus? last = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var report = await checks.CheckHealthAsync(stoppingToken).ConfigureAwait(false);
                if (report.Status != last)
                {
                    Log.LogStatus(logger, report.Status, string.Join("; ", report.Entries.Select(e => $"{e.Key}: {e.Value.Description}")));
                    last = report.Status;
                }
                await WriteAsync(settings.File, report, stoppingToken).ConfigureAwait(false);
                await Task.Delay(settings.Interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.LogWriteFailed(logger, settings.File, e.Message);
                await Task.Delay(settings.Interval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteAsync(string path, HealthReport report, CancellationToken cancellationToken)
    {
        var file = new HealthFile(
            report.Status.ToString(),
            time.GetUtcNow(),
            report.Entries.ToDictionary(e => e.Key, e => new HealthFileEntry(e.Value.Status.ToString(), e.Value.Description, e.Value.Data.Count > 0 ? e.Value.Data : null)));
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await AtomicFile.WriteAllBytesAsync(full, JsonSerializer.SerializeToUtf8Bytes(file, HealthFileJson.Default.HealthFile), cancellationToken).ConfigureAwait(false);
    }
}
