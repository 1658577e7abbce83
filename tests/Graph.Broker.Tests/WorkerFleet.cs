using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Graph.Testing;

namespace Graph.Broker.Tests;

/// <summary>
/// The graph.dll processes of one test, each <c>run --roles …</c> in broker mode with the same configuration. Their
/// output is collected (for the failure message); whatever still runs at the end is killed.
/// </summary>
internal sealed class WorkerFleet(string folder, IReadOnlyDictionary<string, string?> configuration) : IDisposable
{
    private readonly List<(string Name, Process Process)> _workers = [];
    private readonly ConcurrentQueue<string> _output = new();

    /// <summary>Starts a worker with its own health report, <c>health-NAME.json</c> (<see cref="HealthFile"/>).</summary>
    public Process Start(string name, string roles)
    {
        var own = new Dictionary<string, string?>(configuration) { ["Health:File"] = HealthFile(name) };
        var process = GraphProcess.Start(folder, own, "run", "--roles", roles);
        process.OutputDataReceived += (_, e) => Collect(name, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(name, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _workers.Add((name, process));
        return process;
    }

    public string HealthFile(string name) => Path.Combine(folder, $"health-{name}.json");

    /// <summary>True once the worker's health report says the broker check is healthy: every role it plays connected and at work.</summary>
    public bool IsAtWork(string name) => BrokerCheck(name) is ("Healthy", _);

    /// <summary>The broker check of the worker's last health report (status and description), or null before the first.</summary>
    public (string? Status, string? Description)? BrokerCheck(string name)
    {
        try
        {
            using var report = JsonDocument.Parse(File.ReadAllBytes(HealthFile(name)));
            var check = report.RootElement.GetProperty("checks").GetProperty("broker");
            return (check.GetProperty("status").GetString(), check.TryGetProperty("description", out var text) ? text.GetString() : null);
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no shutdown, no close; the broker notices the dead connection and delivers its messages again.</summary>
    public static void Kill(Process process)
    {
        process.Kill();
        process.WaitForExit();
    }

    /// <summary>What the workers printed, and which ones exited, for a failure message.</summary>
    public string Report() =>
        string.Join('\n', _workers.Where(w => w.Process.HasExited).Select(w => $"[{w.Name}] exited with {w.Process.ExitCode}").Concat(_output.TakeLast(60)));

    public void Dispose()
    {
        foreach (var (_, process) in _workers)
        {
            if (!process.HasExited)
                Kill(process);
            process.Dispose();
        }
    }

    private void Collect(string name, string? line)
    {
        if (line is not null)
            _output.Enqueue($"[{name}] {line}");
    }
}
