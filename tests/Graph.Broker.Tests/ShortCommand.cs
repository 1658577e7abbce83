using System.Diagnostics;
using Graph.Testing;

namespace Graph.Broker.Tests;

/// <summary>A short graph.dll verb run to its end, with its output and how long it took; killed (and failed) if it overruns.</summary>
internal sealed record ShortCommand(int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    public static async Task<ShortCommand> RunAsync(string folder, IReadOnlyDictionary<string, string?> configuration, TimeSpan timeout, params string[] args)
    {
        var started = Stopwatch.GetTimestamp();
        using var process = GraphProcess.Start(folder, configuration, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill();
            await process.WaitForExitAsync();
            Assert.Fail($"graph {string.Join(' ', args)} did not exit within {timeout}; it printed: {await output}{await error}");
        }
        return new ShortCommand(process.ExitCode, await output, await error, Stopwatch.GetElapsedTime(started));
    }
}
