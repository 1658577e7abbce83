using System.Globalization;
using Graph.Worker.Pipeline;
using Spectre.Console;

namespace Graph.Worker.Commands;

/// <summary>
/// The <c>ingest</c> progress: on a terminal a bar on stderr (files finished of files named); otherwise a log line every
/// <c>Pipeline:ProgressInterval</c> (<see cref="ProgressLog"/>).
/// </summary>
internal static class IngestProgress
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(250);

    public static async Task<PipelineSummary> RunAsync(Func<Task<PipelineSummary>> run, PipelineStatus status, int files, bool show, ProgressLog log)
    {
        if (!show)
        {
            using var stop = new CancellationTokenSource();
            var logging = log.RunAsync(files, stop.Token);
            try
            {
                return await run();
            }
            finally
            {
                await stop.CancelAsync();
                await logging;
            }
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        PipelineSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(status), maxValue: Math.Max(1, files));
                var running = run();
                while (!running.IsCompleted)
                {
                    task.Value = status.FilesDone;
                    task.Description = Describe(status);
                    await Task.WhenAny(running, Task.Delay(Refresh));
                }
                task.Value = status.FilesDone;
                task.Description = Describe(status);
                summary = await running;
            });
        return summary!;
    }

    private static string Describe(PipelineStatus status) => string.Create(CultureInfo.InvariantCulture,
        $"{status.Read} read, {status.Written} written, {status.Unchanged} unchanged, {status.SetAside} set aside");
}
