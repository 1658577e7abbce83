using System.Text.Json;
using Graph.Neo4j.Client;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Client;

/// <summary>The client against the real server. Every test tags its nodes with its own id and deletes only those.</summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class Neo4jClientIntegrationTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private const string Label = "GraphClientTest";
    private readonly string _testId = Neo4jServerFixture.NewTestId();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => server.Client.ExecuteAsync(
        [new CypherStatement($"MATCH (n:{Label} {{testId: $testId}}) DETACH DELETE n", new Dictionary<string, object?> { ["testId"] = _testId })],
        CancellationToken.None);

    [Fact]
    public async Task GetServerInfoAsync_LocalServer_ReportsParsedVersionEditionAndApi()
    {
        var info = await server.Client.GetServerInfoAsync(CancellationToken.None);

        Assert.True(info.Version >= new Version(3, 1), $"version {info.Version}");
        Assert.Contains(info.Edition, new[] { "community", "enterprise" });
        // Query API v2 exists from 5.19 on; older servers can only be spoken to transactionally.
        if (info.Version < new Version(5, 19)) Assert.Equal(Neo4jHttpApi.Transactional, info.Api);
        Assert.Same(info, await server.Client.GetServerInfoAsync(CancellationToken.None));
    }

    [Fact]
    public async Task InTransactionAsync_ReadAfterWriteInTheSameTransaction_SeesItAndCommitsAtTheEnd()
    {
        var parameters = new Dictionary<string, object?> { ["testId"] = _testId };
        var count = new CypherStatement($"MATCH (n:{Label} {{testId: $testId}}) RETURN count(n)", parameters);

        var (inside, outside) = await server.Client.InTransactionAsync(async (transaction, token) =>
        {
            await transaction.ExecuteAsync([new CypherStatement($"CREATE (:{Label} {{testId: $testId, key: 'a'}})", parameters)], token);
            var seen = await transaction.ExecuteAsync([count], token);
            // Another transaction does not see it before the commit.
            var other = await server.Client.ExecuteAsync([count], token);
            return (seen[0].Rows[0][0].GetInt64(), other[0].Rows[0][0].GetInt64());
        }, CancellationToken.None);

        Assert.Equal((1L, 0L), (inside, outside));
        Assert.Equal(1L, (await server.Client.ExecuteAsync([count], CancellationToken.None))[0].Rows[0][0].GetInt64());
    }

    [Fact]
    public async Task InTransactionAsync_WorkThrows_RollsBackWhatItWrote()
    {
        var parameters = new Dictionary<string, object?> { ["testId"] = _testId };

        await Assert.ThrowsAsync<InvalidOperationException>(() => server.Client.InTransactionAsync<int>(async (transaction, token) =>
        {
            await transaction.ExecuteAsync([new CypherStatement($"CREATE (:{Label} {{testId: $testId, key: 'gone'}})", parameters)], token);
            throw new InvalidOperationException("the work failed");
        }, CancellationToken.None));

        var results = await server.Client.ExecuteAsync([new CypherStatement($"MATCH (n:{Label} {{testId: $testId}}) RETURN count(n)", parameters)], CancellationToken.None);
        Assert.Equal(0L, results[0].Rows[0][0].GetInt64());
    }

    [Fact]
    public async Task InTransactionAsync_StatementRefused_ThrowsAndKeepsNothing()
    {
        var parameters = new Dictionary<string, object?> { ["testId"] = _testId };

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => server.Client.InTransactionAsync<int>(async (transaction, token) =>
        {
            await transaction.ExecuteAsync([new CypherStatement($"CREATE (:{Label} {{testId: $testId, key: 'first'}})", parameters)], token);
            await transaction.ExecuteAsync([new CypherStatement("RETURN 1 +", null)], token);
            return 0;
        }, CancellationToken.None));

        Assert.StartsWith("Neo.ClientError.Statement.", ex.Code, StringComparison.Ordinal);
        var results = await server.Client.ExecuteAsync([new CypherStatement($"MATCH (n:{Label} {{testId: $testId}}) RETURN count(n)", parameters)], CancellationToken.None);
        Assert.Equal(0L, results[0].Rows[0][0].GetInt64());
    }

    [Fact]
    public async Task ExecuteAsync_WriteThenRead_ReturnsParameterValues()
    {
        await server.Client.ExecuteAsync(
        [
            new CypherStatement(
                $"CREATE (n:{Label} {{testId: $testId, key: 'a', name: $name, count: $count, score: $score, active: $active, tags: $tags}})",
                new Dictionary<string, object?>
                {
                    ["testId"] = _testId, ["name"] = "Alpha", ["count"] = 42L, ["score"] = 0.25, ["active"] = true, ["tags"] = new[] { "x", "y" },
                }),
            new CypherStatement($"CREATE (n:{Label} {{testId: $testId, key: 'b'}})", new Dictionary<string, object?> { ["testId"] = _testId }),
        ], CancellationToken.None);

        var results = await server.Client.ExecuteAsync(
            [new CypherStatement(
                $"MATCH (n:{Label} {{testId: $testId}}) RETURN n.key AS key, n.name AS name, n.count AS count, n.score AS score, n.active AS active, n.tags AS tags ORDER BY key",
                new Dictionary<string, object?> { ["testId"] = _testId })],
            CancellationToken.None);

        var result = Assert.Single(results);
        Assert.Equal(["key", "name", "count", "score", "active", "tags"], result.Columns);
        Assert.Equal(2, result.Rows.Count);
        var a = result.Rows[0];
        Assert.Equal("a", a[0].GetString());
        Assert.Equal("Alpha", a[1].GetString());
        Assert.Equal(42L, a[2].GetInt64());
        Assert.Equal(0.25, a[3].GetDouble());
        Assert.True(a[4].GetBoolean());
        Assert.Equal(["x", "y"], a[5].EnumerateArray().Select(t => t.GetString()!));
        Assert.Equal(JsonValueKind.Null, result.Rows[1][1].ValueKind);
    }

    [Theory]
    [InlineData("Владимир Путин встретился с Си Цзиньпином")]
    [InlineData("习近平 / 김정은 / محمد بن سلمان / Zelenskyy 🇺🇦")]
    [InlineData("O'Brien said \"no\" to the 'deal'")]
    [InlineData(@"back\slash \n not a newline \\ double")]
    [InlineData("'}) DETACH DELETE n //")]
    [InlineData("\"}) MATCH (m) DETACH DELETE m RETURN 1 //")]
    [InlineData("line one\nline two\ttabbed\r\n")]
    public async Task ExecuteAsync_AwkwardText_IsStoredVerbatim(string text)
    {
        var parameters = new Dictionary<string, object?> { ["testId"] = _testId, ["text"] = text };
        await server.Client.ExecuteAsync([new CypherStatement($"CREATE (n:{Label} {{testId: $testId, text: $text}})", parameters)], CancellationToken.None);

        var results = await server.Client.ExecuteAsync(
            [new CypherStatement($"MATCH (n:{Label} {{testId: $testId}}) RETURN n.text AS text", parameters),
             new CypherStatement($"MATCH (n:{Label} {{testId: $testId, text: $text}}) RETURN count(n) AS matches", parameters)],
            CancellationToken.None);

        var row = Assert.Single(results[0].Rows);
        Assert.Equal(text, Assert.Single(row).GetString());
        Assert.Equal(1, Assert.Single(results[1].Rows)[0].GetInt32());
    }

    [Fact]
    public async Task ExecuteAsync_LaterStatementFails_RollsBackEarlierOnes()
    {
        var parameters = new Dictionary<string, object?> { ["testId"] = _testId };

        var error = await Assert.ThrowsAsync<Neo4jException>(() => server.Client.ExecuteAsync(
            [new CypherStatement($"CREATE (n:{Label} {{testId: $testId}})", parameters), new CypherStatement("RETURN 1 +")],
            CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        var count = await server.Client.ExecuteAsync(
            [new CypherStatement($"MATCH (n:{Label} {{testId: $testId}}) RETURN count(n)", parameters)], CancellationToken.None);
        Assert.Equal(0, Assert.Single(count[0].Rows)[0].GetInt32());
    }

    [Fact]
    public async Task ExecuteAsync_SyntaxError_ThrowsNonRetryableWithNeo4jCodeAfterOneAttempt()
    {
        await using var harness = server.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            harness.Client.ExecuteAsync([new CypherStatement("MATCH (n RETURN n")], CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsRetryable);
        Assert.Single(harness.Logs.WithEvent("Attempt"));
        Assert.Empty(harness.Logs.WithEvent("Retrying"));
    }

    [Fact]
    public async Task ExecuteAsync_WrongPassword_ThrowsUnauthorizedNamingUserNotPassword()
    {
        const string wrongPassword = "definitely-not-the-password-7c1e";
        await using var harness = server.CreateClient(overrides: new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = wrongPassword });

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            harness.Client.ExecuteAsync([new CypherStatement("RETURN 1")], CancellationToken.None));

        Assert.Equal(Neo4jErrorCodes.Unauthorized, error.Code);
        Assert.False(error.IsRetryable);
        Assert.Contains($"user '{server.Connection.Username}'", error.Message);
        Assert.Contains("NEO4J_PASSWORD", error.Message);
        Assert.DoesNotContain(wrongPassword, error.Message);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains(wrongPassword, StringComparison.Ordinal));
        Assert.Empty(harness.Logs.WithEvent("Retrying"));
    }
}
