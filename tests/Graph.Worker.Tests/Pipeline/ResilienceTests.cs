using Graph.Testing;
using System.Diagnostics;
using Graph.Neo4j.Writing;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;
using Graph.Worker.Tests.Commands;
using Graph.Worker.Tests.Neo4jInstance;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Worker.Tests.Pipeline;

/// <summary>
/// Outages and crashes against a real Neo4j (this assembly's own instance, which these tests really stop and
/// start, and kill the worker beside): the graph must come out exactly as a clean run makes it.
/// </summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class ResilienceTests(PrivateNeo4j neo4j) : IAsyncLifetime
{
    private const int Articles = 60;
    private const int KillArticles = 300;

    private readonly TempFolder _folder = new();

    public Task InitializeAsync() => neo4j.WipeAsync();

    public async Task DisposeAsync()
    {
        // Whatever happened, leave the instance running for the next test.
        await neo4j.StartAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Ingest_Neo4jStoppedMidRunAndStartedAgain_EveryArticleWrittenOnceAndTheGraphAsAfterACleanRun()
    {
        var clean = await neo4j.CleanSnapshotAsync(Articles);
        var configuration = neo4j.WorkerConfiguration(_folder.Path);
        configuration["Pipeline:WriteBatchSize"] = "4";
        GatedSink? gate = null;
        Action<IServiceCollection> useGate = services =>
        {
            services.AddSingleton<Neo4jArticleSink>();
            services.AddSingleton<IArticleSink>(provider => gate = new GatedSink(provider.GetRequiredService<Neo4jArticleSink>(), gateAt: 4));
        };
        PipelineStatus? status = null;

        var running = WorkerRuns.IngestAsync(configuration, [neo4j.CorpusFolder(Articles)], services =>
        {
            useGate(services);
            services.AddSingleton(provider => status = new PipelineStatus());
        });
        await WorkerRuns.EventuallyAsync(() => gate?.Reached.IsCompleted == true, "three batches are written and the fourth waits at the gate");
        var writtenBeforeOutage = await GraphSnapshot.CountAsync(neo4j.Client, "Article");
        await neo4j.StopAsync();
        gate!.Release();
        await WorkerRuns.EventuallyAsync(() => status?.WaitingSince is not null, "the pipeline notices Neo4j is gone and waits");
        await neo4j.StartAsync();
        var summary = await running.WaitAsync(TimeSpan.FromMinutes(3));

        Assert.InRange(writtenBeforeOutage, 1, Articles - 1);
        Assert.Equal(Articles, summary.Read);
        Assert.Equal(Articles, summary.Written);
        Assert.Equal(0, summary.SetAsideCount);
        Assert.Null(status!.WaitingSince);
        var outcomes = gate.Outcomes.ToList();
        Assert.All(outcomes, o => Assert.Equal(ArticleWriteStatus.Written, o.Status));
        Assert.Equal(Articles, outcomes.Select(o => o.ArticleId).Distinct().Count());
        Assert.Equal(Articles, outcomes.Count);
        Assert.Equal(clean, await GraphSnapshot.TakeAsync(neo4j.Client));
    }

    [Fact]
    public async Task Ingest_KilledWithSigkillMidRunAndRunAgain_TheGraphAsAfterACleanRun()
    {
        var clean = await neo4j.CleanSnapshotAsync(KillArticles);
        var corpus = neo4j.CorpusFolder(KillArticles);

        using (var doomed = StartWorker("ingest", corpus))
        {
            await WorkerRuns.EventuallyAsync(async () => doomed.HasExited || await GraphSnapshot.CountAsync(neo4j.Client, "Article") >= 20,
                "the worker has written some articles");
            Assert.False(doomed.HasExited, "the worker finished before it could be killed");
            doomed.Kill(entireProcessTree: true);
            await doomed.WaitForExitAsync();
            Assert.Equal(137, doomed.ExitCode);
        }
        var afterKill = await GraphSnapshot.CountAsync(neo4j.Client, "Article");

        using var again = StartWorker("ingest", corpus);
        var stdout = await again.StandardOutput.ReadToEndAsync();
        await again.WaitForExitAsync();

        Assert.InRange(afterKill, 20, KillArticles - 1);
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith($"ingest: {KillArticles} read, {KillArticles - afterKill} written, {afterKill} unchanged, 0 set aside", stdout);
        Assert.Equal(clean, await GraphSnapshot.TakeAsync(neo4j.Client));
    }

    [Fact]
    public async Task Ingest_StoppedLikeCtrlCMidRun_EndsInterruptedAndARerunCompletesTheGraph()
    {
        var clean = await neo4j.CleanSnapshotAsync(Articles);
        var configuration = neo4j.WorkerConfiguration(_folder.Path);
        configuration["Pipeline:WriteBatchSize"] = "4";
        // Small channels: at the stop most of the corpus is still unread, and is left for the rerun.
        configuration["Pipeline:ChannelCapacity"] = "4";
        using var stop = new CancellationTokenSource();
        GatedSink? gate = null;

        var running = WorkerRuns.IngestAsync(configuration, [neo4j.CorpusFolder(Articles)], services =>
        {
            services.AddSingleton<Neo4jArticleSink>();
            services.AddSingleton<IArticleSink>(provider => gate = new GatedSink(provider.GetRequiredService<Neo4jArticleSink>(), gateAt: 3));
        }, stop.Token);
        await WorkerRuns.EventuallyAsync(() => gate?.Reached.IsCompleted == true, "two batches are written");
        await stop.CancelAsync();
        gate!.Release();
        var interrupted = await running.WaitAsync(TimeSpan.FromMinutes(2));
        var rerun = await WorkerRuns.IngestAsync(configuration, [neo4j.CorpusFolder(Articles)]);

        Assert.True(interrupted.Interrupted);
        Assert.InRange(interrupted.Written, 1, Articles - 1);
        Assert.Equal(Articles, interrupted.Written + rerun.Written);
        Assert.Equal(interrupted.Written, rerun.Unchanged);
        Assert.Equal(clean, await GraphSnapshot.TakeAsync(neo4j.Client));
    }

    [Fact]
    public async Task Run_StoppedWithSigtermAndStartedAgain_ExitsCleanlyAndTheGraphMatchesACleanIngest()
    {
        const int Files = 120;
        var inbox = Corpus.Write(Path.Combine(_folder.Path, "inbox"), Files);

        using (var service = StartWorker("run"))
        {
            await WorkerRuns.EventuallyAsync(async () => service.HasExited || await GraphSnapshot.CountAsync(neo4j.Client, "Article") >= 10,
                "the service has written some articles");
            await SignalAsync(service, "TERM");
            await service.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.Equal(0, service.ExitCode);
        }
        var afterStop = await GraphSnapshot.CountAsync(neo4j.Client, "Article");
        using (var service = StartWorker("run"))
        {
            await WorkerRuns.EventuallyAsync(async () => service.HasExited || await GraphSnapshot.CountAsync(neo4j.Client, "Article") == Files,
                "the restarted service has written the rest");
            await SignalAsync(service, "TERM");
            await service.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.Equal(0, service.ExitCode);
        }
        var served = await GraphSnapshot.TakeAsync(neo4j.Client);
        await neo4j.WipeAsync();
        var clean = await WorkerRuns.IngestAsync(neo4j.WorkerConfiguration(Path.Combine(_folder.Path, "clean")), [inbox]);

        Assert.InRange(afterStop, 10, Files);
        Assert.Equal(Files, clean.Written);
        Assert.Equal(await GraphSnapshot.TakeAsync(neo4j.Client), served);
    }

    private static async Task SignalAsync(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>The built executable (graph.dll beside the tests), as a separate process writing into the private instance.</summary>
    private Process StartWorker(params string[] args)
    {
        var configuration = neo4j.WorkerConfiguration(_folder.Path);
        configuration["Pipeline:WriteBatchSize"] = "8";
        configuration["Ingestion:InboxSettleTime"] = "00:00:00";
        var process = GraphProcess.Start(_folder.Path, configuration, args);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }
}
