namespace Graph.Neo4j.Client.Discovery;

/// <summary>Chooses the HTTP API from a discovery document and turns the reported URL into one to call.</summary>
internal static class EndpointSelector
{
    private const string DatabasePlaceholder = "{databaseName}";

    /// <summary>
    /// Query API v2 when offered (unless <see cref="Neo4jApiPreference.Transactional"/> is forced), else the
    /// transactional API. Throws <see cref="Neo4jException"/> when the wanted API is not there.
    /// </summary>
    public static Neo4jEndpoints Select(Uri baseUri, string database, Neo4jApiPreference preference, DiscoveryDocument document)
    {
        var useQuery = preference switch
        {
            Neo4jApiPreference.Transactional => false,
            Neo4jApiPreference.QueryV2 => true,
            _ => document.Query is not null,
        };

        var reported = useQuery ? document.Query : document.Transaction;
        if (reported is null)
        {
            var version = document.Version is null ? "the server" : $"Neo4j {document.Version}";
            var message = useQuery
                ? $"{version} at {baseUri} does not offer Query API v2 (it needs 5.19+ with QUERY_API_ENDPOINTS enabled); unset {Neo4jConfiguration.ApiKey} or set it to Transactional."
                : $"{version} at {baseUri} does not offer the transactional HTTP API (removed on Aura and newer servers); unset {Neo4jConfiguration.ApiKey} or set it to QueryV2.";
            throw new Neo4jException(Neo4jErrorCodes.DiscoveryFailed, message, isRetryable: false);
        }

        var api = useQuery ? Neo4jHttpApi.QueryV2 : Neo4jHttpApi.Transactional;
        return new Neo4jEndpoints(api, Rebase(baseUri, ForDatabase(reported, database)), document.Version);
    }

    /// <summary>The Query API v2 root by its documented path, for servers that do not answer discovery (Aura).</summary>
    public static Neo4jEndpoints DefaultQueryEndpoint(Uri baseUri, string database) =>
        new(Neo4jHttpApi.QueryV2, Rebase(baseUri, ForDatabase("/db/" + DatabasePlaceholder + "/query/v2", database)), null);

    /// <summary>
    /// Resolves a reported URL against the configured base, keeping the configured scheme, host and port:
    /// behind a proxy or in a container the server reports its own, unreachable address.
    /// A path prefix of the base (a proxy mount point such as <c>/neo4j</c>) is kept in front of the reported path.
    /// </summary>
    public static Uri Rebase(Uri baseUri, string reported)
    {
        var reportedUri = new Uri(baseUri, reported);
        var path = reportedUri.AbsolutePath;
        var prefix = baseUri.AbsolutePath.TrimEnd('/');
        if (prefix.Length > 0 && !path.StartsWith(prefix + "/", StringComparison.Ordinal)) path = prefix + path;

        return new UriBuilder(baseUri.Scheme, baseUri.Host, baseUri.Port, path) { Query = reportedUri.Query }.Uri;
    }

    private static string ForDatabase(string template, string database) =>
        template.Replace(DatabasePlaceholder, Uri.EscapeDataString(database), StringComparison.Ordinal)
            // Some servers percent-encode the braces of the template.
            .Replace("%7BdatabaseName%7D", Uri.EscapeDataString(database), StringComparison.OrdinalIgnoreCase);
}
