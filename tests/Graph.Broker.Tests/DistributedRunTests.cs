using Graph.Testing;

namespace Graph.Broker.Tests;

/// <summary>
/// 200 wire stories through one fetcher, three extract workers and two writers (one standing by), each a graph.dll
/// process of its own, against a real RabbitMQ and a real Neo4j; the graph must be the one a single-process
/// <c>graph ingest</c> of the same stories gives.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class DistributedRunTests(BrokerEnvironment environment)
{
    private const int Stories = 200;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task Run_OneFetcherThreeExtractorsTwoWriters_SameGraphAsIngest()
    {
        var expected = await environment.IngestedSnapshotAsync(Stories);
        await using var run = await FleetRun.StartAsync(environment, Stories);

        await run.WaitForArticlesAsync(Stories, RunTimeout);

        Assert.Equal(expected, await run.SettledSnapshotAsync());
    }

    [Fact]
    public async Task Run_ExtractorAndActiveWriterKilledThenBrokerRestarted_EveryArticleWrittenOnce()
    {
        var expected = await environment.IngestedSnapshotAsync(Stories);
        await using var run = await FleetRun.StartAsync(environment, Stories);

        await run.WaitForArticlesAsync(30, RunTimeout);
        WorkerFleet.Kill(run.Extractors[0]);
        WorkerFleet.Kill(run.ActiveWriter);
        var afterKills = await GraphSnapshot.CountAsync(environment.Client, "Article");
        await run.WaitForArticlesAsync(afterKills + 30, RunTimeout);
        var beforeRestart = await GraphSnapshot.CountAsync(environment.Client, "Article");
        await environment.RestartBrokerAsync();
        await run.WaitForArticlesAsync(Stories, RunTimeout);

        Assert.True(afterKills < Stories && beforeRestart < Stories,
            $"too late to interrupt the run: {afterKills} of {Stories} articles were written at the kills, {beforeRestart} at the restart");
        Assert.Equal(expected, await run.SettledSnapshotAsync());
    }
}
