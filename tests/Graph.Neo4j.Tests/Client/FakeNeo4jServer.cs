using System.Net;
using System.Text;
using Graph.Neo4j.Client;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Neo4j.Tests.Client;

/// <summary>
/// Answers HTTP requests with documented Neo4j JSON, for the protocol shapes no local server can show
/// (Query API v2 needs 5.19+). Records every request. Not a stand-in for the integration tests, which use the real server.
/// </summary>
internal sealed class FakeNeo4jServer : HttpMessageHandler
{
    public const string BaseUri = "http://neo4j.example:17474";

    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _respond;
    private readonly List<RecordedRequest> _requests = [];

    public FakeNeo4jServer(Func<RecordedRequest, HttpResponseMessage> respond) => _respond = (request, _) => Task.FromResult(respond(request));

    /// <summary>A fake whose answers may take time (and observe the request's cancellation).</summary>
    public FakeNeo4jServer(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) => _respond = respond;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToArray(); }
    }

    /// <summary>Requests other than discovery (GET).</summary>
    public IReadOnlyList<RecordedRequest> CypherRequests => Requests.Where(r => r.Method != HttpMethod.Get).ToArray();

    /// <summary>A client wired to this fake through the real <c>AddNeo4j</c>, with short retry delays.</summary>
    public Neo4jClientHarness CreateHarness(Action<Neo4jOptions>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = BaseUri,
            ["NEO4J_USERNAME"] = "graph",
            ["NEO4J_PASSWORD"] = "fake-secret",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;

        return Neo4jClientHarness.Create(
            configuration,
            options =>
            {
                options.Retry.InitialDelay = TimeSpan.FromMilliseconds(5);
                options.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
                configure?.Invoke(options);
            },
            services => services.AddHttpClient(Neo4jServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => this));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, body, headers);
        lock (_requests) _requests.Add(recorded);
        return await _respond(recorded, cancellationToken);
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, string? affinity = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (affinity is not null) response.Headers.Add("neo4j-cluster-affinity", affinity);
        return response;
    }
}

/// <summary>One request the fake received.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, IReadOnlyDictionary<string, string> Headers)
{
    public string Path => Uri.AbsolutePath;
}
