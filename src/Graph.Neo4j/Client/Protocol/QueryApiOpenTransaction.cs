using Graph.Neo4j.Client.Discovery;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>
/// An explicit transaction of Query API v2: <c>POST {query}/tx</c> opens it with the first statement,
/// <c>POST {query}/tx/{id}</c> runs each further one, <c>POST {query}/tx/{id}/commit</c> commits;
/// <c>DELETE {query}/tx/{id}</c> rolls back. Every request after the first echoes the <c>neo4j-cluster-affinity</c>
/// header the server set.
/// </summary>
internal sealed class QueryApiOpenTransaction(HttpClient http, Neo4jEndpoints endpoints, string username, ILogger logger)
    : OpenTransactionBase(http, username, logger)
{
    private string? _affinity;

    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<PreparedStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<CypherResult>(statements.Count);
        foreach (var statement in statements)
        {
            using var request = QueryApiProtocol.Post(Transaction ?? endpoints.Append("tx"), statement, _affinity);
            var reply = await Neo4jHttp.SendAsync(Http, request, Username, cancellationToken).ConfigureAwait(false);
            if (Transaction is null)
            {
                Transaction = endpoints.Append("tx", Uri.EscapeDataString(QueryApiProtocol.ReadTransactionId(reply.Json)));
                _affinity = reply.ClusterAffinity;
            }

            results.Add(QueryApiProtocol.ReadResult(reply.Json));
        }

        return results;
    }

    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (Transaction is null)
            return;
        using var commit = new HttpRequestMessage(HttpMethod.Post, new Uri(Transaction.AbsoluteUri + "/commit"));
        Prepare(commit);
        await Neo4jHttp.SendAsync(Http, commit, Username, cancellationToken).ConfigureAwait(false);
    }

    protected override void Prepare(HttpRequestMessage request) => QueryApiProtocol.AddAffinity(request, _affinity);
}
