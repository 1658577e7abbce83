using Graph.Neo4j.Client;
using Graph.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Graph.Broker.Tests;

/// <summary>
/// A real RabbitMQ (<c>scripts/rabbitmq-local</c>, the one <c>.ci/run</c> started when it did) and a Neo4j of this test
/// assembly's own (<c>NEO4J_LOCAL_INSTANCE=broker-tests</c>), which the tests wipe and compare whole. Every test uses queues
/// of its own (<see cref="NewQueues"/>), so nothing a test leaves in the broker reaches another. The broker is stopped at
/// the end only when this fixture started it.
/// </summary>
public sealed class BrokerEnvironment : IAsyncLifetime
{
    private const string Neo4jInstance = "broker-tests";

    private static readonly Dictionary<string, string> InstanceEnvironment = new() { ["NEO4J_LOCAL_INSTANCE"] = Neo4jInstance };

    private readonly Dictionary<int, GraphSnapshot> _ingested = [];
    private Neo4jClientHarness? _neo4j;
    private bool _startedBroker;

    public string RabbitMqUri { get; private set; } = "";

    public Neo4jConnectionSettings Neo4j { get; private set; } = null!;

    public INeo4jClient Client => (_neo4j ?? throw new InvalidOperationException("Not started.")).Client;

    /// <summary>A folder for one test's files, removed with the fixture.</summary>
    public string Work { get; } = Directory.CreateTempSubdirectory("graph-broker-tests-").FullName;

    public async Task InitializeAsync()
    {
        _startedBroker = !await IsBrokerRunningAsync();
        RabbitMqUri = await StartBrokerAsync();
        var expected = Environment.GetEnvironmentVariable("RABBITMQ_TEST_URI");
        if (!string.IsNullOrEmpty(expected) && expected != RabbitMqUri)
            throw new InvalidOperationException($"RABBITMQ_TEST_URI names another broker than scripts/rabbitmq-local's ({RabbitMqUri}); these tests restart the broker, so they use the script's.");
        var values = Neo4jTestServer.ParseKeyValueLines(await LocalScript.RunAsync("neo4j-local", "start", InstanceEnvironment));
        Neo4j = new Neo4jConnectionSettings(values["NEO4J_URI"], values["NEO4J_USERNAME"], values["NEO4J_PASSWORD"]);
        _neo4j = Neo4jClientHarness.Create(Neo4j.ToConfiguration());
    }

    public async Task DisposeAsync()
    {
        if (_neo4j is not null)
            await _neo4j.DisposeAsync();
        await LocalScript.RunAsync("neo4j-local", "stop", InstanceEnvironment);
        if (_startedBroker)
            await LocalScript.RunAsync("rabbitmq-local", "stop");
        Directory.Delete(Work, recursive: true);
    }

