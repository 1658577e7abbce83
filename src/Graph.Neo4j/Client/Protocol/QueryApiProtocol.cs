using System.Text.Json;
using Graph.Neo4j.Client.Discovery;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>
/// Query API v2 (5.19+, Aura). One statement: <c>POST {query}</c> (an implicit transaction). Several: an explicit
/// transaction (<see cref="QueryApiOpenTransaction"/>).
/// </summary>
internal sealed class QueryApiProtocol(ILogger<QueryApiProtocol> logger) : ICypherProtocol
{
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

    /// <inheritdoc />
    public IOpenTransaction Begin(HttpClient http, Neo4jEndpoints endpoints, string username) =>
        new QueryApiOpenTransaction(http, endpoints, username, logger);

    private async Task<IReadOnlyList<CypherResult>> RunExplicitAsync(
        HttpClient http, Neo4jEndpoints endpoints, IReadOnlyList<PreparedStatement> statements, string username, CancellationToken cancellationToken)
    {
        var transaction = Begin(http, endpoints, username);
        try
        {
            var results = await transaction.RunAsync(statements, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return results;
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            await transaction.RollbackAsync(ex).ConfigureAwait(false);
            throw;
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

    internal static void AddAffinity(HttpRequestMessage request, string? affinity)
    {
        if (affinity is not null) request.Headers.TryAddWithoutValidation(Neo4jHttp.ClusterAffinityHeader, affinity);
    }
}
