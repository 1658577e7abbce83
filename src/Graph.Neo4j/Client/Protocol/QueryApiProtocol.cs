using System.Text.Json;
using Graph.Neo4j.Client.Discovery;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>
/// Query API v2 (5.19+, Aura). One statement: <c>POST {query}</c> (an implicit transaction). Several: an explicit
/// transaction, <c>POST {query}/tx</c> with the first statement, <c>POST {query}/tx/{id}</c> for each further one,
/// <c>POST {query}/tx/{id}/commit</c>; <c>DELETE {query}/tx/{id}</c> rolls back. Every request after the first
/// echoes the <c>neo4j-cluster-affinity</c> header the server set.
/// </summary>
internal sealed class QueryApiProtocol(ILogger<QueryApiProtocol> logger) : ICypherProtocol
{
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public Neo4jHttpApi Api => Neo4jHttpApi.QueryV2;

    /// <inheritdoc />
    public async Task<IReadOnlyList<CypherResult>> RunAsync(
        HttpClient http, Neo4jEndpoints endpoints, IReadOnlyList<PreparedStatement> statements, string username, CancellationToken cancellationToken)
    {
        if (statements.Count == 1)
        {
            using var request = Post(endpoints.Endpoint, statements[0], affinity: null);
            var reply = await Neo4jHttp.SendAsync(http, request, username, cancellationToken).ConfigureAwait(false);
            return [ReadResult(reply.Json)];
        }

        return await RunExplicitAsync(http, endpoints, statements, username, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<CypherResult>> RunExplicitAsync(
        HttpClient http, Neo4jEndpoints endpoints, IReadOnlyList<PreparedStatement> statements, string username, CancellationToken cancellationToken)
    {
        Neo4jReply begun;
        using (var begin = Post(endpoints.Append("tx"), statements[0], affinity: null))
        {
            begun = await Neo4jHttp.SendAsync(http, begin, username, cancellationToken).ConfigureAwait(false);
        }

        var id = ReadTransactionId(begun.Json);
        var affinity = begun.ClusterAffinity;
        var transaction = endpoints.Append("tx", Uri.EscapeDataString(id));
        try
        {
            var results = new List<CypherResult>(statements.Count) { ReadResult(begun.Json) };
            for (var i = 1; i < statements.Count; i++)
            {
                using var run = Post(transaction, statements[i], affinity);
                var reply = await Neo4jHttp.SendAsync(http, run, username, cancellationToken).ConfigureAwait(false);
                results.Add(ReadResult(reply.Json));
            }

            using var commit = new HttpRequestMessage(HttpMethod.Post, endpoints.Append("tx", Uri.EscapeDataString(id), "commit"));
            AddAffinity(commit, affinity);
            await Neo4jHttp.SendAsync(http, commit, username, cancellationToken).ConfigureAwait(false);
            return results;
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            // After a Neo4j error the server has already closed the transaction; after a network failure,
            // timeout or cancellation it would otherwise hold its locks until it expires.
            if (ex is not Neo4jException { Code: var code } || !code.StartsWith("Neo.", StringComparison.Ordinal))
                await RollbackAsync(http, transaction, affinity, username).ConfigureAwait(false);
            throw;
        }
    }

    private async Task RollbackAsync(HttpClient http, Uri transaction, string? affinity, string username)
    {
        using var timeout = new CancellationTokenSource(RollbackTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Delete, transaction);
        AddAffinity(request, affinity);
        try
        {
            await Neo4jHttp.SendAsync(http, request, username, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            Neo4jClientLog.RollbackFailed(logger, transaction, ex.Message);
        }
    }

    /// <summary><c>{"statement":…,"parameters":{…}}</c> with the affinity header when there is one.</summary>
    internal static HttpRequestMessage Post(Uri uri, PreparedStatement statement, string? affinity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonBody.Create(writer =>
            {
                writer.WriteStartObject();
                statement.WriteFields(writer);
                writer.WriteEndObject();
            }),
        };
        AddAffinity(request, affinity);
        return request;
    }

    /// <summary>Reads <c>data.fields</c> and <c>data.values</c> (errors were checked before).</summary>
    internal static CypherResult ReadResult(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"Query API v2 answered without 'data': {ResultJson.Shorten(root)}", isRetryable: false);

        var fields = ResultJson.Strings(data, "fields");
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in values.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Array)
                    throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, "A Query API v2 result row is not an array.", isRetryable: false);
                rows.Add(row.EnumerateArray().ToArray());
            }
        }

        return new CypherResult(fields, rows);
    }

    /// <summary><c>transaction.id</c> of the answer that opened an explicit transaction.</summary>
    internal static string ReadTransactionId(JsonElement root) =>
        root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object
        && transaction.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"Query API v2 opened a transaction without 'transaction.id': {ResultJson.Shorten(root)}", isRetryable: false);

    private static void AddAffinity(HttpRequestMessage request, string? affinity)
    {
        if (affinity is not null) request.Headers.TryAddWithoutValidation(Neo4jHttp.ClusterAffinityHeader, affinity);
    }
}
