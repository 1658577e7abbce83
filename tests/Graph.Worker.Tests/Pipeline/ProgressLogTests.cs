using Graph.Testing;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Tests.Pipeline;

public sealed class ProgressLogTests
{
    [Fact]
    public async Task RunAsync_CountsMove_LogsCountsRateAndEstimateOncePerChange()
    {
        var status = new PipelineStatus();
        using var logs = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var options = Options.Create(new PipelineOptions { ProgressInterval = TimeSpan.FromMilliseconds(10) });
        var log = new ProgressLog(status, options, TimeProvider.System, factory.CreateLogger<ProgressLog>());
        using var stop = new CancellationTokenSource();

        var running = log.RunAsync(files: 4, stop.Token);
        status.ArticleRead();
        status.ArticleRead();
        status.ArticleWritten();
        status.CheckpointPassed(file: true);
        await WaitForAsync(() => logs.WithEvent("LogProgressWithEstimate").Count > 0);
        await Task.Delay(100);
        await stop.CancelAsync();
        await running;

        var line = Assert.Single(logs.WithEvent("LogProgressWithEstimate")).Message;
        Assert.StartsWith("Progress: 2 read, 1 written, 0 unchanged, 0 set aside; ", line);
        Assert.Contains("articles/s; 1 of 4 files, about ", line);
    }

    [Fact]
    public async Task RunAsync_Off_ReturnsAtOnceWithoutLogging()
    {
        using var logs = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var log = new ProgressLog(new PipelineStatus(), Options.Create(new PipelineOptions { ProgressInterval = TimeSpan.Zero }),
            TimeProvider.System, factory.CreateLogger<ProgressLog>());

        await log.RunAsync(files: null, CancellationToken.None);

        Assert.Empty(logs.Entries);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
            await Task.Delay(10, limit.Token);
    }
}
