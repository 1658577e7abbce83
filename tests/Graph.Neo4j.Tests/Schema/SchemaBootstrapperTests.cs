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
    public async Task ApplyAsync_GraphFromAnEarlierVersion_GivesEventsTheirAnchorAndNamesTheirBucket()
    {
        await using var h = WriterHarness.Create(server);
        var id = Neo4jServerFixture.NewTestId().Replace("-", "", StringComparison.Ordinal);
        try
        {
            // As the writer left them before it kept anchors and buckets: an undated event reported by two articles.
            await h.QueryAsync("""
                CREATE (a:Article {key: $id + '-a', published: '2024-05-02'}), (b:Article {key: $id + '-b', published: '2024-05-01'})
                CREATE (u:Event {key: $id + '-undated'}), (u)-[:REPORTED_IN]->(a), (u)-[:REPORTED_IN]->(b)
                CREATE (:Event {key: $id + '-dated', date: '2024-04-30'})-[:REPORTED_IN]->(a)
                CREATE (:Person {key: 'person:ann-' + $id, name: 'Ann Quill'}), (:Person {key: 'person:' + $id, name: 'Quill'})
                CREATE (:Organization {key: 'org:' + $id, name: 'League of Quiet Harbours'})
                """, new { id });

            var result = await h.Schema.ApplyAsync(CancellationToken.None);

            var events = await h.QueryAsync("MATCH (e:Event) WHERE e.key STARTS WITH $id RETURN e.key, e.anchor ORDER BY e.key", new { id });
            Assert.Equal([(id + "-dated", "2024-04-30"), (id + "-undated", "2024-05-01")], events.Select(r => (r[0].GetString(), r[1].GetString())));
            var entities = await h.QueryAsync("MATCH (n) WHERE n.key ENDS WITH $id RETURN n.key, n.bucket ORDER BY n.key", new { id });
            Assert.Equal([("org:" + id, "org:LQH"), ("person:ann-" + id, "person:" + id), ("person:" + id, "")],
                entities.Select(r => (r[0].GetString(), r[1].GetString())));
            Assert.True(result.Upgraded >= 5);
            Assert.Equal(0, (await h.Schema.ApplyAsync(CancellationToken.None)).Upgraded);
        }
        finally
        {
            await h.QueryAsync("MATCH (n) WHERE n.key STARTS WITH $id OR n.key ENDS WITH $id DETACH DELETE n", new { id });
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
