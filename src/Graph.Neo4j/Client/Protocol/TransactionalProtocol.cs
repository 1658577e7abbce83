using System.Text.Json;
using Graph.Neo4j.Client.Discovery;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>
/// The transactional Cypher HTTP API (3.x–5.x): all statements in one <c>POST {tx}/commit</c>, which begins,
/// runs and commits in one request; Neo4j rolls back by itself when it reports errors.
/// </summary>
internal sealed class TransactionalProtocol(ILogger<TransactionalProtocol> logger) : ICypherProtocol
{
    /// <inheritdoc />
    public Neo4jHttpApi Api => Neo4jHttpApi.Transactional;

    /// <inheritdoc />
    public async Task<IReadOnlyList<CypherResult>> RunAsync(
        HttpClient http, Neo4jEndpoints endpoints, IReadOnlyList<PreparedStatement> statements, string username, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoints.Append("commit"))
        {
            Content = WriteBody(statements),
        };
        var reply = await Neo4jHttp.SendAsync(http, request, username, cancellationToken).ConfigureAwait(false);
        return ReadResults(reply.Json, statements.Count);
    }

    /// <inheritdoc />
    public IOpenTransaction Begin(HttpClient http, Neo4jEndpoints endpoints, string username) =>
        new TransactionalOpenTransaction(http, endpoints, username, logger);

    /// <summary><c>{"statements":[{"statement":…,"parameters":{…},"resultDataContents":["row"]}, …]}</c></summary>
    internal static HttpContent WriteBody(IReadOnlyList<PreparedStatement> statements) => JsonBody.Create(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        foreach (var statement in statements)
        {
            writer.WriteStartObject();
            statement.WriteFields(writer);
            writer.WriteStartArray("resultDataContents");
            writer.WriteStringValue("row");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>Reads <c>results[].columns</c> and <c>results[].data[].row</c> (errors were checked before).</summary>
    internal static IReadOnlyList<CypherResult> ReadResults(JsonElement root, int expected)
    {
        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array || results.GetArrayLength() != expected)
            throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"The transactional API answered without {expected} result(s): {ResultJson.Shorten(root)}", isRetryable: false);

        var list = new List<CypherResult>(expected);
        foreach (var result in results.EnumerateArray())
        {
            var columns = ResultJson.Strings(result, "columns");
            var rows = new List<IReadOnlyList<JsonElement>>();
            if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in data.EnumerateArray())
                {
                    if (!item.TryGetProperty("row", out var row) || row.ValueKind != JsonValueKind.Array)
                        throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, "A transactional API result row has no 'row' array.", isRetryable: false);
                    rows.Add(row.EnumerateArray().ToArray());
                }
            }

            list.Add(new CypherResult(columns, rows));
        }

        return list;
    }
}
