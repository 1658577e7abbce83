using Graph.Testing;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using Graph.Worker.Tests.Commands;

namespace Graph.Worker.Tests.Hostile;

/// <summary>SIGTERM ends <c>ingest</c> (the built executable) within its shutdown timeout, whatever the folder holds.</summary>
[SupportedOSPlatform("linux")]
public sealed class ShutdownOnHostileInputTests : IDisposable
{
    private const int Articles = 5000;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_SigtermWhileReadingAFolderWithLoopsAndAFifo_EndsInterruptedWithinTheShutdownTimeout()
    {
        var input = Path.Combine(_folder.Path, "in");
        for (var i = 0; i < Articles; i++)
            _folder.Write($"in/a{i.ToString("D5", CultureInfo.InvariantCulture)}.md", $"Talks {i}\n\nThe envoy of Norway met the Kenyan minister in Oslo on Monday.");
        File.CreateSymbolicLink(Path.Combine(input, "loopdir"), ".");
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        File.CreateSymbolicLink(Path.Combine(input, "sub", "up"), "..");
        await RunAsync("mkfifo", Path.Combine(input, "x.txt"));

        using var worker = GraphProcess.Start(_folder.Path, new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = "",
            ["Pipeline:ShutdownTimeout"] = "00:00:02",
            ["Pipeline:ProgressInterval"] = "00:00:00.200",
        }, "ingest", input);
        var progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new ConcurrentQueue<string>();
        worker.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
                errors.Enqueue(text);
            // Stopped mid-run: once articles are being written (a signal during start-up is another case).
            if (line.Data?.Contains("Progress: ", StringComparison.Ordinal) == true && !line.Data.Contains(" 0 written", StringComparison.Ordinal))
                progress.TrySetResult();
        };
        worker.BeginErrorReadLine();
        var stdout = worker.StandardOutput.ReadToEndAsync();
        await progress.Task.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.False(worker.HasExited, $"the run ended before it could be stopped: {string.Join('\n', errors.TakeLast(10))}");

        var signalled = Stopwatch.GetTimestamp();
        await RunAsync("kill", "-TERM", worker.Id.ToString(CultureInfo.InvariantCulture));
        await worker.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var stopping = Stopwatch.GetElapsedTime(signalled);

        var summary = await stdout;
        Assert.True(worker.ExitCode == 130 && summary.Contains("(interrupted)", StringComparison.Ordinal),
            $"exit code {worker.ExitCode}; stdout: {summary}; stderr ends: {string.Join('\n', errors.TakeLast(10))}");
        // The shutdown timeout is 2 s; the rest is a generous allowance for a loaded machine.
        Assert.True(stopping < TimeSpan.FromSeconds(30), $"the run took {stopping} to stop");
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }
}
