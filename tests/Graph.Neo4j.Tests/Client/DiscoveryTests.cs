using System.Net;
using Graph.Neo4j.Client;
using Graph.Neo4j.Client.Discovery;

namespace Graph.Neo4j.Tests.Client;

/// <summary>Discovery against the documented <c>GET /</c> answers of 3.x, 4.x and 5.x.</summary>
public sealed class DiscoveryTests
{
    private static FakeNeo4jServer Server(string root, string? data = null) => new(request => (request.Method.Method, request.Path) switch
    {
        ("GET", "/") => FakeNeo4jServer.Json(HttpStatusCode.OK, root),
        ("GET", "/db/data/") when data is not null => FakeNeo4jServer.Json(HttpStatusCode.OK, data),
        ("POST", _) when request.Path.EndsWith("/commit", StringComparison.Ordinal) => FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.TransactionalResult),
        ("POST", _) => FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.QueryResult),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    });

    private static readonly CypherStatement Statement = new("RETURN 1");

    [Fact]
    public async Task ExecuteAsync_Neo4j3_FollowsDataDocumentToTransactionalApiOnConfiguredHost()
    {
        var server = Server(DocumentedJson.Root3, DocumentedJson.Data3);
        await using var harness = server.CreateHarness();

        await harness.Client.ExecuteAsync([Statement], CancellationToken.None);

        // The server reports 10.1.2.3; the configured host is kept.
        Assert.Equal(
            ["GET http://neo4j.example:17474/", "GET http://neo4j.example:17474/db/data/", "POST http://neo4j.example:17474/db/data/transaction/commit"],
            server.Requests.Select(r => $"{r.Method} {r.Uri}"));
        Assert.Contains("3.1.1", Assert.Single(harness.Logs.WithEvent("Discovered")).Message);
    }

    [Fact]
    public async Task ExecuteAsync_Neo4j4_FillsDatabaseIntoTransactionTemplate()
    {
        var server = Server(DocumentedJson.Root4);
        await using var harness = server.CreateHarness(settings: new Dictionary<string, string?> { ["NEO4J_DATABASE"] = "news" });

        await harness.Client.ExecuteAsync([Statement], CancellationToken.None);

        Assert.Equal($"{FakeNeo4jServer.BaseUri}/db/news/tx/commit", Assert.Single(server.CypherRequests).Uri.ToString());
    }

    [Fact]
    public async Task ExecuteAsync_Neo4j5_PrefersQueryApi()
    {
        var server = Server(DocumentedJson.Root5);
        await using var harness = server.CreateHarness();

        await harness.Client.ExecuteAsync([Statement], CancellationToken.None);

        Assert.Equal($"{FakeNeo4jServer.BaseUri}/db/neo4j/query/v2", Assert.Single(server.CypherRequests).Uri.ToString());
    }

    [Fact]
    public async Task ExecuteAsync_Neo4j5WithTransactionalForced_UsesTransactionalApi()
    {
        var server = Server(DocumentedJson.Root5);
        await using var harness = server.CreateHarness(settings: new Dictionary<string, string?> { ["NEO4J_HTTP_API"] = "transactional" });

        await harness.Client.ExecuteAsync([Statement], CancellationToken.None);

        Assert.Equal($"{FakeNeo4jServer.BaseUri}/db/neo4j/tx/commit", Assert.Single(server.CypherRequests).Uri.ToString());
    }

    [Fact]
    public async Task ExecuteAsync_QueryApiForcedOnNeo4j4_ThrowsClearNonRetryableError()
    {
        var server = Server(DocumentedJson.Root4);
        await using var harness = server.CreateHarness(settings: new Dictionary<string, string?> { ["NEO4J_HTTP_API"] = "QueryV2" });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([Statement], CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.DiscoveryFailed, error.Code);
        Assert.False(error.IsRetryable);
        Assert.Contains("4.4.12", error.Message);
        Assert.Contains("Query API v2", error.Message);
        Assert.Empty(server.CypherRequests);
    }

    [Fact]
    public async Task ExecuteAsync_QueryApiForcedWithoutDiscovery_UsesDocumentedPath()
    {
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.QueryResult));
        await using var harness = server.CreateHarness(settings: new Dictionary<string, string?> { ["NEO4J_HTTP_API"] = "QueryV2" });

        await harness.Client.ExecuteAsync([Statement], CancellationToken.None);

        Assert.Equal($"{FakeNeo4jServer.BaseUri}/db/neo4j/query/v2", Assert.Single(server.CypherRequests).Uri.ToString());
        Assert.Single(harness.Logs.WithEvent("DiscoveryFallback"));
    }

    [Fact]
    public async Task ExecuteAsync_SecondCall_ReusesDiscovery()
    {
        var server = Server(DocumentedJson.Root5);
        await using var harness = server.CreateHarness();

        await harness.Client.ExecuteAsync([Statement], CancellationToken.None);
        await harness.Client.ExecuteAsync([Statement], CancellationToken.None);

        Assert.Single(server.Requests, r => r.Method == HttpMethod.Get);
    }

    [Theory]
    [InlineData("https://db.example.org:7473/", "http://10.0.0.7:7474/db/{databaseName}/tx", "https://db.example.org:7473/db/neo4j/tx")]
    [InlineData("https://proxy.example.org/neo4j/", "http://10.0.0.7:7474/db/data/transaction", "https://proxy.example.org/neo4j/db/data/transaction")]
    [InlineData("https://proxy.example.org/neo4j/", "https://proxy.example.org/neo4j/db/{databaseName}/query/v2", "https://proxy.example.org/neo4j/db/neo4j/query/v2")]
    [InlineData("http://localhost:7474/", "/db/{databaseName}/query/v2", "http://localhost:7474/db/neo4j/query/v2")]
    public void Select_ReportedUrl_KeepsConfiguredSchemeHostPortAndPrefix(string baseUri, string reported, string expected)
    {
        var document = new DiscoveryDocument(reported.Contains("query", StringComparison.Ordinal) ? null : reported,
            reported.Contains("query", StringComparison.Ordinal) ? reported : null, null, "5.26.0");

        var endpoints = EndpointSelector.Select(new Uri(baseUri), "neo4j", Neo4jApiPreference.Auto, document);

        Assert.Equal(expected, endpoints.Endpoint.ToString());
    }

    [Fact]
    public void Select_DatabaseNameWithSpecialCharacters_IsEscapedInPath()
    {
        var document = new DiscoveryDocument("http://localhost:7474/db/{databaseName}/tx", null, null, "4.4.0");

        var endpoints = EndpointSelector.Select(new Uri("http://localhost:7474/"), "news db", Neo4jApiPreference.Auto, document);

        Assert.Equal("/db/news%20db/tx", endpoints.Endpoint.AbsolutePath);
    }
}
