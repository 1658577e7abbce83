using System.Diagnostics;
using System.Globalization;

namespace Graph.Bench.EndToEnd;

/// <summary>What a child process did: exit code, wall time, peak resident memory, and its output.</summary>
internal sealed record ProcessOutcome(int ExitCode, TimeSpan Elapsed, long PeakRssBytes, string Output, string Error);

/// <summary>
/// Runs a program and follows its peak resident set size (VmHWM in /proc/PID/status, Linux) by polling, so the
/// figure is the one the kernel keeps for the process, not a sample of it. Elsewhere the peak is the largest
/// working set seen by polling.
/// </summary>
internal static class PeakMemoryProcess
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <param name="sample">Called every <paramref name="sampleEvery"/> while the process runs, with its current resident memory in bytes.</param>
    public static async Task<ProcessOutcome> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken, Func<long, Task>? sample = null, TimeSpan? sampleEvery = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        long peak = 0;
        var every = sampleEvery ?? TimeSpan.FromSeconds(10);
        var nextSample = every;
        var exited = process.WaitForExitAsync(cancellationToken);
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, PeakRss(process));
            if (sample is not null && clock.Elapsed >= nextSample)
            {
                nextSample += every;
                await sample(Rss(process, "VmRSS:"));
            }

            await Task.WhenAny(exited, Task.Delay(PollInterval, cancellationToken));
        }

        await exited;
        clock.Stop();
        return new ProcessOutcome(process.ExitCode, clock.Elapsed, peak, await output, await error);
    }

    /// <summary>VmHWM of the process in bytes; 0 when it has just exited.</summary>
    public static long PeakRss(Process process) => Rss(process, "VmHWM:");

    /// <summary>A memory line of /proc/PID/status in bytes (VmHWM: peak, VmRSS: now); elsewhere the (peak) working set.</summary>
    private static long Rss(Process process, string field)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
                {
                    if (line.StartsWith(field, StringComparison.Ordinal))
                        return long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                }

                return 0;
            }

            process.Refresh();
            return field == "VmHWM:" ? process.PeakWorkingSet64 : process.WorkingSet64;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
