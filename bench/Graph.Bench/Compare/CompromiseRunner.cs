using System.Diagnostics;
using System.Text.Json;

namespace Graph.Bench.Compare;

/// <summary>What bench/compromise/run.mjs reports.</summary>
internal sealed record CompromiseResult(int Articles, long Words, IReadOnlyList<double> Seconds, int People, int Places, int Organizations)
{
    public double MedianSeconds => Statistics.Median(Seconds.ToList());
}

/// <summary>
/// Runs the npm package compromise on a corpus through <c>node bench/compromise/run.mjs</c>. Needs Node on the
/// PATH and the package installed once by <c>bench/compromise/setup</c>; otherwise says why it cannot run.
/// </summary>
internal static class CompromiseRunner
{
    public static string ModuleFolder => Path.Combine(BenchDefaults.Cache, "compromise");

    public static string Script => Path.Combine(BenchDefaults.Root, "bench", "compromise", "run.mjs");

    /// <summary>Null when it can run; else the reason it cannot.</summary>
    public static async Task<string?> UnavailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            var version = await RunNodeAsync(["--version"], cancellationToken);
            if (version.ExitCode != 0)
                return "node --version failed";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "node is not on the PATH (install Node.js 18 or later)";
        }

        return Directory.Exists(Path.Combine(ModuleFolder, "node_modules", "compromise"))
            ? null
            : $"compromise is not installed in {ModuleFolder}: run bench/compromise/setup once";
    }

    public static async Task<CompromiseResult> RunAsync(string corpus, int runs, CancellationToken cancellationToken)
    {
        var (exitCode, output, error) = await RunNodeAsync([Script, ModuleFolder, corpus, runs.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);
        if (exitCode != 0)
            throw new InvalidOperationException($"node {Script} exited with {exitCode}: {error.Trim()}");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var found = root.GetProperty("found");
        return new CompromiseResult(
            root.GetProperty("articles").GetInt32(),
            root.GetProperty("words").GetInt64(),
            [.. root.GetProperty("seconds").EnumerateArray().Select(s => s.GetDouble())],
            found.GetProperty("people").GetInt32(),
            found.GetProperty("places").GetInt32(),
            found.GetProperty("organizations").GetInt32());
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunNodeAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start node.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
