using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Pipeline;

/// <summary>
/// Progress for logs (a container, a redirected <c>ingest</c>): every <see cref="PipelineOptions.ProgressInterval"/>
/// in which something happened, one line with the counts, the rate and, when the amount of input is known, the
/// estimated time left. A terminal gets the progress bar instead.
/// </summary>
internal sealed class ProgressLog(PipelineStatus status, IOptions<PipelineOptions> options, TimeProvider time, ILogger<ProgressLog> logger)
{
    /// <summary>Logs until <paramref name="cancellationToken"/> ends it.</summary>
    /// <param name="files">How many files the run reads (for the estimate), or null when unknown (the watched sources).</param>
    public async Task RunAsync(long? files, CancellationToken cancellationToken)
    {
        var interval = options.Value.ProgressInterval;
        if (interval <= TimeSpan.Zero)
            return;
        var started = Stopwatch.GetTimestamp();
        var (read, filesDone) = (status.Read, status.FilesDone);
        var last = (status.Read, status.Written, status.Unchanged, status.SetAside);
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                var now = (status.Read, status.Written, status.Unchanged, status.SetAside);
                if (now == last)
                    continue;
                last = now;
                var seconds = Math.Max(Stopwatch.GetElapsedTime(started).TotalSeconds, 0.001);
                var rate = (status.Read - read) / seconds;
                var filesRate = (status.FilesDone - filesDone) / seconds;
                if (files is { } total && filesRate > 0)
                    Log.LogProgressWithEstimate(logger, now.Read, now.Written, now.Unchanged, now.SetAside, rate, status.FilesDone, total,
                        TimeSpan.FromSeconds(Math.Ceiling(Math.Max(0, total - status.FilesDone) / filesRate)));
                else
                    Log.LogProgress(logger, now.Read, now.Written, now.Unchanged, now.SetAside, rate);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run ended; its summary follows.
        }
    }
}
