using System.Text.Json;
using Graph.Core.Model;
using Graph.Neo4j.Writing;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Writing;

[Collection(Neo4jServerFixture.CollectionName)]
public sealed class GraphWriterTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly TestGraph _g = new();
    private WriterHarness _h = null!;

    public Task InitializeAsync()
    {
        _h = WriterHarness.Create(server);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        // Only this test's nodes: every key holds its token.
        await _h.QueryAsync("MATCH (n) WHERE n.key CONTAINS $token DETACH DELETE n", new { token = _g.Token });
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task WriteAsync_NewArticle_StoresNodesLabelsRelationshipsAndProperties()
    {
        var doc = MeetingDocument(out var names);

        var result = await _h.Writer.WriteAsync([doc], CancellationToken.None);

        var outcome = Assert.Single(result.Articles);
        Assert.Equal(ArticleWriteStatus.Written, outcome.Status);
        // 1 article + 5 entities + 2 events; 5 MENTIONS, 2 REPORTED_IN, 5 PARTICIPATED_IN, 1 OCCURRED_IN, 2 HOLDS_ROLE, 3 MET.
        Assert.Equal(26, outcome.Elements);
        var snapshot = await _h.SnapshotAsync(_g);
        Assert.Equal(8, snapshot.Nodes.Count);
        Assert.Equal(18, snapshot.Relationships.Count);

        var article = Assert.Single(await _h.QueryAsync(
            "MATCH (a:Article {key: $key}) RETURN a.id, a.title, a.url, a.published, a.source, a.contentHash", new { key = names.Article }));
        Assert.Equal([names.Article, "Talks in the capital", $"https://news.example/a1", "2024-03-05", "articles/a1.txt", "hash-1"],
            article.Select(v => v.GetString()));

        // An article read from a text file has no byline or language: the node has no such property.
        var web = Assert.Single(await _h.QueryAsync("MATCH (a:Article {key: $key}) RETURN a.byline, a.language", new { key = names.Article }));
        Assert.All(web, v => Assert.Equal(System.Text.Json.JsonValueKind.Null, v.ValueKind));

        var alice = Assert.Single(await _h.QueryAsync(
            "MATCH (p:Person {key: $key}) RETURN labels(p), p.name, p.aliases, p.iso2", new { key = names.Alice }));
        Assert.Equal(["Person"], Strings(alice[0]));
        Assert.Equal("Alice Example", alice[1].GetString());
        Assert.Equal(["Alice", "Ms Example"], Strings(alice[2]));
        Assert.Equal(JsonValueKind.Null, alice[3].ValueKind);
        var country = Assert.Single(await _h.QueryAsync("MATCH (c:Country {key: $key}) RETURN c.name, c.iso2", new { key = names.Country }));
        Assert.Equal(["Examplestan", "XA"], country.Select(v => v.GetString()));

        var meeting = Assert.Single(await _h.QueryAsync(
            "MATCH (e:Event {key: $key}) RETURN labels(e), e.type, e.cameo, e.goldstein, e.date, e.quote, e.confidence", new { key = names.Meeting }));
        Assert.Equal(["Event", "Meeting"], Strings(meeting[0]).Order());
        Assert.Equal("Meeting", meeting[1].GetString());
        Assert.Equal("040", meeting[2].GetString());
        Assert.Equal("1.0", meeting[3].GetRawText()); // a float, though JSON sent it as 1
        Assert.Equal("2024-03-04", meeting[4].GetString());
        Assert.Equal(JsonValueKind.Null, meeting[5].ValueKind);
        Assert.Equal(0.9, meeting[6].GetDouble());

        var statement = Assert.Single(await _h.QueryAsync(
            "MATCH (e:Event:Statement {key: $key}) RETURN e.quote, e.date", new { key = names.Statement }));
        Assert.Equal("We will talk again.", statement[0].GetString());
        Assert.Equal(JsonValueKind.Null, statement[1].ValueKind);

        var reported = Assert.Single(await _h.QueryAsync(
            "MATCH (:Event {key: $event})-[r:REPORTED_IN]->(:Article {key: $article}) RETURN r.evidence, r.start, r.`end`",
            new { @event = names.Meeting, article = names.Article }));
        Assert.Equal("Alice met Bob in Capital City.", reported[0].GetString());
        Assert.Equal(10, reported[1].GetInt32());
        Assert.Equal(40, reported[2].GetInt32());

        var mentions = await _h.QueryAsync(
            "MATCH (:Article {key: $key})-[m:MENTIONS]->(n) RETURN n.key, m.count ORDER BY n.key", new { key = names.Article });
        Assert.Equal(
            [(names.Country, 1), (names.City, 1), (names.Org, 0), (names.Alice, 2), (names.Bob, 1)],
            mentions.Select(r => (r[0].GetString(), r[1].GetInt32())));

        var roles = await _h.QueryAsync(
            "MATCH (e:Event {key: $key})<-[r:PARTICIPATED_IN]-(n) RETURN n.key, r.role ORDER BY n.key, r.role", new { key = names.Statement });
        Assert.Equal([(names.Alice, "speaker"), (names.Bob, "addressee")], roles.Select(r => (r[0].GetString(), r[1].GetString())));

        var place = Assert.Single(await _h.QueryAsync(
            "MATCH (:Event {key: $key})-[:OCCURRED_IN]->(p) RETURN labels(p), p.key", new { key = names.Meeting }));
        Assert.Equal(["Location"], Strings(place[0]));
        Assert.Equal(names.City, place[1].GetString());

        var holds = await _h.QueryAsync(
            "MATCH (p:Person)-[r:HOLDS_ROLE]->(t) WHERE p.key IN $keys RETURN p.key, labels(t), r.title, r.article, r.evidence ORDER BY p.key",
            new { keys = new[] { names.Alice, names.Bob } });
        Assert.Equal(2, holds.Count);
        Assert.Equal(names.Alice, holds[0][0].GetString());
        Assert.Equal(["Country"], Strings(holds[0][1]));
        Assert.Equal(["President", names.Article, "Alice is the president."], holds[0].Skip(2).Select(v => v.GetString()));
        Assert.Equal(["Organization"], Strings(holds[1][1]));

        // Who met whom: one hop, one relationship per pair and event, from the smaller key to the larger.
        var met = await _h.QueryAsync(
            "MATCH (a)-[m:MET]->(b) WHERE m.event = $event RETURN a.key, b.key, m.date, m.type ORDER BY a.key, b.key", new { @event = names.Meeting });
        Assert.Equal(
            [(names.Country, names.Alice), (names.Country, names.Bob), (names.Alice, names.Bob)],
            met.Select(r => (r[0].GetString(), r[1].GetString())));
        Assert.All(met, r => Assert.Equal(("2024-03-04", "Meeting"), (r[2].GetString(), r[3].GetString())));
    }

    [Fact]
    public async Task WriteAsync_WebPageArticle_StoresItsBylineAndLanguage()
    {
        var doc = MeetingDocument(out var names);
        doc.Articles[0] = doc.Articles[0] with { Byline = "Maren Holt", Language = "en" };

        await _h.Writer.WriteAsync([doc], CancellationToken.None);

        var article = Assert.Single(await _h.QueryAsync("MATCH (a:Article {key: $key}) RETURN a.byline, a.language", new { key = names.Article }));
        Assert.Equal(["Maren Holt", "en"], article.Select(v => v.GetString()));
    }

    [Fact]
    public async Task WriteAsync_SameArticleTwice_SecondIsUnchangedAndGraphIdentical()
    {
        var doc = MeetingDocument(out _);
        await _h.Writer.WriteAsync([doc], CancellationToken.None);
        var first = await _h.SnapshotAsync(_g);

        var again = await _h.Writer.WriteAsync([doc], CancellationToken.None);

        Assert.Equal(ArticleWriteStatus.Unchanged, Assert.Single(again.Articles).Status);
        var second = await _h.SnapshotAsync(_g);
        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Relationships, second.Relationships);
    }

    [Fact]
    public async Task WriteAsync_SameArticleTwiceInOneCall_SecondIsUnchanged()
    {
        var doc = MeetingDocument(out _);

        var result = await _h.Writer.WriteAsync([doc, doc], CancellationToken.None);

        Assert.Equal([ArticleWriteStatus.Written, ArticleWriteStatus.Unchanged], result.Articles.Select(o => o.Status));
    }

    [Fact]
    public async Task WriteAsync_SameFactsUnderNewHash_RewritesToAnIdenticalGraph()
    {
        await _h.Writer.WriteAsync([MeetingDocument(out _)], CancellationToken.None);
        var first = await _h.SnapshotAsync(_g);

        var rewritten = await _h.Writer.WriteAsync([MeetingDocument(out _, hash: "hash-2")], CancellationToken.None);

        Assert.Equal(ArticleWriteStatus.Written, Assert.Single(rewritten.Articles).Status);
        var second = await _h.SnapshotAsync(_g);
        Assert.Equal(first.Nodes.Select(l => l.Replace("hash-1", "hash-2", StringComparison.Ordinal)), second.Nodes);
        Assert.Equal(first.Relationships, second.Relationships);
    }

    [Fact]
    public async Task WriteAsync_ChangedArticle_ReplacesItsFactsAndKeepsAnotherArticlesFacts()
    {
        var a1 = _g.Article("a1", "hash-1", "First version");
        var b = _g.Article("article-b", "hash-b");
        var alice = _g.Person("alice", "Alice Example", "Alice");
        var bob = _g.Person("bob", "Bob Example");
        var carol = _g.Person("carol", "Carol Example", "Carol");
        var country = _g.Country("XA", "Examplestan", "Examplestani");
        var meeting = _g.Event("meet", EventType.Meeting, a1, [(alice, "participant"), (bob, "participant")], country, "2024-03-01");
        var sharedInA = _g.Event("shared", EventType.Statement, a1, [(alice, "speaker")], evidence: "Alice spoke (A).");
        var sharedInB = _g.Event("shared", EventType.Statement, b, [(alice, "speaker")], evidence: "Alice spoke (B).");
        var onlyB = _g.Event("b-only", EventType.Threat, b, [(alice, "threatener"), (country, "target")]);
        await _h.Writer.WriteAsync(ArticleDocuments.Of(new GraphDocument
        {
            Articles = [a1, b],
            Entities = [alice, bob, country],
            Mentions = [TestGraph.Mention(alice, a1), TestGraph.Mention(bob, a1), TestGraph.Mention(country, a1), TestGraph.Mention(alice, b), TestGraph.Mention(country, b)],
            Events = [meeting, sharedInA, sharedInB, onlyB],
            Relations = [TestGraph.HoldsRole(alice, country, "President", a1), TestGraph.HoldsRole(alice, country, "President", b, "B says so.")],
        }), CancellationToken.None);
        var before = await _h.SnapshotAsync(_g);
        var bLinesBefore = before.Relationships.Where(l => l.Contains(b.Id, StringComparison.Ordinal) && !l.Contains("MENTIONS", StringComparison.Ordinal)).ToList();

        var a2 = _g.Article("a1", "hash-2", "Second version");
        var visit = _g.Event("visit", EventType.Visit, a2, [(carol, "visitor")], country, "2024-03-09");
        var result = await _h.Writer.WriteAsync([new GraphDocument
        {
            Articles = [a2],
            Entities = [alice, carol, country],
            Mentions = [TestGraph.Mention(alice, a2), TestGraph.Mention(carol, a2), TestGraph.Mention(carol, a2, 50), TestGraph.Mention(country, a2)],
            Events = [visit],
        }], CancellationToken.None);

        Assert.Equal(ArticleWriteStatus.Written, Assert.Single(result.Articles).Status);
        var after = await _h.SnapshotAsync(_g);

        // Gone: the meeting (with its MET and participations), A's role statement, A's report of the shared
        // event, and Bob, whom only A's first version named.
        Assert.Empty(after.Lines(meeting.Id));
        Assert.Empty(after.Lines("[MET "));
        Assert.Empty(after.Lines(bob.Id));
        Assert.Empty(await _h.QueryAsync("MATCH ()-[r:HOLDS_ROLE {article: $a}]->() RETURN r", new { a = a1.Id }));
        Assert.Empty(await _h.QueryAsync("MATCH (:Event {key: $e})-[r:REPORTED_IN]->(:Article {key: $a}) RETURN r", new { e = sharedInA.Id, a = a1.Id }));

        // Kept: everything B contributed, and the shared event B still reports.
        Assert.Equal(bLinesBefore, after.Relationships.Where(l => l.Contains(b.Id, StringComparison.Ordinal) && !l.Contains("MENTIONS", StringComparison.Ordinal)));
        var shared = Assert.Single(await _h.QueryAsync(
            "MATCH (e:Event {key: $e})-[r:REPORTED_IN]->(a:Article) RETURN a.key, r.evidence", new { e = sharedInB.Id }));
        Assert.Equal([b.Id, "Alice spoke (B)."], shared.Select(v => v.GetString()));
        Assert.Single(await _h.QueryAsync("MATCH (e:Event:Threat {key: $e})<-[:PARTICIPATED_IN]-(:Country {key: $c}) RETURN e", new { e = onlyB.Id, c = country.Id }));

        // New: the second version's facts.
        var mentions = await _h.QueryAsync("MATCH (:Article {key: $a})-[m:MENTIONS]->(n) RETURN n.key, m.count ORDER BY n.key", new { a = a1.Id });
        Assert.Equal([(country.Id, 1), (alice.Id, 1), (carol.Id, 2)], mentions.Select(r => (r[0].GetString(), r[1].GetInt32())));
        Assert.Single(await _h.QueryAsync(
            "MATCH (:Person {key: $p})-[:PARTICIPATED_IN {role: 'visitor'}]->(e:Event:Visit {key: $e})-[:OCCURRED_IN]->(:Country {key: $c}) RETURN e",
            new { p = carol.Id, e = visit.Id, c = country.Id }));
        var article = Assert.Single(await _h.QueryAsync("MATCH (a:Article {key: $a}) RETURN a.title, a.contentHash", new { a = a1.Id }));
        Assert.Equal(["Second version", "hash-2"], article.Select(v => v.GetString()));
        Assert.Equal(["Examplestani"], Strings(Assert.Single(await _h.QueryAsync("MATCH (c:Country {key: $c}) RETURN c.aliases", new { c = country.Id }))[0]));
    }

    [Fact]
    public async Task WriteAsync_AliasesFromTwoArticles_StoresTheirUnion()
    {
        var a = _g.Article("a", "hash-a");
        var b = _g.Article("b", "hash-b");
        var inA = _g.Person("alice", "Alice Example", "Alice", "Ms Example");
        var inB = inA with { Aliases = ["A. Example", "Alice"] };

        await _h.Writer.WriteAsync([new GraphDocument { Articles = [a], Entities = [inA], Mentions = [TestGraph.Mention(inA, a)] }], CancellationToken.None);
        await _h.Writer.WriteAsync([new GraphDocument { Articles = [b], Entities = [inB], Mentions = [TestGraph.Mention(inB, b)] }], CancellationToken.None);

        var aliases = Strings(Assert.Single(await _h.QueryAsync("MATCH (p:Person {key: $p}) RETURN p.aliases", new { p = inA.Id }))[0]);
        Assert.Equal(["A. Example", "Alice", "Ms Example"], aliases.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> HostileTexts => new()
    {
        "O'Brien \"the Quoted\" O\u2019Neil",
        @"back\slash\\ and \u0041 and \n",
        "'}) DETACH DELETE n //",
        "\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
        "$article {key: $rows} `backtick`",
        "Владимир Путин",
        "习近平 · 東京",
        "محمد بن سلمان",
        "नरेन्द्र मोदी 🌍 e\u0301",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task WriteAsync_HostileOrNonLatinText_StoredVerbatim(string text)
    {
        var article = _g.Article("a", "hash-1", title: text);
        var person = _g.Person("p", text, text + " alias");
        var place = _g.Location("l", text);
        var statement = _g.Event("s", EventType.Statement, article, [(person, "speaker")], place, quote: text, evidence: text);
        var doc = new GraphDocument
        {
            Articles = [article],
            Entities = [person, place],
            Mentions = [TestGraph.Mention(person, article)],
            Events = [statement],
            Relations = [new Relation(RelationTypes.HoldsRole, person.Id, place.Id, new Dictionary<string, string> { ["title"] = text, [text] = text }, article.Id, text)],
        };

        var result = await _h.Writer.WriteAsync([doc], CancellationToken.None);

        Assert.Equal(ArticleWriteStatus.Written, Assert.Single(result.Articles).Status);
        var row = Assert.Single(await _h.QueryAsync("""
            MATCH (a:Article {key: $a})<-[r:REPORTED_IN]-(e:Event)<-[:PARTICIPATED_IN]-(p:Person)-[h:HOLDS_ROLE]->(l:Location)
            RETURN a.title, p.name, p.aliases[0], l.name, e.quote, r.evidence, h.title, h.evidence, properties(h)[$text]
            """, new { a = article.Id, text }));
        Assert.Equal([text, text, text + " alias", text, text, text, text, text, text], row.Select(v => v.GetString()));
        var snapshot = await _h.SnapshotAsync(_g);
        Assert.Equal(4, snapshot.Nodes.Count);
    }

    [Fact]
    public async Task WriteAsync_InvalidArticles_SetAsideWhileValidOnesAreWritten()
    {
        var good = _g.Article("good", "h");
        var unknownEntity = _g.Article("unknown-entity", "h");
        var badType = _g.Article("bad-type", "h");
        var person = _g.Person("p", "Pat Example");
        GraphDocument[] docs =
        [
            new() { Articles = [good], Entities = [person], Mentions = [TestGraph.Mention(person, good)] },
            new() { Articles = [unknownEntity], Entities = [person], Mentions = [new Mention(_g.Key("person:nobody"), unknownEntity.Id, 0, 6, "Nobody")] },
            new() { Articles = [badType], Entities = [person], Events = [_g.Event("e", EventType.Statement, badType, [(person, "speaker")]) with { Type = (EventType)99 }] },
            // Facts of an article the document does not hold: set aside by that article's id.
            new() { Entities = [person], Relations = [new Relation("LOVES", person.Id, person.Id, new Dictionary<string, string>(), good.Id, "x") with { Article = _g.Key("stray") }] },
        ];

        var result = await _h.Writer.WriteAsync(docs, CancellationToken.None);

        var byId = result.Articles.ToDictionary(a => a.ArticleId);
        Assert.Equal(ArticleWriteStatus.Written, byId[good.Id].Status);
        Assert.Equal(ArticleWriteStatus.Rejected, byId[unknownEntity.Id].Status);
        Assert.Contains($"unknown entity '{_g.Key("person:nobody")}'", byId[unknownEntity.Id].Error);
        Assert.Equal(ArticleWriteStatus.Rejected, byId[badType.Id].Status);
        Assert.Contains("unknown type (99)", byId[badType.Id].Error);
        Assert.Equal(ArticleWriteStatus.Rejected, byId[_g.Key("stray")].Status);
        var stored = await _h.QueryAsync("MATCH (a:Article) WHERE a.key CONTAINS $t RETURN a.key", new { t = _g.Token });
        Assert.Equal([good.Id], stored.Select(r => r[0].GetString()));
        Assert.Equal(3, _h.Logs.WithEvent("LogRejected").Count);
    }

    [Fact]
    public async Task WriteAsync_Neo4jRefusesOneArticle_ItIsRolledBackAndTheOtherWritten()
    {
        var refused = _g.Article("refused", "h");
        var fine = _g.Article("fine", "h");
        var odd = _g.Person("odd", "Odd Example", "Oddie");
        var pat = _g.Person("pat", "Pat Example");
        // A node stored by someone else with numbers as aliases: adding a string alias makes a mixed list, which Neo4j refuses.
        await _h.QueryAsync("CREATE (:Person {key: $key, name: 'Odd', aliases: [1, 2]})", new { key = odd.Id });

        var result = await _h.Writer.WriteAsync(ArticleDocuments.Of(new GraphDocument
        {
            Articles = [refused, fine],
            Entities = [odd, pat],
            Mentions = [TestGraph.Mention(pat, refused), TestGraph.Mention(odd, refused), TestGraph.Mention(pat, fine)],
        }), CancellationToken.None);

        var byId = result.Articles.ToDictionary(a => a.ArticleId);
        Assert.Equal(ArticleWriteStatus.Failed, byId[refused.Id].Status);
        Assert.Contains("Neo.ClientError.Statement.TypeError", byId[refused.Id].Error);
        Assert.Equal(ArticleWriteStatus.Written, byId[fine.Id].Status);
        var articles = await _h.QueryAsync("MATCH (a:Article)-[:MENTIONS]->(:Person {key: $p}) RETURN a.key", new { p = pat.Id });
        Assert.Equal([fine.Id], articles.Select(r => r[0].GetString()));
        // Written together first; the refusal rolled both back, and one by one only the refused one failed.
        Assert.Single(_h.Logs.WithEvent("LogTogetherRefused"));
        Assert.Single(_h.Logs.WithEvent("LogFailed"));
    }

    [Fact]
    public async Task WriteAsync_SmallBatches_WriteTheSameGraphAsOneBatch()
    {
        await using var small = WriterHarness.Create(server, batchSize: 1);
        var other = new TestGraph();
        try
        {
            await _h.Writer.WriteAsync([MeetingDocument(out _)], CancellationToken.None);
            var batched = await small.Writer.WriteAsync([MeetingDocument(out _, graph: other)], CancellationToken.None);

            Assert.Equal(ArticleWriteStatus.Written, Assert.Single(batched.Articles).Status);
            var expected = await _h.SnapshotAsync(_g);
            var actual = await small.SnapshotAsync(other);
            Assert.Equal(expected.Nodes, actual.Nodes.Select(l => l.Replace(other.Token, _g.Token, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            Assert.Equal(expected.Relationships, actual.Relationships.Select(l => l.Replace(other.Token, _g.Token, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }
        finally
        {
            await small.QueryAsync("MATCH (n) WHERE n.key CONTAINS $token DETACH DELETE n", new { token = other.Token });
        }
    }

    [Fact]
    public async Task WriteAsync_TwoArticles_WritesEachAndSharesEntities()
    {
        var a = _g.Article("a", "hash-a");
        var b = _g.Article("b", "hash-b");
        var person = _g.Person("p", "Pat Example");
        var country = _g.Country("XB", "Otherland");

        var result = await _h.Writer.WriteAsync(ArticleDocuments.Of(new GraphDocument
        {
            Articles = [a, b],
            Entities = [person, country],
            Mentions = [TestGraph.Mention(person, a), TestGraph.Mention(person, b), TestGraph.Mention(country, b)],
            Events = [_g.Event("call", EventType.PhoneCall, b, [(person, "participant"), (country, "participant")])],
        }), CancellationToken.None);

        Assert.Equal([ArticleWriteStatus.Written, ArticleWriteStatus.Written], result.Articles.Select(o => o.Status));
        var rows = await _h.QueryAsync("MATCH (p:Person {key: $p})<-[:MENTIONS]-(a:Article) RETURN a.key ORDER BY a.key", new { p = person.Id });
        Assert.Equal([a.Id, b.Id], rows.Select(r => r[0].GetString()));
        Assert.Single(await _h.QueryAsync("MATCH (:Country {key: $c})-[m:MET {type: 'PhoneCall'}]->(:Person {key: $p}) RETURN m", new { c = country.Id, p = person.Id }));
    }

    /// <summary>One article: a meeting of Alice, Bob and a country in a city, a statement, two roles.</summary>
    private GraphDocument MeetingDocument(out (string Article, string Alice, string Bob, string Country, string City, string Org, string Meeting, string Statement) names,
        string hash = "hash-1", TestGraph? graph = null)
    {
        var g = graph ?? _g;
        var article = g.Article("a1", hash, "Talks in the capital");
        var alice = g.Person("alice", "Alice Example", "Alice", "Ms Example");
        var bob = g.Person("bob", "Bob Example");
        var country = g.Country("XA", "Examplestan");
        var city = g.Location("capital", "Capital City");
        var org = g.Organization("league", "League of Examples");
        var meeting = g.Event("meet", EventType.Meeting, article,
            [(alice, "participant"), (bob, "participant"), (country, "participant")], city, "2024-03-04", evidence: "Alice met Bob in Capital City.");
        var statement = g.Event("say", EventType.Statement, article, [(alice, "speaker"), (bob, "addressee")], quote: "We will talk again.");
        names = (article.Id, alice.Id, bob.Id, country.Id, city.Id, org.Id, meeting.Id, statement.Id);
        return new GraphDocument
        {
            Articles = [article],
            Entities = [alice, bob, country, city, org],
            Mentions = [TestGraph.Mention(alice, article), TestGraph.Mention(alice, article, 40), TestGraph.Mention(bob, article), TestGraph.Mention(country, article), TestGraph.Mention(city, article)],
            Events = [meeting, statement],
            Relations = [TestGraph.HoldsRole(alice, country, "President", article, "Alice is the president."), TestGraph.HoldsRole(bob, org, "Secretary General", article)],
        };
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(v => v.GetString() ?? "<null>").ToArray();
}
