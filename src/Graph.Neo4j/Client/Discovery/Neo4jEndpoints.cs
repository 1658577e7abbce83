namespace Graph.Neo4j.Client.Discovery;

/// <summary>
/// Where to send Cypher: for <see cref="Neo4jHttpApi.Transactional"/> the transaction root (<c>…/db/data/transaction</c>
/// or <c>…/db/{name}/tx</c>), for <see cref="Neo4jHttpApi.QueryV2"/> the query root (<c>…/db/{name}/query/v2</c>).
/// </summary>
internal sealed record Neo4jEndpoints(Neo4jHttpApi Api, Uri Endpoint, string? ReportedVersion)
{
    /// <summary><see cref="Endpoint"/> followed by more path segments (already escaped).</summary>
    public Uri Append(params ReadOnlySpan<string> segments)
    {
        var text = Endpoint.AbsoluteUri.TrimEnd('/');
        foreach (var segment in segments) text += "/" + segment;
        return new Uri(text);
    }
}
