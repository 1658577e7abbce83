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
