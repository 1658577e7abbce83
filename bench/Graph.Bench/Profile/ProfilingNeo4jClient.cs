using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Neo4j.Client;

namespace Graph.Bench.Profile;

/// <summary>One statement as Neo4j profiled it: its text, database hits and rows, and the operator with the most hits.</summary>
internal sealed record ProfiledStatement(string Text, long DbHits, long Rows, string Costliest, long CostliestHits);

/// <summary>
/// A client that sends every statement with <c>PROFILE</c> through the transactional HTTP API (Neo4j 3.x/4.x), all in
/// one transaction that <see cref="RollBackAsync"/> discards: what a writer does through it is measured and leaves
/// the graph as it was. Outside the writer's transactions too (its first reads), so nothing is committed.
/// </summary>
internal sealed class ProfilingNeo4jClient(HttpClient http, Uri server, string username, string password) : INeo4jClient
{
    private readonly List<ProfiledStatement> _profiled = [];
    private Uri? _transaction;

    public IReadOnlyList<ProfiledStatement> Profiled => _profiled;

    public async Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new
        {
            statements = statements.Select(s => new { statement = "PROFILE " + s.Text, parameters = s.Parameters ?? new Dictionary<string, object?>() }),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, _transaction ?? new Uri(server, "db/data/transaction"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        using var response = await http.SendAsync(request, cancellationToken);
        _transaction ??= response.Headers.Location;
        // Plans of long statements (the relabelling FOREACH chain) nest deeper than the default 64.
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken), new JsonDocumentOptions { MaxDepth = 1024 });
        if (json.RootElement.GetProperty("errors") is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0)
            throw new InvalidOperationException($"Neo4j refused a profiled statement: {errors[0]}");

        var results = new List<CypherResult>();
        foreach (var (result, statement) in json.RootElement.GetProperty("results").EnumerateArray().Zip(statements))
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            var rows = result.GetProperty("data").EnumerateArray()
                .Select(d => (IReadOnlyList<JsonElement>)[.. d.GetProperty("row").EnumerateArray().Select(v => v.Clone())]).ToList();
            results.Add(new CypherResult(columns, rows));
            var root = result.GetProperty("plan").GetProperty("root");
            var operators = Operators(root).ToList();
            var costliest = operators.MaxBy(o => o.Hits);
            _profiled.Add(new ProfiledStatement(statement.Text, operators.Sum(o => o.Hits), Long(root, "Rows"), costliest.Name, costliest.Hits));
        }

        return results;
    }

    public Task<T> InTransactionAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        work(this, cancellationToken);

    public Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("The profiling client only runs statements.");

    /// <summary>Discards everything run through this client.</summary>
    public async Task RollBackAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
            return;
        using var request = new HttpRequestMessage(HttpMethod.Delete, _transaction);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        using var response = await http.SendAsync(request, cancellationToken);
        _transaction = null;
    }

    private static IEnumerable<(string Name, long Hits)> Operators(JsonElement plan)
    {
        var name = plan.GetProperty("operatorType").GetString() ?? "?";
        if (plan.TryGetProperty("ExpandExpression", out var expand) || plan.TryGetProperty("LegacyExpression", out expand))
            name += " " + expand.GetString();
        yield return (name, Long(plan, "DbHits"));
        foreach (var child in plan.GetProperty("children").EnumerateArray())
        {
            foreach (var op in Operators(child))
                yield return op;
        }
    }

    private static long Long(JsonElement plan, string name) => plan.TryGetProperty(name, out var value) && value.TryGetInt64(out var n) ? n : 0;
}
