using System.Net;
using System.Text.Json;
using Graph.Neo4j.Client;

namespace Graph.Neo4j.Tests.Client;

/// <summary>Query API v2 against the documented request and response shapes (no 5.19+ server is available here).</summary>
public sealed class QueryApiProtocolTests
{
    private static readonly CypherStatement Merge = new(
        "MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice",
        new Dictionary<string, object?> { ["name"] = "Alice", ["age"] = 42 });

    [Fact]
    public async Task ExecuteAsync_OneStatement_PostsStatementAndParametersToQueryEndpoint()
    {
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5)
            : FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.QueryResult));
        await using var harness = server.CreateHarness();

        var results = await harness.Client.ExecuteAsync([Merge], CancellationToken.None);

        var post = Assert.Single(server.CypherRequests);
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.Equal($"{FakeNeo4jServer.BaseUri}/db/neo4j/query/v2", post.Uri.ToString());
        using var body = JsonDocument.Parse(post.Body!);
        Assert.Equal(Merge.Text, body.RootElement.GetProperty("statement").GetString());
        Assert.Equal("Alice", body.RootElement.GetProperty("parameters").GetProperty("name").GetString());
        Assert.Equal(42, body.RootElement.GetProperty("parameters").GetProperty("age").GetInt32());
        Assert.Equal(["parameters", "statement"], body.RootElement.EnumerateObject().Select(p => p.Name).Order());

        var result = Assert.Single(results);
        Assert.Equal(["alice"], result.Columns);
        var node = Assert.Single(Assert.Single(result.Rows));
        Assert.Equal("Alice", node.GetProperty("properties").GetProperty("name").GetString());
    }

    /// <summary>A 5.x server whose explicit transaction "lyU" answers "first" (1) when opened, "next" (2) after, and commits.</summary>
    private static FakeNeo4jServer ExplicitTransactionServer() => new(request => (request.Method.Method, request.Path) switch
    {
        ("GET", "/") => FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5),
        ("POST", "/db/neo4j/query/v2/tx") => FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.TransactionResult("first", 1), DocumentedJson.Affinity),
        ("POST", "/db/neo4j/query/v2/tx/lyU") => FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.TransactionResult("next", 2), DocumentedJson.Affinity),
        ("POST", "/db/neo4j/query/v2/tx/lyU/commit") => FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.Committed, DocumentedJson.Affinity),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    });

    [Fact]
    public async Task InTransactionAsync_TwoRequestsOfWork_OneExplicitTransactionCommittedAfterThem()
    {
        var server = ExplicitTransactionServer();
        await using var harness = server.CreateHarness();

        var values = await harness.Client.InTransactionAsync(async (transaction, token) =>
        {
            var first = await transaction.ExecuteAsync([new CypherStatement("RETURN 1 AS first")], token);
            var next = await transaction.ExecuteAsync([new CypherStatement("RETURN 2 AS next")], token);
            return new[] { first[0].Rows[0][0].GetInt64(), next[0].Rows[0][0].GetInt64() };
        }, CancellationToken.None);

        Assert.Equal([1L, 2L], values);
        Assert.Equal(
            ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/lyU", "/db/neo4j/query/v2/tx/lyU/commit"],
            server.CypherRequests.Select(r => r.Path));
        Assert.All(server.CypherRequests.Skip(1), r => Assert.Equal(DocumentedJson.Affinity, r.Headers["neo4j-cluster-affinity"]));
    }

    [Fact]
    public async Task ExecuteAsync_SeveralStatements_RunsExplicitTransactionEchoingAffinity()
    {
        var server = ExplicitTransactionServer();
        await using var harness = server.CreateHarness();

        var results = await harness.Client.ExecuteAsync(
            [new CypherStatement("RETURN 1 AS first"), new CypherStatement("RETURN $x AS next", new Dictionary<string, object?> { ["x"] = 2 }), new CypherStatement("RETURN 2 AS next")],
            CancellationToken.None);

        var requests = server.CypherRequests;
        Assert.Equal(
            ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/lyU", "/db/neo4j/query/v2/tx/lyU", "/db/neo4j/query/v2/tx/lyU/commit"],
            requests.Select(r => r.Path));
        Assert.False(requests[0].Headers.ContainsKey("neo4j-cluster-affinity"));
        Assert.All(requests.Skip(1), r => Assert.Equal(DocumentedJson.Affinity, r.Headers["neo4j-cluster-affinity"]));
        Assert.Equal("RETURN 1 AS first", JsonDocument.Parse(requests[0].Body!).RootElement.GetProperty("statement").GetString());
        Assert.Equal(2, JsonDocument.Parse(requests[1].Body!).RootElement.GetProperty("parameters").GetProperty("x").GetInt32());
        Assert.Null(requests[3].Body);

        Assert.Equal([1L, 2L, 2L], results.Select(r => Assert.Single(Assert.Single(r.Rows)).GetInt64()));
        Assert.Equal(["first", "next", "next"], results.Select(r => Assert.Single(r.Columns)));
    }

    [Fact]
    public async Task ExecuteAsync_SyntaxErrorAnswer_ThrowsNonRetryableWithCodeAfterOneAttempt()
    {
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5)
            : FakeNeo4jServer.Json(HttpStatusCode.BadRequest, DocumentedJson.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'T'")));
        await using var harness = server.CreateHarness();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([new CypherStatement("This is not Cypher")], CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsRetryable);
        Assert.Contains("Invalid input 'T'", error.Message);
        Assert.Single(server.CypherRequests);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected")]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable")]
    public async Task ExecuteAsync_TransientErrorThenSuccess_ReplaysAndReturnsResult(string code)
    {
        var calls = 0;
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5)
            : Interlocked.Increment(ref calls) == 1
                ? FakeNeo4jServer.Json(HttpStatusCode.BadRequest, DocumentedJson.Error(code, "try again"))
                : FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.QueryResult));
        await using var harness = server.CreateHarness();

        var results = await harness.Client.ExecuteAsync([Merge], CancellationToken.None);

        Assert.Equal(["alice"], Assert.Single(results).Columns);
        Assert.Equal(2, server.CypherRequests.Count);
        var retry = Assert.Single(harness.Logs.WithEvent("Retrying"));
        Assert.Contains(code, retry.Message);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed")]
    public async Task ExecuteAsync_NonRetryableError_IsNotReplayed(string code)
    {
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5)
            : FakeNeo4jServer.Json(HttpStatusCode.BadRequest, DocumentedJson.Error(code, "stop")));
        await using var harness = server.CreateHarness();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([Merge], CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.False(error.IsRetryable);
        Assert.Single(server.CypherRequests);
        Assert.Empty(harness.Logs.WithEvent("Retrying"));
    }

    [Fact]
    public async Task ExecuteAsync_NetworkFailureInsideTransaction_RollsBackWithAffinityAndRetries()
    {
        var failedOnce = 0;
        var server = new FakeNeo4jServer(request => (request.Method.Method, request.Path) switch
        {
            ("GET", "/") => FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5),
            ("POST", "/db/neo4j/query/v2/tx") => FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.TransactionResult("first", 1), DocumentedJson.Affinity),
            ("POST", "/db/neo4j/query/v2/tx/lyU") when Interlocked.Exchange(ref failedOnce, 1) == 0 => throw new HttpRequestException("connection reset"),
            ("POST", "/db/neo4j/query/v2/tx/lyU") => FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.TransactionResult("next", 2), DocumentedJson.Affinity),
            ("POST", "/db/neo4j/query/v2/tx/lyU/commit") => FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.Committed, DocumentedJson.Affinity),
            ("DELETE", "/db/neo4j/query/v2/tx/lyU") => FakeNeo4jServer.Json(HttpStatusCode.Accepted, "{}", DocumentedJson.Affinity),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        await using var harness = server.CreateHarness();

        var results = await harness.Client.ExecuteAsync([new CypherStatement("RETURN 1 AS first"), new CypherStatement("RETURN 2 AS next")], CancellationToken.None);

        Assert.Equal(2, results.Count);
        var rollback = Assert.Single(server.Requests, r => r.Method == HttpMethod.Delete);
        Assert.Equal(DocumentedJson.Affinity, rollback.Headers["neo4j-cluster-affinity"]);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "DELETE /db/neo4j/query/v2/tx/lyU",
             "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            server.CypherRequests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Contains(Neo4jErrorCodes.NetworkFailure, Assert.Single(harness.Logs.WithEvent("Retrying")).Message);
    }

    [Fact]
    public async Task ExecuteAsync_ErrorInsideTransaction_DoesNotSendRollbackTheServerAlreadyDid()
    {
        var server = new FakeNeo4jServer(request => (request.Method.Method, request.Path) switch
        {
            ("GET", "/") => FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5),
            ("POST", "/db/neo4j/query/v2/tx") => FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.TransactionResult("first", 1), DocumentedJson.Affinity),
            _ => FakeNeo4jServer.Json(HttpStatusCode.BadRequest, DocumentedJson.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input")),
        });
        await using var harness = server.CreateHarness();

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            harness.Client.ExecuteAsync([new CypherStatement("RETURN 1 AS first"), new CypherStatement("RETRUN 2")], CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.DoesNotContain(server.Requests, r => r.Method == HttpMethod.Delete);
    }

    [Fact]
    public async Task ExecuteAsync_Unauthorized_NamesUserButNotPassword()
    {
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5)
            : FakeNeo4jServer.Json(HttpStatusCode.Unauthorized, DocumentedJson.Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password.")));
        await using var harness = server.CreateHarness();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([Merge], CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.Unauthorized, error.Code);
        Assert.False(error.IsRetryable);
        Assert.Contains("user 'graph'", error.Message);
        Assert.DoesNotContain("fake-secret", error.Message);
        Assert.Equal("Basic", server.CypherRequests[0].Headers["Authorization"].Split(' ')[0]);
    }

    [Fact]
    public async Task ExecuteAsync_ServerErrorWithoutJson_IsRetryableAndReplayed()
    {
        var calls = 0;
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5)
            : Interlocked.Increment(ref calls) < 3
                ? new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>502 Bad Gateway</html>") }
                : FakeNeo4jServer.Json(HttpStatusCode.Accepted, DocumentedJson.QueryResult));
        await using var harness = server.CreateHarness();

        await harness.Client.ExecuteAsync([Merge], CancellationToken.None);

        Assert.Equal(3, server.CypherRequests.Count);
        Assert.All(harness.Logs.WithEvent("Retrying"), e => Assert.Contains(Neo4jErrorCodes.ServerUnavailable, e.Message));
    }

    [Fact]
    public async Task ExecuteAsync_RetriesExhausted_ThrowsLastRetryableError()
    {
        var server = new FakeNeo4jServer(request => request.Method == HttpMethod.Get
            ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root5)
            : FakeNeo4jServer.Json(HttpStatusCode.BadRequest, DocumentedJson.Error(Neo4jErrorCodes.DeadlockDetected, "deadlock")));
        await using var harness = server.CreateHarness(o => o.Retry.MaxAttempts = 3);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([Merge], CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.DeadlockDetected, error.Code);
        Assert.True(error.IsRetryable);
        Assert.Equal(3, server.CypherRequests.Count);
        Assert.Equal(3, harness.Logs.WithEvent("Attempt").Count);
    }
}
