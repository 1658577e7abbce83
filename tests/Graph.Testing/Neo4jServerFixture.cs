using Graph.Neo4j.Client;
using Xunit;

namespace Graph.Testing;

/// <summary>
/// One Neo4j server per test run, shared by a collection (declare
/// <c>[CollectionDefinition(Neo4jServerFixture.CollectionName)] class …: ICollectionFixture&lt;Neo4jServerFixture&gt;</c>
/// in the test project). Several test projects may run against the same server at once: tests must scope their data
/// (unique ids from <see cref="NewTestId"/>) and delete only what they created.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    /// <summary>The name of the collection that shares this fixture.</summary>
    public const string CollectionName = "Neo4j server";

    private Neo4jClientHarness? _harness;
    private Neo4jConnectionSettings? _connection;

    /// <summary>How to reach the server.</summary>
    public Neo4jConnectionSettings Connection => _connection ?? throw NotStarted();

    /// <summary>A ready client with the default options.</summary>
    public INeo4jClient Client => (_harness ?? throw NotStarted()).Client;

    /// <summary>What the server said about itself when the fixture started.</summary>
    public Neo4jServerInfo ServerInfo { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _connection = await Neo4jTestServer.ResolveAsync(CancellationToken.None).ConfigureAwait(false);
        _harness = Neo4jClientHarness.Create(_connection.ToConfiguration());
        ServerInfo = await _harness.Client.GetServerInfoAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// A separate client for the same server with other settings: <paramref name="overrides"/> replace configuration
    /// keys (e.g. <c>NEO4J_PASSWORD</c>), <paramref name="configure"/> adjusts the options after binding.
    /// </summary>
    public Neo4jClientHarness CreateClient(Action<Neo4jOptions>? configure = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = Connection.ToConfiguration();
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) configuration[key] = value;
        return Neo4jClientHarness.Create(configuration, configure);
    }

    /// <summary>A fresh id to tag the data one test creates (and later deletes).</summary>
    public static string NewTestId() => "test-" + Guid.NewGuid().ToString("N");

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        // The server stays up: other test projects and developers share it.
        if (_harness is not null) await _harness.DisposeAsync().ConfigureAwait(false);
    }

    private static InvalidOperationException NotStarted() => new("The Neo4j fixture has not been initialised.");
}
