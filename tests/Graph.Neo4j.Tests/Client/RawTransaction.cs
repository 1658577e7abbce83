using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Client;

/// <summary>
/// An explicit transaction on the transactional HTTP API, opened by the test itself (begin, run, commit, rollback)
/// to hold locks while the client under test runs.
/// </summary>
internal sealed class RawTransaction : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _transaction;
    private bool _open = true;

    private RawTransaction(HttpClient http, Uri transaction)
    {
        _http = http;
        _transaction = transaction;
    }

    /// <summary>Opens a transaction with a first statement; its locks are held until commit or rollback.</summary>
    public static async Task<RawTransaction> BeginAsync(Neo4jConnectionSettings connection, string statement, object parameters)
    {
        var http = new HttpClient { BaseAddress = new Uri(connection.Uri.TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.Username}:{connection.Password}")));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await http.PostAsJsonAsync(await TransactionRootAsync(http), Body(statement, parameters));
        var json = await ReadAsync(response);
        var location = response.Headers.Location ?? throw new InvalidOperationException("No Location for the new transaction.");
        return new RawTransaction(http, new Uri(http.BaseAddress!, location.AbsolutePath));
    }

    /// <summary>Runs a statement in the open transaction and returns its Neo4j error code, or null on success.</summary>
    public async Task<string?> RunAsync(string statement, object parameters)
    {
        using var response = await _http.PostAsJsonAsync(_transaction, Body(statement, parameters));
        var error = ErrorCode(await ReadAsync(response));
        if (error is not null) _open = false; // Neo4j rolls back on any error.
        return error;
    }

    /// <summary>Commits; returns the Neo4j error code, or null on success.</summary>
    public async Task<string?> CommitAsync()
    {
        using var response = await _http.PostAsJsonAsync(new Uri(_transaction + "/commit"), new { statements = Array.Empty<object>() });
        _open = false;
        return ErrorCode(await ReadAsync(response));
    }

    public async ValueTask DisposeAsync()
    {
        if (_open)
        {
            using var response = await _http.DeleteAsync(_transaction);
        }

        _http.Dispose();
    }

    private static async Task<string> TransactionRootAsync(HttpClient http)
    {
        using var root = JsonDocument.Parse(await http.GetStringAsync(""));
        if (root.RootElement.TryGetProperty("transaction", out var template))
            return new Uri(template.GetString()!.Replace("{databaseName}", "neo4j", StringComparison.Ordinal)).AbsolutePath;
        return "db/data/transaction"; // 3.x
    }

    private static object Body(string statement, object parameters) => new { statements = new[] { new { statement, parameters } } };

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static string? ErrorCode(JsonElement root) =>
        root.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).FirstOrDefault();
}
