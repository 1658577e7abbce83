using System.Text.Json;
using Graph.Neo4j.Client.Discovery;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>
/// An open transaction of the transactional API: <c>POST {tx}</c> opens it with the first statements and answers
/// its <c>commit</c> address, <c>POST {tx}/{id}</c> runs more, <c>POST {tx}/{id}/commit</c> commits,
/// <c>DELETE {tx}/{id}</c> rolls back. The id is taken from that address and the path rebuilt from the discovered
/// endpoint, since the server may name itself by a host the client cannot reach.
/// </summary>
internal sealed class TransactionalOpenTransaction(HttpClient http, Neo4jEndpoints endpoints, string username, ILogger logger)
    : OpenTransactionBase(http, username, logger)
{
    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<PreparedStatement> statements, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Transaction ?? endpoints.Endpoint)
        {
            Content = TransactionalProtocol.WriteBody(statements),
        };
        var reply = await Neo4jHttp.SendAsync(Http, request, Username, cancellationToken).ConfigureAwait(false);
        Transaction ??= endpoints.Append(Uri.EscapeDataString(ReadTransactionId(reply.Json)));
        return TransactionalProtocol.ReadResults(reply.Json, statements.Count);
    }

    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (Transaction is null)
            return;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Transaction.AbsoluteUri + "/commit"))
        {
            Content = TransactionalProtocol.WriteBody([]),
        };
        await Neo4jHttp.SendAsync(Http, request, Username, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The id in the <c>commit</c> address of the answer that opened the transaction (<c>…/transaction/12/commit</c> → 12).</summary>
    internal static string ReadTransactionId(JsonElement root)
    {
        if (root.TryGetProperty("commit", out var commit) && commit.ValueKind == JsonValueKind.String
            && Uri.TryCreate(commit.GetString(), UriKind.Absolute, out var uri) && uri.Segments is { Length: >= 2 } segments
            && segments[^1].Trim('/') == "commit" && Uri.UnescapeDataString(segments[^2].Trim('/')) is { Length: > 0 } id)
            return id;
        throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"The transactional API opened a transaction without a 'commit' address: {ResultJson.Shorten(root)}", isRetryable: false);
    }
}
