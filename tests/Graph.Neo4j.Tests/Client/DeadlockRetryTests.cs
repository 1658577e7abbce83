using Graph.Neo4j.Client;
using Graph.Testing;
using Xunit.Abstractions;

namespace Graph.Neo4j.Tests.Client;

/// <summary>
/// A real deadlock on the real server, with the client's transaction as the victim. Neo4j aborts the transaction
/// whose lock request closes the cycle, so the order is: the test's transaction locks A; the client's transaction
/// locks B, then spins (a counting loop in Cypher) before asking for A; meanwhile the test's transaction asks for B
/// and waits; the client's request for A closes the cycle and fails with <c>DeadlockDetected</c>. The client must
/// replay its whole transaction, which then commits once the test's transaction has committed.
/// </summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class DeadlockRetryTests(Neo4jServerFixture server, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Label = "GraphClientTest";
    private const int Rounds = 6;
    private readonly string _testId = Neo4jServerFixture.NewTestId();

    public Task InitializeAsync() => server.Client.ExecuteAsync(
        [new CypherStatement($"UNWIND ['A', 'B'] AS key CREATE (:{Label} {{testId: $testId, key: key, client: 0, raw: 0}})", Parameters())],
        CancellationToken.None);

    public Task DisposeAsync() => server.Client.ExecuteAsync(
        [new CypherStatement($"MATCH (n:{Label} {{testId: $testId}}) DETACH DELETE n", Parameters())], CancellationToken.None);

    [Fact]
    public async Task ExecuteAsync_DeadlockWithAnotherTransaction_IsReplayedUntilItCommits()
    {
        await using var harness = server.CreateClient(options =>
        {
            options.Retry.InitialDelay = TimeSpan.FromMilliseconds(200);
            options.Retry.MaxAttempts = 10;
        });

        // How long the client spins between its two locks, and how long the test waits before asking for B.
        // The order above needs: client holds B < test asks for B < client asks for A. A round that misses it
        // (on a slow or busy machine) widens the window it missed and tries again.
        long spin = 20_000_000;
        var wait = TimeSpan.FromMilliseconds(300);
        var replayed = false;
        var clientCommits = 0;
        var outcomes = new List<string>();
        for (var round = 1; round <= Rounds && !replayed; round++)
        {
            await using var raw = await RawTransaction.BeginAsync(server.Connection,
                $"MATCH (a:{Label} {{testId: $testId, key: 'A'}}) SET a.raw = a.raw + 1", Parameters());

            var client = harness.Client.ExecuteAsync(
            [
                new CypherStatement($"MATCH (b:{Label} {{testId: $testId, key: 'B'}}) SET b.client = b.client + 1", Parameters()),
                new CypherStatement(
                    $"UNWIND range(1, $spin) AS i WITH count(i) AS spun MATCH (a:{Label} {{testId: $testId, key: 'A'}}) SET a.client = a.client + 1",
                    Parameters(("spin", spin))),
            ], CancellationToken.None);

            await Task.Delay(wait);
            var rawError = await raw.RunAsync($"MATCH (b:{Label} {{testId: $testId, key: 'B'}}) SET b.raw = b.raw + 1", Parameters());
            if (rawError is null) Assert.Null(await raw.CommitAsync());
            else Assert.Equal(Neo4jErrorCodes.DeadlockDetected, rawError);

            await client;
            clientCommits++;
            replayed = harness.Logs.WithEvent("Retrying").Any(e => e.Message.Contains(Neo4jErrorCodes.DeadlockDetected, StringComparison.Ordinal));
            if (replayed) outcomes.Add("client's transaction aborted and replayed");
            else if (rawError is null) { outcomes.Add("no deadlock (test asked for B too early)"); wait *= 2; }
            else { outcomes.Add("test's transaction aborted (client asked for A too early)"); spin *= 2; }
        }

        output.WriteLine($"Rounds: {string.Join("; ", outcomes)}; attempts: {harness.Logs.WithEvent("Attempt").Count}; replays: "
                         + string.Join(", ", harness.Logs.WithEvent("Retrying").Select(e => e.Message)));
        Assert.True(replayed, $"No round made Neo4j abort the client's transaction: {string.Join("; ", outcomes)}.");
        // However often it was replayed, each ExecuteAsync committed exactly once: both nodes moved together.
        var results = await server.Client.ExecuteAsync(
            [new CypherStatement($"MATCH (n:{Label} {{testId: $testId}}) RETURN n.key, n.client ORDER BY n.key", Parameters())],
            CancellationToken.None);
        Assert.Equal([clientCommits, clientCommits], results[0].Rows.Select(r => r[1].GetInt32()));
        Assert.True(harness.Logs.WithEvent("Attempt").Count > clientCommits);
    }

    private Dictionary<string, object?> Parameters(params (string Name, object? Value)[] extra)
    {
        var parameters = new Dictionary<string, object?> { ["testId"] = _testId };
        foreach (var (name, value) in extra) parameters[name] = value;
        return parameters;
    }
}
