using Graph.Core.Model;
using Graph.Neo4j.Maintenance;
using Graph.Neo4j.Tests.Writing;
using Graph.Neo4j.Writing;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Identity;

/// <summary>
/// Short forms joined to full forms as articles arrive one at a time, the merge ledger, and undo. Keys end with
/// the test's token, so "person:orban-TOKEN" is the surname form of "person:viktor-orban-TOKEN".
/// </summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class EntityMergeWriterTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly TestGraph _g = new();
    private IdentityHarness _h = null!;
    private Entity _viktor = null!;
    private Entity _orban = null!;
    private Entity _bob = null!;
    private Entity _country = null!;

    public Task InitializeAsync()
    {
        _h = IdentityHarness.Create(server);
        _viktor = _g.Person("viktor-orban", "Viktor Orbán", "Orbán");
        _orban = _g.Person("orban", "Orban");
        _bob = _g.Person("bob-marsh", "Bob Marsh");
        _country = _g.Country("XH", "Hungaria");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _h.QueryAsync("MATCH (n) WHERE n.key CONTAINS $token DETACH DELETE n", new { token = _g.Token });
        await _h.DisposeAsync();
    }

    private ArticleRecord Article(string id, string published, string outlet, string hash = "h1") =>
        _g.Article(id, hash) with { Published = published, Url = $"https://{outlet}/{id}" };

    /// <summary>The full name: holds a role at the country and meets Bob.</summary>
    private GraphDocument FullNameArticle() => Article(_viktor, Article("a", "2024-03-04", "first.example"), "2024-03-04");

    /// <summary>The surname alone: also holds a role at the country and meets Bob, reported the next day.</summary>
    private GraphDocument SurnameArticle(string hash = "h1") => Article(_orban, Article("b", "2024-03-05", "second.example", hash), null);

    private GraphDocument Article(Entity person, ArticleRecord article, string? date)
    {
        var meeting = _g.Event("meet-" + article.Id[..1], EventType.Meeting, article,
            [(person, ParticipantRoles.Participant), (_bob, ParticipantRoles.Participant)], date: date) with { Confidence = 0.8 };
        return new GraphDocument
        {
            Articles = [article],
            Entities = [person, _bob, _country],
            Mentions = [TestGraph.Mention(person, article), TestGraph.Mention(_bob, article), TestGraph.Mention(_country, article)],
            Events = [meeting],
            Relations = [TestGraph.HoldsRole(person, _country, "Prime Minister", article)],
        };
    }

    private async Task<List<string>> PersonsAsync() =>
        [.. (await _h.QueryAsync("MATCH (p:Person) WHERE p.key CONTAINS $t RETURN p.key ORDER BY p.key", new { t = _g.Token })).Select(r => r[0].GetString()!)];

    private async Task<List<string>> MentionedByAsync(ArticleRecord article) =>
        [.. (await _h.QueryAsync("MATCH (:Article {key: $a})-[:MENTIONS]->(p:Person) RETURN p.key ORDER BY p.key", new { a = article.Id })).Select(r => r[0].GetString()!)];

    [Fact]
    public async Task WriteAsync_SurnameAfterFullName_OnePersonAndTheJoinRecordedWithItsRule()
    {
        await _h.WriteAsync(FullNameArticle());
        var b = SurnameArticle();

        await _h.WriteAsync(b);

        Assert.Equal([_bob.Id, _viktor.Id], await PersonsAsync());
        Assert.Equal([_bob.Id, _viktor.Id], await MentionedByAsync(b.Articles[0]));
        var alias = Assert.Single(await _h.QueryAsync(
            "MATCH (al:Alias {key: $k})-[r:ALIAS_OF]->(p:Person) RETURN al.name, p.key, r.rule, r.article", new { k = _orban.Id }));
        Assert.Equal(["Orban", _viktor.Id, "surname+role", b.Articles[0].Id], alias.Select(v => v.GetString()));
        Assert.Contains(new EntityMergeRecord(_orban.Id, "Orban", _viktor.Id, "Viktor Orbán", "surname+role", b.Articles[0].Id),
            await _h.Merges.ListAsync(CancellationToken.None));
        // Both articles report one meeting of Viktor Orbán and Bob.
        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal(2, meeting.Articles.Length);
        Assert.Contains("Orban", (await _h.QueryAsync("MATCH (p:Person {key: $k}) RETURN p.aliases", new { k = _viktor.Id }))[0][0].EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task WriteAsync_SurnameBeforeFullName_TheStoredSurnameIsTakenIn()
    {
        var b = SurnameArticle();
        await _h.WriteAsync(b);
        Assert.Equal([_bob.Id, _orban.Id], await PersonsAsync());

        await _h.WriteAsync(FullNameArticle());

        Assert.Equal([_bob.Id, _viktor.Id], await PersonsAsync());
        Assert.Equal([_bob.Id, _viktor.Id], await MentionedByAsync(b.Articles[0]));
        Assert.Single(await _h.QueryAsync("MATCH (:Alias {key: $k})-[r:ALIAS_OF {rule: 'surname+role'}]->(:Person {key: $v}) RETURN r", new { k = _orban.Id, v = _viktor.Id }));
        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal(2, meeting.Articles.Length);
        Assert.Equal(2, (await _h.QueryAsync("MATCH (:Event {key: $e})<-[p:PARTICIPATED_IN]-() RETURN p", new { e = meeting.Key })).Count);
        Assert.Equal(2, (await _h.QueryAsync("MATCH (:Person {key: $v})-[h:HOLDS_ROLE]->() RETURN h", new { v = _viktor.Id })).Count);
    }

    [Fact]
    public async Task WriteAsync_TwoPeopleWithOneSurname_TheSurnameAloneStaysItsOwnPerson()
    {
        var anna = _g.Person("anna-orban", "Anna Orbán");
        var annaArticle = Article("c", "2024-03-01", "third.example");
        await _h.WriteAsync(new GraphDocument
        {
            Articles = [annaArticle],
            Entities = [anna, _country],
            Mentions = [TestGraph.Mention(anna, annaArticle), TestGraph.Mention(_country, annaArticle)],
            Relations = [TestGraph.HoldsRole(anna, _country, "Judge", annaArticle)],
        });
        await _h.WriteAsync(FullNameArticle());

        await _h.WriteAsync(SurnameArticle());

        Assert.Equal([anna.Id, _bob.Id, _orban.Id, _viktor.Id], (await PersonsAsync()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(await _h.Merges.ListAsync(CancellationToken.None), m => m.Alias == _orban.Id);
    }

    [Fact]
    public async Task WriteAsync_SurnameStoredThenAnotherFullNameThenTheFullName_TheSurnameIsNotTakenIn()
    {
        var anna = _g.Person("anna-orban", "Anna Orbán");
        var annaArticle = Article("c", "2024-03-01", "third.example");
        var b = SurnameArticle();
        await _h.WriteAsync(b);
        await _h.WriteAsync(new GraphDocument
        {
            Articles = [annaArticle],
            Entities = [anna],
            Mentions = [TestGraph.Mention(anna, annaArticle)],
        });

        // The full name would take the stored surname in (same role), but a second full form now fits it.
        await _h.WriteAsync(FullNameArticle());

        Assert.Equal([anna.Id, _bob.Id, _orban.Id, _viktor.Id], (await PersonsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal([_bob.Id, _orban.Id], await MentionedByAsync(b.Articles[0]));
        Assert.DoesNotContain(await _h.Merges.ListAsync(CancellationToken.None), m => m.Alias == _orban.Id);
    }

    [Fact]
    public async Task UndoAsync_JoinedSurname_RestoresBothNodesSplitsTheEventAndStaysUndone()
    {
        var a = FullNameArticle();
        var b = SurnameArticle();
        await _h.WriteAsync(a);
        await _h.WriteAsync(b);
        Assert.Equal(0.96, Assert.Single(await _h.EventsAsync(_g, "Meeting")).Confidence);

        var undo = await _h.Merges.UndoAsync(_orban.Id, null, CancellationToken.None);

        Assert.NotNull(undo);
        Assert.Equal([_viktor.Id], undo.Entities);
        Assert.Equal([b.Articles[0].Id], undo.Articles);
        Assert.Empty(undo.Failed);
        Assert.Equal([_bob.Id, _orban.Id, _viktor.Id], await PersonsAsync());
        Assert.Equal([_bob.Id, _orban.Id], await MentionedByAsync(b.Articles[0]));
        Assert.Equal([_bob.Id, _viktor.Id], await MentionedByAsync(a.Articles[0]));
        Assert.Equal("Orban", (await _h.QueryAsync("MATCH (p:Person {key: $k}) RETURN p.name", new { k = _orban.Id }))[0][0].GetString());
        Assert.Single(await _h.QueryAsync("MATCH (:Person {key: $k})-[:HOLDS_ROLE {article: $b}]->() RETURN 1", new { k = _orban.Id, b = b.Articles[0].Id }));
        Assert.Empty(await _h.QueryAsync("MATCH (:Person {key: $k})-[:HOLDS_ROLE {article: $b}]->() RETURN 1", new { k = _viktor.Id, b = b.Articles[0].Id }));

        // The meeting splits again: one per article, each with its own participants and confidence.
        var meetings = await _h.EventsAsync(_g, "Meeting");
        Assert.Equal([[a.Articles[0].Id], [b.Articles[0].Id]], meetings.Select(m => m.Articles).OrderBy(x => x[0], StringComparer.Ordinal));
        Assert.All(meetings, m => Assert.Equal((0.8, 1L), (m.Confidence, m.Sources)));
        var participants = await _h.QueryAsync("""
            MATCH (e:Event)-[:REPORTED_IN]->(:Article {key: $b}) MATCH (e)<-[:PARTICIPATED_IN]-(p) RETURN p.key ORDER BY p.key
            """, new { b = b.Articles[0].Id });
        Assert.Equal([_bob.Id, _orban.Id], participants.Select(r => r[0].GetString()));
        Assert.DoesNotContain(await _h.Merges.ListAsync(CancellationToken.None), m => m.Alias == _orban.Id);

        // Undone for good: the article written again (changed) keeps the surname on its own.
        await _h.WriteAsync(SurnameArticle(hash: "h2"));
        Assert.Equal([_bob.Id, _orban.Id], await MentionedByAsync(b.Articles[0]));
        Assert.Null(await _h.Merges.UndoAsync(_orban.Id, null, CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_JoinedArticleRewrittenUnchangedFacts_GraphIdentical()
    {
        await _h.WriteAsync(FullNameArticle());
        await _h.WriteAsync(SurnameArticle());
        var first = await _h.SnapshotAsync(_g);

        await _h.WriteAsync(SurnameArticle(hash: "h2"));

        var second = await _h.SnapshotAsync(_g);
        Assert.Equal(first.Nodes.Select(l => l.Replace("\"h1\"", "\"h2\"", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            second.Nodes.Select(l => l.Replace("\"h1\"", "\"h2\"", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(first.Relationships, second.Relationships);
    }
}
