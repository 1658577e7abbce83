using Graph.Neo4j.Client.Discovery;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>Runs a list of statements in one transaction over one of Neo4j's HTTP APIs (one attempt, no retry).</summary>
internal interface ICypherProtocol
{
    /// <summary>The API this protocol speaks.</summary>
    Neo4jHttpApi Api { get; }

    /// <summary>Runs and commits; on failure the transaction is rolled back (by the server or by this call).</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(
        HttpClient http, Neo4jEndpoints endpoints, IReadOnlyList<PreparedStatement> statements, string username, CancellationToken cancellationToken);

    /// <summary>A transaction that stays open across requests; nothing is sent until its first statements run.</summary>
    IOpenTransaction Begin(HttpClient http, Neo4jEndpoints endpoints, string username);
}
