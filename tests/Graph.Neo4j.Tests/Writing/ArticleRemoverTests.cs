using System.Text.Json;
using Graph.Core.Model;
using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Writing;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Writing;

/// <summary>Removing articles from the graph with the real writer and remover against the test server.</summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class ArticleRemoverTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly TestGraph _g = new();
    private WriterHarness _h = null!;
    private Entity _alice = null!;
    private Entity _bob = null!;
    private Entity _country = null!;

    public Task InitializeAsync()
    {
        _h = WriterHarness.Create(server);
        _alice = _g.Person("alice-norling", "Alice Norling", "Norling");
        _bob = _g.Person("bob-ferrant", "Bob Ferrant");
        _country = _g.Country("XR", "Rovania");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _h.QueryAsync("MATCH (n) WHERE n.key CONTAINS $token DETACH DELETE n", new { token = _g.Token });
        await _h.DisposeAsync();
    }

    private ArticleRecord Article(string id, string published, string outlet) =>
        _g.Article(id, "h1") with { Published = published, Url = $"https://{outlet}/{id}" };

    /// <summary>
    /// The first report of a meeting of Alice and Bob: dated, in a city only it names, hosted (CAMEO 043), and a
    /// statement of Carol, whom only it names; Alice holds a role it states.
    /// </summary>
    private (GraphDocument Document, Entity Carol, Entity City, GraphEvent Statement) FirstReport()
    {
        var a = Article("first", "2024-03-04", "one.example");
        var carol = _g.Person("carol-dunmore", "Carol Dunmore");
        var city = _g.Location("port-vell", "Port Vell");
        var meeting = _g.Event("meet", EventType.Meeting, a, [(_alice, ParticipantRoles.Participant), (_bob, ParticipantRoles.Participant)], city,
            "2024-03-04", evidence: "Alice Norling hosted Bob Ferrant in Port Vell.") with { Cameo = "043", Confidence = 0.9 };
        var statement = _g.Event("carol-says", EventType.Statement, a, [(carol, ParticipantRoles.Speaker)], quote: "The harbour stays open.",
            evidence: "Carol Dunmore said the harbour stays open.");
        return (new GraphDocument
        {
            Articles = [a],
            Entities = [_alice, _bob, _country, carol, city],
            Mentions = [TestGraph.Mention(_alice, a), TestGraph.Mention(_bob, a), TestGraph.Mention(_country, a), TestGraph.Mention(carol, a), TestGraph.Mention(city, a)],
            Events = [meeting, statement],
            Relations = [TestGraph.HoldsRole(_alice, _country, "Foreign Minister", a, "Alice Norling is the foreign minister.")],
        }, carol, city, statement);
    }

    /// <summary>A second report of the same meeting from another outlet, a day later, undated, with no place and a lower confidence.</summary>
    private GraphDocument SecondReport()
    {
        var b = Article("second", "2024-03-05", "two.example");
        var meeting = _g.Event("meet", EventType.Meeting, b, [(_alice, ParticipantRoles.Participant), (_bob, ParticipantRoles.Participant)],
            evidence: "Norling and Ferrant met.") with { Confidence = 0.6 };
        return new GraphDocument
        {
            Articles = [b],
            Entities = [_alice, _bob, _country],
            Mentions = [TestGraph.Mention(_alice, b), TestGraph.Mention(_bob, b), TestGraph.Mention(_country, b)],
            Events = [meeting],
            Relations = [TestGraph.HoldsRole(_alice, _country, "Foreign Minister", b, "Norling, the foreign minister, spoke.")],
        };
    }

    private async Task WriteAsync(GraphDocument document) =>
        Assert.Equal(ArticleWriteStatus.Written, Assert.Single((await _h.Writer.WriteAsync([document], CancellationToken.None)).Articles).Status);

    [Fact]
    public async Task RemoveAsync_ArticleSharingAnEvent_KeepsTheEventRefreshedAndDeletesWhatOnlyItContributed()
    {
        var (first, carol, city, statement) = FirstReport();
        var a = first.Articles[0].Id;
        var b = SecondReport().Articles[0].Id;
        await WriteAsync(first);
        await WriteAsync(SecondReport());
        var meeting = Assert.Single(await _h.QueryAsync("MATCH (e:Meeting)-[:REPORTED_IN]->(:Article {key: $b}) RETURN e.key, e.cameo, e.date, e.sources", new { b }));
        Assert.Equal("043", meeting[1].GetString());
        Assert.Equal("2024-03-04", meeting[2].GetString());
        Assert.Equal(2, meeting[3].GetInt64());
        var key = meeting[0].GetString()!;

        var removal = await _h.Remover.RemoveAsync(a, CancellationToken.None);

        Assert.Equal(new ArticleRemoval(a, true, 1, 1), removal);
        Assert.Empty(await _h.QueryAsync("MATCH (n:Article {key: $a}) RETURN n", new { a }));
        // The shared meeting stays, now as the second report alone tells it: undated, no place, its CAMEO and confidence, one source.
        var kept = Assert.Single(await _h.QueryAsync("""
            MATCH (e:Event {key: $key})-[:REPORTED_IN]->(r:Article)
            RETURN collect(r.key), labels(e), e.type, e.cameo, e.date, e.confidence, e.sources
            """, new { key }));
        Assert.Equal([b], Strings(kept[0]));
        Assert.Equal(["Event", "Meeting"], Strings(kept[1]).Order(StringComparer.Ordinal));
        Assert.Equal(["Meeting", "040"], kept.Skip(2).Take(2).Select(v => v.GetString()));
        Assert.Equal(JsonValueKind.Null, kept[4].ValueKind);
        Assert.Equal((0.6, 1L), (kept[5].GetDouble(), kept[6].GetInt64()));
        Assert.Empty(await _h.QueryAsync("MATCH (:Event {key: $key})-[:OCCURRED_IN]->(p) RETURN p", new { key }));
        var participants = await _h.QueryAsync("MATCH (:Event {key: $key})<-[p:PARTICIPATED_IN]-(n) RETURN n.key, p.role ORDER BY n.key", new { key });
        Assert.Equal([(_alice.Id, "participant"), (_bob.Id, "participant")], participants.Select(r => (r[0].GetString(), r[1].GetString())));
        var met = Assert.Single(await _h.QueryAsync("MATCH (x)-[m:MET {event: $key}]->(y) RETURN x.key, y.key, m.date", new { key }));
        Assert.Equal([_alice.Id, _bob.Id, null], met.Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()));

        // Gone: the statement only it reported, Carol and the city only it named (the city once the meeting no longer
        // occurred there), its role statement; nothing of the test is left without a relationship.
        Assert.Empty(await _h.QueryAsync("MATCH (e:Event {key: $e}) RETURN e", new { e = statement.Id }));
        Assert.Empty(await _h.QueryAsync("MATCH (n) WHERE n.key IN $keys RETURN n", new { keys = new[] { carol.Id, city.Id } }));
        var roles = await _h.QueryAsync("MATCH (:Person {key: $p})-[h:HOLDS_ROLE]->() RETURN h.article", new { p = _alice.Id });
        Assert.Equal([b], roles.Select(r => r[0].GetString()));
        Assert.Empty(await _h.QueryAsync("MATCH (n) WHERE n.key CONTAINS $token AND NOT (n)--() RETURN n.key", new { token = _g.Token }));
        Assert.Single(_h.Logs.WithEvent("LogRemoved"));
    }

    [Fact]
    public async Task RemoveAsync_LaterArticle_LeavesTheGraphAsItWasBeforeIt()
    {
        await WriteAsync(SecondReport());
        var before = await _h.SnapshotAsync(_g);
        var (first, _, _, _) = FirstReport();
        await WriteAsync(first);

        var removal = await _h.Remover.RemoveAsync(first.Articles[0].Id, CancellationToken.None);

        Assert.Equal((true, 1, 1), (removal.Found, removal.EventsDeleted, removal.EventsKept));
        var after = await _h.SnapshotAsync(_g);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
    }

    [Fact]
    public async Task RemoveAsync_ArticleWithAJoinedShortForm_RemovesItsAliasRecord()
    {
        await WriteAsync(FullNameArticle());
        var surname = SurnameArticle();
        await WriteAsync(surname);
        var b = surname.Articles[0].Id;
        Assert.Single(await _h.QueryAsync("MATCH (:Alias {key: $k})-[r:ALIAS_OF {article: $b}]->(:Person {key: $p}) RETURN r",
            new { k = _g.Key("person:norling"), b, p = _alice.Id }));

        var removal = await _h.Remover.RemoveAsync(b, CancellationToken.None);

        Assert.True(removal.Found);
        Assert.Empty(await _h.QueryAsync("MATCH ()-[r:ALIAS_OF]->() WHERE r.article = $b RETURN r", new { b }));
        Assert.Empty(await _h.QueryAsync("MATCH (al:Alias {key: $k}) RETURN al", new { k = _g.Key("person:norling") }));
        // The full form stays with the article that named it.
        var mentioned = await _h.QueryAsync("MATCH (a:Article)-[:MENTIONS]->(:Person {key: $p}) RETURN a.key", new { p = _alice.Id });
        Assert.Equal([_g.Key("full")], mentioned.Select(r => r[0].GetString()));
    }

    [Fact]
    public async Task RemoveAsync_UnknownArticle_NotFoundAndNothingChanges()
    {
        await WriteAsync(SecondReport());
        var before = await _h.SnapshotAsync(_g);

        var removal = await _h.Remover.RemoveAsync(_g.Key("never-written"), CancellationToken.None);

        Assert.Equal(new ArticleRemoval(_g.Key("never-written"), false, 0, 0), removal);
        var after = await _h.SnapshotAsync(_g);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
        Assert.Single(_h.Logs.WithEvent("LogNotFound"));
    }

    /// <summary>Alice by her full name, holding a role at the country.</summary>
    private GraphDocument FullNameArticle() => RoleArticle(_alice, Article("full", "2024-03-04", "one.example"));

    /// <summary>Her surname alone, holding the same role the next day: joined to her by the writer.</summary>
    private GraphDocument SurnameArticle() => RoleArticle(_g.Person("norling", "Norling"), Article("surname", "2024-03-05", "two.example"));

    private GraphDocument RoleArticle(Entity person, ArticleRecord article) => new()
    {
        Articles = [article],
        Entities = [person, _country],
        Mentions = [TestGraph.Mention(person, article), TestGraph.Mention(_country, article)],
        Relations = [TestGraph.HoldsRole(person, _country, "Foreign Minister", article)],
    };

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(v => v.GetString() ?? "<null>").ToArray();
}
