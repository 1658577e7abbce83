using System.Text.Json;
using Graph.Neo4j.Client.Discovery;
using Graph.Neo4j.Client.Protocol;
using Graph.Neo4j.Client.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Graph.Neo4j.Client;

/// <summary>
/// <see cref="INeo4jClient"/> over Neo4j's HTTP APIs: discovers the API once, then runs each transaction through
/// the resilience pipeline, replaying it whole on retryable failures.
/// </summary>
internal sealed class Neo4jHttpClient(
    IHttpClientFactory httpClientFactory,
    IOptions<Neo4jOptions> options,
    Neo4jDiscovery discovery,
    Neo4jResilience resilience,
    IEnumerable<ICypherProtocol> protocols,
    ILogger<Neo4jHttpClient> logger) : INeo4jClient
{
    private const string ComponentsQuery = "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition";

    private readonly ICypherProtocol[] _protocols = protocols.ToArray();
    private Neo4jServerInfo? _serverInfo;

    /// <inheritdoc />
    public Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0) return Task.FromResult<IReadOnlyList<CypherResult>>([]);

        var prepared = PreparedStatement.PrepareAll(statements);
        return AttemptAsync((protocol, http, endpoints, username, token) => protocol.RunAsync(http, endpoints, prepared, username, token), $"{prepared.Count} statement(s)", cancellationToken);
    }

    /// <inheritdoc />
    public Task<T> InTransactionAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return AttemptAsync(async (protocol, http, endpoints, username, token) =>
        {
            var transaction = protocol.Begin(http, endpoints, username);
            try
            {
                var result = await work(new OpenTransactionRunner(transaction), token).ConfigureAwait(false);
                await transaction.CommitAsync(token).ConfigureAwait(false);
                return result;
            }
            catch (Exception ex)
            {
                await transaction.RollbackAsync(ex).ConfigureAwait(false);
                throw;
            }
        }, "an open transaction of several requests", cancellationToken);
    }

    /// <summary>One attempt after another through the resilience pipeline, each on the discovered API.</summary>
    private async Task<T> AttemptAsync<T>(
        Func<ICypherProtocol, HttpClient, Neo4jEndpoints, string, CancellationToken, Task<T>> attempt, string work, CancellationToken cancellationToken)
    {
        var username = options.Value.Username;
        var attempts = 0;
        try
        {
            return await resilience.Pipeline.ExecuteAsync(async token =>
            {
                var http = httpClientFactory.CreateClient(Neo4jServiceCollectionExtensions.HttpClientName);
                var endpoints = await discovery.GetAsync(http, token).ConfigureAwait(false);
                Log.Attempt(logger, Interlocked.Increment(ref attempts), work, endpoints.Api);
                return await attempt(ProtocolFor(endpoints.Api), http, endpoints, username, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new Neo4jException(Neo4jErrorCodes.Timeout,
                $"Neo4j did not finish the transaction within {options.Value.AttemptTimeout} (attempt {attempts}).", isRetryable: true, ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new Neo4jException(Neo4jErrorCodes.CircuitOpen,
                $"Neo4j failed repeatedly, so calls are suspended for a while ({ex.Message}).", isRetryable: true, ex);
        }
    }

    /// <summary>Statements run inside an open transaction.</summary>
    private sealed class OpenTransactionRunner(IOpenTransaction transaction) : ICypherRunner
    {
        public Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(statements);
            return statements.Count == 0
                ? Task.FromResult<IReadOnlyList<CypherResult>>([])
                : transaction.RunAsync(PreparedStatement.PrepareAll(statements), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _serverInfo) is { } known) return known;

        var results = await ExecuteAsync([new CypherStatement(ComponentsQuery)], cancellationToken).ConfigureAwait(false);
        var endpoints = await discovery.GetAsync(httpClientFactory.CreateClient(Neo4jServiceCollectionExtensions.HttpClientName), cancellationToken).ConfigureAwait(false);
        var info = ReadServerInfo(results[0], endpoints.Api);
        Log.ServerInfo(logger, info.Version, info.Edition, info.Api);
        Volatile.Write(ref _serverInfo, info);
        return info;
    }

    /// <summary>The kernel's row of <c>dbms.components()</c> (the first row when none is named "Neo4j Kernel").</summary>
    internal static Neo4jServerInfo ReadServerInfo(CypherResult components, Neo4jHttpApi api)
    {
        var name = Column(components, "name");
        var versions = Column(components, "versions");
        var edition = Column(components, "edition");
        var row = components.Rows.FirstOrDefault(r => r[name].ValueKind == JsonValueKind.String && r[name].GetString() == "Neo4j Kernel")
                  ?? components.Rows.FirstOrDefault()
                  ?? throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, "dbms.components() returned no row.", isRetryable: false);

        var versionText = row[versions].ValueKind == JsonValueKind.Array
            ? row[versions].EnumerateArray().Select(v => v.GetString()).FirstOrDefault()
            : null;
        if (!Neo4jVersionParser.TryParse(versionText, out var version))
            throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"dbms.components() reported an unreadable version '{versionText}'.", isRetryable: false);

        return new Neo4jServerInfo(version, row[edition].GetString() ?? "unknown", api);
    }

    private static int Column(CypherResult result, string name)
    {
        var index = result.Columns.ToList().IndexOf(name);
        return index >= 0 ? index : throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"dbms.components() returned no '{name}' column.", isRetryable: false);
    }

    private ICypherProtocol ProtocolFor(Neo4jHttpApi api) =>
        Array.Find(_protocols, p => p.Api == api) ?? throw new InvalidOperationException($"No protocol registered for the {api} API.");
}
