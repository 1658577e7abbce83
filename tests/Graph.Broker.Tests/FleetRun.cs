using System.Diagnostics;
using Graph.Testing;

namespace Graph.Broker.Tests;

/// <summary>
/// One distributed run of a test: a fresh graph, queues of its own, the stories in the inbox, then writer 1 (active, it
/// registers first), writer 2 (standing by), three extract workers and one fetcher.
/// </summary>
internal sealed class FleetRun : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly BrokerEnvironment _environment;
    private readonly WorkerFleet _fleet;

    private FleetRun(BrokerEnvironment environment, BrokerQueues queues, WorkerFleet fleet)
    {
        _environment = environment;
        Queues = queues;
        _fleet = fleet;
    }

    public BrokerQueues Queues { get; }

    public Process ActiveWriter { get; private set; } = null!;

    public List<Process> Extractors { get; } = [];

    public static async Task<FleetRun> StartAsync(BrokerEnvironment environment, int stories)
    {
        await environment.WipeAsync();
        var queues = BrokerEnvironment.NewQueues();
        var folder = Directory.CreateDirectory(Path.Combine(environment.Work, queues.Articles)).FullName;
        var configuration = environment.Configuration(queues, folder);
        configuration["Ingestion:Inbox"] = environment.Stories(stories);
        // Small batches: more commits, so the run lasts long enough to be interrupted in its middle.
        configuration["Broker:WriteBatchSize"] = "4";
        var run = new FleetRun(environment, queues, new WorkerFleet(folder, configuration));
        try
        {
            run.ActiveWriter = run._fleet.Start("writer-1", "write");
            await run.WaitForConsumersAsync(queues.Documents, 1);
            // Writer 2 registers behind the active writer 1; quorum queues count only the active one among its consumers.
            run._fleet.Start("writer-2", "write");
            await Eventually.HoldsAsync(() => Task.FromResult(run._fleet.IsAtWork("writer-2")), StartTimeout, "writer 2 standing by", run._fleet.Report);
            for (var i = 1; i <= 3; i++)
                run.Extractors.Add(run._fleet.Start($"extract-{i}", "extract"));
            run._fleet.Start("fetch", "fetch");
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    public Task WaitForArticlesAsync(long count, TimeSpan timeout) => Eventually.HoldsAsync(
        async () => await GraphSnapshot.CountAsync(_environment.Client, "Article") >= count, timeout,
        $"{count} articles in Neo4j", () => $"{_fleet.Report()}\n{BrokerEnvironment.BrokerReport()}");

    /// <summary>The graph once every queue is empty (nothing left to write twice), after the dead-letter queue was found empty.</summary>
    public async Task<GraphSnapshot> SettledSnapshotAsync()
    {
        await Eventually.HoldsAsync(async () => await BrokerQueuesProbe.ReadAsync(_environment, Queues.Articles) is (0, _)
                && await BrokerQueuesProbe.ReadAsync(_environment, Queues.Documents) is (0, _),
            StartTimeout, "the article and document queues to drain", _fleet.Report);
        Assert.Equal((0u, 0u), await BrokerQueuesProbe.ReadAsync(_environment, Queues.DeadLetters));
        return await GraphSnapshot.TakeAsync(_environment.Client);
    }

    public ValueTask DisposeAsync()
    {
        _fleet.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task WaitForConsumersAsync(string queue, uint consumers) => Eventually.HoldsAsync(
        async () => await BrokerQueuesProbe.ReadAsync(_environment, queue) is { } state && state.Consumers >= consumers,
        StartTimeout, $"{consumers} consumer(s) on {queue}", _fleet.Report);
}
