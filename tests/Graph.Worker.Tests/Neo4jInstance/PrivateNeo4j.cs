using Graph.Neo4j.Client;
using Graph.Testing;

namespace Graph.Worker.Tests.Neo4jInstance;

/// <summary>
/// A Neo4j of this test assembly's own (<c>NEO4J_LOCAL_INSTANCE=worker-tests scripts/neo4j-local</c>): the tests
/// here wipe it, compare whole-graph snapshots and stop and start it, which they must never do to the server the
/// other test assemblies share. Started once for the collection and stopped at its end, also when tests failed
/// (and by .ci/run's stop-all should the test process die).
/// </summary>
public sealed class PrivateNeo4j : IAsyncLifetime
{
    public const string Instance = "worker-tests";

    private readonly Dictionary<int, GraphSnapshot> _cleanRuns = [];
    private readonly string _work = Directory.CreateTempSubdirectory("graph-worker-neo4j-").FullName;
    private Neo4jClientHarness? _harness;
    private Neo4jConnectionSettings? _connection;

    public Neo4jConnectionSettings Connection => _connection ?? throw new InvalidOperationException("The private Neo4j is not started.");

    public INeo4jClient Client => (_harness ?? throw new InvalidOperationException("The private Neo4j is not started.")).Client;

    /// <summary>The repository root (for samples/ and the script).</summary>
    public static string Root => LocalScript.Root;

    public async Task InitializeAsync()
    {
        _connection = await StartAsync();
        _harness = Neo4jClientHarness.Create(_connection.ToConfiguration());
        await WipeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
            await _harness.DisposeAsync();
        Directory.Delete(_work, recursive: true);
        await RunScriptAsync("stop");
    }

    /// <summary>A corpus of <paramref name="count"/> articles (<see cref="Corpus"/>), written once per test run at a fixed path.</summary>
    public string CorpusFolder(int count)
    {
        var folder = Path.Combine(_work, $"corpus-{count}");
        return Directory.Exists(folder) ? folder : Corpus.Write(folder, count);
    }

    /// <summary>
    /// The graph a clean, uninterrupted run over <see cref="CorpusFolder"/> gives (computed once: wipe, ingest, snapshot);
    /// the graph is wiped again afterwards.
    /// </summary>
    public async Task<GraphSnapshot> CleanSnapshotAsync(int count)
    {
        if (_cleanRuns.TryGetValue(count, out var known))
            return known;
        await WipeAsync();
        var summary = await WorkerRuns.IngestAsync(WorkerConfiguration(Path.Combine(_work, $"clean-{count}")), [CorpusFolder(count)]);
        Assert.Equal(count, summary.Written);
        var snapshot = _cleanRuns[count] = await GraphSnapshot.TakeAsync(Client);
        await WipeAsync();
        return snapshot;
    }

    /// <summary>Starts the instance (or finds it running); it keeps its ports across restarts.</summary>
    public async Task<Neo4jConnectionSettings> StartAsync()
    {
        var values = Neo4jTestServer.ParseKeyValueLines(await RunScriptAsync("start"));
        var started = new Neo4jConnectionSettings(values["NEO4J_URI"], values["NEO4J_USERNAME"], values["NEO4J_PASSWORD"]);
        if (_connection is not null && started.Uri != _connection.Uri)
            throw new InvalidOperationException($"The instance came back at {started.Uri}, not {_connection.Uri}.");
        return started;
    }

    /// <summary>Really stops the server process (not a network cut) and waits for it to exit.</summary>
    public Task StopAsync() => RunScriptAsync("stop");

    public Task WipeAsync() => Client.ExecuteAsync([new CypherStatement("MATCH (n) DETACH DELETE n")], CancellationToken.None);

    /// <summary>
    /// Configuration for a worker that writes here: the connection, plus short client retries and a quick circuit
    /// breaker so an outage is noticed (and left) in moments rather than the production half minute.
    /// </summary>
    public Dictionary<string, string?> WorkerConfiguration(string workFolder) => new()
    {
        ["NEO4J_URI"] = Connection.Uri,
        ["NEO4J_USERNAME"] = Connection.Username,
        ["NEO4J_PASSWORD"] = Connection.Password,
        ["Neo4j:Retry:MaxAttempts"] = "2",
        ["Neo4j:Retry:InitialDelay"] = "00:00:00.100",
        ["Neo4j:CircuitBreaker:MinimumThroughput"] = "2",
        ["Neo4j:CircuitBreaker:SamplingDuration"] = "00:00:05",
        ["Neo4j:CircuitBreaker:BreakDuration"] = "00:00:01",
        ["Neo4j:AttemptTimeout"] = "00:00:30",
        ["Pipeline:RetryDelay"] = "00:00:00.200",
        ["Pipeline:MaxRetryDelay"] = "00:00:01",
        ["Ingestion:DeadLetter"] = Path.Combine(workFolder, "dead-letter"),
        ["Ingestion:State"] = Path.Combine(workFolder, "state", "ingestion.db"),
        ["Ingestion:Inbox"] = Path.Combine(workFolder, "inbox"),
        ["Pipeline:Out"] = Path.Combine(workFolder, "out"),
        ["Health:File"] = Path.Combine(workFolder, "state", "health.json"),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static Task<string> RunScriptAsync(string verb) =>
        LocalScript.RunAsync("neo4j-local", verb, new Dictionary<string, string> { ["NEO4J_LOCAL_INSTANCE"] = Instance });
}

/// <summary>The tests that use <see cref="PrivateNeo4j"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PrivateNeo4jCollection : ICollectionFixture<PrivateNeo4j>
{
    public const string Name = "Private Neo4j instance";
}
