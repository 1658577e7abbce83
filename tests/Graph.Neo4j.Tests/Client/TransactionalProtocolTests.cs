using System.Net;
using System.Text.Json;
using Graph.Neo4j.Client;

namespace Graph.Neo4j.Tests.Client;

/// <summary>The transactional API's request body and its 200-with-errors answers, in the documented shapes.</summary>
public sealed class TransactionalProtocolTests
{
    private static FakeNeo4jServer Server(Func<RecordedRequest, HttpResponseMessage> post) => new(request => request.Method == HttpMethod.Get
        ? FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.Root4)
        : post(request));

    [Fact]
    public async Task ExecuteAsync_Statements_SendsAllInOneCommitRequestWithRowFormat()
    {
        var server = Server(_ => FakeNeo4jServer.Json(HttpStatusCode.OK, """
            { "results" : [ { "columns" : [ "a" ], "data" : [ ] }, { "columns" : [ "name", "age" ], "data" : [ { "row" : [ "Patrick", 24 ], "meta" : [ null, null ] } ] } ], "errors" : [ ] }
            """));
        await using var harness = server.CreateHarness();

        var results = await harness.Client.ExecuteAsync(
            [new CypherStatement("CREATE (a:Thing) RETURN a"), new CypherStatement("RETURN $name AS name, $age AS age", new Dictionary<string, object?> { ["name"] = "Patrick", ["age"] = 24, ["none"] = null })],
            CancellationToken.None);

        var post = Assert.Single(server.CypherRequests);
        Assert.EndsWith("/db/neo4j/tx/commit", post.Path);
        using var body = JsonDocument.Parse(post.Body!);
        var statements = body.RootElement.GetProperty("statements").EnumerateArray().ToArray();
        Assert.Equal(2, statements.Length);
        Assert.Equal("CREATE (a:Thing) RETURN a", statements[0].GetProperty("statement").GetString());
        Assert.Empty(statements[0].GetProperty("parameters").EnumerateObject());
        Assert.Equal(24, statements[1].GetProperty("parameters").GetProperty("age").GetInt32());
        Assert.Equal(JsonValueKind.Null, statements[1].GetProperty("parameters").GetProperty("none").ValueKind);
        Assert.All(statements, s => Assert.Equal("row", Assert.Single(s.GetProperty("resultDataContents").EnumerateArray()).GetString()));

        Assert.Empty(results[0].Rows);
        Assert.Equal(["name", "age"], results[1].Columns);
        var row = Assert.Single(results[1].Rows);
        Assert.Equal("Patrick", row[0].GetString());
        Assert.Equal(24, row[1].GetInt32());
    }

    [Fact]
    public async Task InTransactionAsync_ServerNamesAnotherHost_RunsAndCommitsOnTheDiscoveredEndpoint()
    {
        // A server behind Docker or a proxy names itself by a host the client may not reach; only the id is taken.
        var server = Server(request => request.Path switch
        {
            "/db/neo4j/tx" => FakeNeo4jServer.Json(HttpStatusCode.Created, """
                { "commit" : "http://neo4j-inside:7474/db/neo4j/tx/42/commit", "results" : [ { "columns" : [ "n" ], "data" : [ { "row" : [ 1 ], "meta" : [ null ] } ] } ], "errors" : [ ] }
                """),
            "/db/neo4j/tx/42" => FakeNeo4jServer.Json(HttpStatusCode.OK, """
                { "commit" : "http://neo4j-inside:7474/db/neo4j/tx/42/commit", "results" : [ { "columns" : [ "n" ], "data" : [ { "row" : [ 2 ], "meta" : [ null ] } ] } ], "errors" : [ ] }
                """),
            "/db/neo4j/tx/42/commit" => FakeNeo4jServer.Json(HttpStatusCode.OK, """{ "results" : [ ], "errors" : [ ] }"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        await using var harness = server.CreateHarness();

        var values = await harness.Client.InTransactionAsync(async (transaction, token) =>
        {
            var first = await transaction.ExecuteAsync([new CypherStatement("RETURN 1 AS n")], token);
            var second = await transaction.ExecuteAsync([new CypherStatement("RETURN 2 AS n")], token);
            return new[] { first[0].Rows[0][0].GetInt64(), second[0].Rows[0][0].GetInt64() };
        }, CancellationToken.None);

        Assert.Equal([1L, 2L], values);
        Assert.Equal(["/db/neo4j/tx", "/db/neo4j/tx/42", "/db/neo4j/tx/42/commit"], server.CypherRequests.Select(r => r.Path));
        Assert.All(server.CypherRequests, r => Assert.StartsWith(FakeNeo4jServer.BaseUri + "/", r.Uri.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task InTransactionAsync_OpeningAnswerWithoutCommitAddress_ThrowsUnexpectedResponse()
    {
        var server = Server(_ => FakeNeo4jServer.Json(HttpStatusCode.Created, """{ "results" : [ { "columns" : [ "n" ], "data" : [ ] } ], "errors" : [ ] }"""));
        await using var harness = server.CreateHarness();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.InTransactionAsync(
            (transaction, token) => transaction.ExecuteAsync([new CypherStatement("RETURN 1 AS n")], token), CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.UnexpectedResponse, error.Code);
        Assert.Contains("'commit'", error.Message);
    }

    [Fact]
    public async Task ExecuteAsync_OkWithErrorsArray_ThrowsNeo4jErrorCode()
    {
        var server = Server(_ => FakeNeo4jServer.Json(HttpStatusCode.OK, """
            { "results" : [ ], "errors" : [ { "code" : "Neo.ClientError.Statement.SyntaxError", "message" : "Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))" } ] }
            """));
        await using var harness = server.CreateHarness();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => harness.Client.ExecuteAsync([new CypherStatement("This is not Cypher")], CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsRetryable);
        Assert.StartsWith("Neo.ClientError.Statement.SyntaxError: Invalid input 'T'", error.Message);
    }

    [Fact]
    public async Task ExecuteAsync_ParameterThatIsNotJson_FailsBeforeAnyRequest()
    {
        var server = Server(_ => FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.TransactionalResult));
        await using var harness = server.CreateHarness();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.ExecuteAsync(
            [new CypherStatement("RETURN $x", new Dictionary<string, object?> { ["x"] = double.NaN })], CancellationToken.None));

        Assert.Contains("'x'", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ExecuteAsync_NoStatements_ReturnsEmptyWithoutCallingServer()
    {
        var server = Server(_ => FakeNeo4jServer.Json(HttpStatusCode.OK, DocumentedJson.TransactionalResult));
        await using var harness = server.CreateHarness();

        Assert.Empty(await harness.Client.ExecuteAsync([], CancellationToken.None));
        Assert.Empty(server.Requests);
    }
}
