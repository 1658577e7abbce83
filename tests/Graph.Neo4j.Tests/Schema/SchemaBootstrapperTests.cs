using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Graph.Neo4j.Tests.Writing;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Schema;

[Collection(Neo4jServerFixture.CollectionName)]
public sealed class SchemaBootstrapperTests(Neo4jServerFixture server)
{
    [Fact]
    public async Task ApplyAsync_Twice_SucceedsBothTimesWithTheServersDialect()
    {
        await using var h = WriterHarness.Create(server);

        var first = await h.Schema.ApplyAsync(CancellationToken.None);
        var second = await h.Schema.ApplyAsync(CancellationToken.None);

        var expected = server.ServerInfo.SupportsModernSchemaSyntax ? SchemaScript.Modern : SchemaScript.Legacy;
        Assert.Equal(expected, first.Script);
        Assert.Equal(expected, second.Script);
        Assert.Equal(SchemaScript.Load(expected).Statements.Count, second.Statements);
    }

    [Fact]
    public async Task ApplyAsync_ThenDuplicateKey_IsRefusedByTheUniquenessConstraint()
    {
        await using var h = WriterHarness.Create(server);
        await h.Schema.ApplyAsync(CancellationToken.None);
        var key = "person:twin-" + Neo4jServerFixture.NewTestId();
        try
        {
            var ex = await Assert.ThrowsAsync<Neo4jException>(() => h.QueryAsync(
                "CREATE (:Person {key: $key}) CREATE (:Person {key: $key})", new { key }));

            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", ex.Code);
            Assert.Empty(await h.QueryAsync("MATCH (p:Person {key: $key}) RETURN p", new { key }));
        }
        finally
        {
            await h.QueryAsync("MATCH (p:Person {key: $key}) DETACH DELETE p", new { key });
        }
    }

    [Fact]
    public async Task EnsureAppliedAsync_CalledAgain_DoesNotRunTheScriptAgain()
    {
        await using var h = WriterHarness.Create(server);

        await h.Schema.EnsureAppliedAsync(CancellationToken.None);
        await h.Schema.EnsureAppliedAsync(CancellationToken.None);

        Assert.Single(h.Logs.WithEvent("LogApplied"));
    }
}