    /// <summary>
    /// Really stops the broker node and starts it again on the same port, with its queues and messages, and checks that a
    /// client of the test's own gets in again.
    /// </summary>
    public async Task RestartBrokerAsync()
    {
        await LocalScript.RunAsync("rabbitmq-local", "stop");
        var uri = await StartBrokerAsync();
        Assert.Equal(RabbitMqUri, uri);
        string? refused = null;
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                await using var connection = await ConnectAsync();
                return true;
            }
            catch (BrokerUnreachableException e)
            {
                refused = e.GetBaseException().Message;
                return false;
            }
        }, TimeSpan.FromSeconds(30), "the restarted broker to accept a connection", () => $"last refusal: {refused}\n{BrokerReport()}");
    }

    /// <summary>The end of the broker node's own log, for failure messages: what it did about connections, restarts and alarms.</summary>
    public static string BrokerReport()
    {
        var logs = Path.Combine(LocalScript.Root, ".cache", "rabbitmq", "logs");
        var log = Directory.Exists(logs)
            ? Directory.GetFiles(logs, "*@localhost.log").OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return log is null ? "(no broker log)" : $"[broker log] ...\n{string.Join('\n', File.ReadLines(log).TakeLast(30))}";
    }

    public Task WipeAsync() => Client.ExecuteAsync([new CypherStatement("MATCH (n) DETACH DELETE n")], CancellationToken.None);

    /// <summary>Queue names no other test uses.</summary>
    public static BrokerQueues NewQueues()
    {
        var prefix = "test-" + Guid.NewGuid().ToString("N")[..12];
        return new BrokerQueues($"{prefix}.articles", $"{prefix}.documents", $"{prefix}.dead-letters");
    }

    /// <summary>Configuration for a graph.dll process of a test: Neo4j, the broker and the test's queues, its own state and health files.</summary>
    public Dictionary<string, string?> Configuration(BrokerQueues queues, string folder) => new()
    {
        ["NEO4J_URI"] = Neo4j.Uri,
        ["NEO4J_USERNAME"] = Neo4j.Username,
        ["NEO4J_PASSWORD"] = Neo4j.Password,
        ["RABBITMQ_URI"] = RabbitMqUri,
        ["Broker:ArticleQueue"] = queues.Articles,
        ["Broker:DocumentQueue"] = queues.Documents,
        ["Broker:DeadLetterQueue"] = queues.DeadLetters,
        ["Broker:ReconnectDelay"] = "00:00:00.500",
        ["Broker:MaxReconnectDelay"] = "00:00:02",
        ["Broker:MonitorInterval"] = "00:00:01",
        ["Ingestion:Inbox"] = Path.Combine(folder, "inbox"),
        ["Ingestion:State"] = Path.Combine(folder, "state", "ingestion.db"),
        ["Ingestion:DeadLetter"] = Path.Combine(folder, "dead-letter"),
        ["Health:File"] = Path.Combine(folder, "health.json"),
        ["Health:Interval"] = "00:00:01",
        ["Logging:LogLevel:Default"] = "Warning",
        // An unhealthy check is logged every second; the roles' own warnings already say why, and the failure message keeps only the last lines.
        ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None",
    };

    /// <summary>
    /// <paramref name="count"/> wire stories in one folder for every run: both <c>ingest</c> and the fetcher's inbox read
    /// them there, since each article records the path it was read from.
    /// </summary>
    public string Stories(int count)
    {
        var folder = Path.Combine(Work, $"stories-{count}");
        return Directory.Exists(folder) ? folder : NewsWire.Write(folder, count);
    }

    /// <summary>The graph a single-process <c>graph ingest</c> of <see cref="Stories"/> gives (computed once; the graph is wiped after).</summary>
    public async Task<GraphSnapshot> IngestedSnapshotAsync(int count)
    {
        if (_ingested.TryGetValue(count, out var known))
            return known;
        var folder = Directory.CreateDirectory(Path.Combine(Work, $"ingest-{count}")).FullName;
        var stories = Stories(count);
        await WipeAsync();
        var configuration = Configuration(NewQueues(), folder);
        configuration.Remove("RABBITMQ_URI");
        using (var ingest = GraphProcess.Start(folder, configuration, "ingest", stories))
        {
            var output = ingest.StandardOutput.ReadToEndAsync();
            var error = ingest.StandardError.ReadToEndAsync();
            await ingest.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
            Assert.True(ingest.ExitCode == 0, $"ingest exited with {ingest.ExitCode}: {await output}{await error}");
        }
        Assert.Equal(count, await GraphSnapshot.CountAsync(Client, "Article"));
        var snapshot = _ingested[count] = await GraphSnapshot.TakeAsync(Client);
        await WipeAsync();
        return snapshot;
    }

    /// <summary>A connection of the test's own, to look into queues and publish what a fetcher never would.</summary>
    public async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { Uri = new Uri(RabbitMqUri), AutomaticRecoveryEnabled = false }.CreateConnectionAsync();

    private static async Task<bool> IsBrokerRunningAsync()
    {
        try
        {
            await LocalScript.RunAsync("rabbitmq-local", "status");
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task<string> StartBrokerAsync() =>
        Neo4jTestServer.ParseKeyValueLines(await LocalScript.RunAsync("rabbitmq-local", "start"))["RABBITMQ_URI"];
}

public sealed record BrokerQueues(string Articles, string Documents, string DeadLetters);

/// <summary>The broker tests: they share the broker and the private Neo4j, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<BrokerEnvironment>
{
    public const string Name = "RabbitMQ and a private Neo4j";
}
