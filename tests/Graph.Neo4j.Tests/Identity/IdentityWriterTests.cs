using System.Text.Json;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Neo4j.Tests.Writing;
using Graph.Neo4j.Writing;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Identity;

/// <summary>Identity across articles as they arrive one at a time: each test writes one document per article.</summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class IdentityWriterTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly TestGraph _g = new();
    private IdentityHarness _h = null!;

    public Task InitializeAsync()
    {
        _h = IdentityHarness.Create(server);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _h.QueryAsync("MATCH (n) WHERE n.key CONTAINS $token DETACH DELETE n", new { token = _g.Token });
        await _h.DisposeAsync();
    }

    private ArticleRecord Article(string id, string published, string outlet, string hash = "h1") =>
        _g.Article(id, hash) with { Published = published, Url = $"https://{outlet}/{id}" };

    private GraphEvent Meeting(string id, ArticleRecord article, Entity a, Entity b, string? date, double confidence, Entity? place = null) =>
        _g.Event(id, EventType.Meeting, article, [(a, ParticipantRoles.Participant), (b, ParticipantRoles.Participant)], place, date,
            evidence: $"{a.Name} met {b.Name}.") with { Confidence = confidence };

    private static GraphDocument Document(ArticleRecord article, IEnumerable<Entity> entities, IEnumerable<GraphEvent>? events = null, IEnumerable<Relation>? relations = null)
    {
        var list = entities.ToList();
        return new GraphDocument
        {
            Articles = [article],
            Entities = list,
            Mentions = [.. list.Select(e => TestGraph.Mention(e, article))],
            Events = [.. events ?? []],
            Relations = [.. relations ?? []],
        };
    }

    [Fact]
    public async Task WriteAsync_SameMeetingFromTwoOutletsOnConsecutiveDays_OneEventTwoReportsAndHigherConfidence()
    {
        var (alice, bob) = (_g.Person("alice-vance", "Alice Vance"), _g.Person("bob-marsh", "Bob Marsh"));
        var a = Article("a", "2024-03-04", "first.example");
        var b = Article("b", "2024-03-05", "second.example");

        await _h.WriteAsync(Document(a, [alice, bob], [Meeting("meet-a", a, alice, bob, "2024-03-04", 0.8)]));
        await _h.WriteAsync(Document(b, [alice, bob], [Meeting("meet-b", b, bob, alice, null, 0.7)]));

        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal(_g.Key("meet-a"), meeting.Key);
        Assert.Equal([a.Id, b.Id], meeting.Articles);
        Assert.Equal("2024-03-04", meeting.Date);
        Assert.Equal((0.94, 2L), (meeting.Confidence, meeting.Sources));
        var reports = await _h.QueryAsync("MATCH (:Event {key: $e})-[r:REPORTED_IN]->(a:Article) RETURN a.key, r.confidence, r.date, r.outlet ORDER BY a.key", new { e = meeting.Key });
        Assert.Equal([(a.Id, 0.8, "2024-03-04", "first.example"), (b.Id, 0.7, (string?)null, "second.example")],
            reports.Select(r => (r[0].GetString(), r[1].GetDouble(), r[2].GetString(), r[3].GetString())));
        Assert.Single(await _h.QueryAsync("MATCH (x)-[m:MET]->(y) WHERE m.event = $e RETURN m", new { e = meeting.Key }));
        Assert.Equal(2, (await _h.QueryAsync("MATCH (:Event {key: $e})<-[p:PARTICIPATED_IN]-() RETURN p", new { e = meeting.Key })).Count);
    }

    [Fact]
    public async Task WriteAsync_SamePairAMonthApart_TwoEvents()
    {
        var (alice, bob) = (_g.Person("alice-vance", "Alice Vance"), _g.Person("bob-marsh", "Bob Marsh"));
        var a = Article("a", "2024-03-04", "first.example");
        var c = Article("c", "2024-04-08", "second.example");

        await _h.WriteAsync(Document(a, [alice, bob], [Meeting("meet-a", a, alice, bob, "2024-03-04", 0.8)]));
        await _h.WriteAsync(Document(c, [alice, bob], [Meeting("meet-c", c, alice, bob, "2024-04-08", 0.8)]));

        var meetings = await _h.EventsAsync(_g, "Meeting");
        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.Single(m.Articles));
    }

    [Fact]
    public async Task WriteAsync_UndatedReportsPublishedADayApart_OneEventAnchoredOnTheFirstPublication()
    {
        var (alice, bob) = (_g.Person("alice-vance", "Alice Vance"), _g.Person("bob-marsh", "Bob Marsh"));
        var a = Article("a", "2024-03-04", "first.example");
        var b = Article("b", "2024-03-05", "second.example");
        var c = Article("c", "2024-03-20", "third.example");

        await _h.WriteAsync(Document(a, [alice, bob], [Meeting("meet-a", a, alice, bob, null, 0.8)]));
        await _h.WriteAsync(Document(b, [alice, bob], [Meeting("meet-b", b, alice, bob, null, 0.7)]));
        await _h.WriteAsync(Document(c, [alice, bob], [Meeting("meet-c", c, alice, bob, null, 0.7)]));

        var meetings = await _h.EventsAsync(_g, "Meeting");
        Assert.Equal([[a.Id, b.Id], [c.Id]], meetings.Select(m => m.Articles));
        var anchors = await _h.QueryAsync("MATCH (e:Event) WHERE e.key IN $keys RETURN e.anchor, e.date ORDER BY e.anchor", new { keys = meetings.Select(m => m.Key).ToArray() });
        Assert.Equal([("2024-03-04", JsonValueKind.Null), ("2024-03-20", JsonValueKind.Null)], anchors.Select(r => (r[0].GetString(), r[1].ValueKind)));
    }

    [Fact]
    public async Task WriteAsync_MonthOnlyReportThenADayReport_OneEventAnchoredOnADayAndDatedByTheDay()
    {
        var (alice, bob) = (_g.Person("alice-vance", "Alice Vance"), _g.Person("bob-marsh", "Bob Marsh"));
        var a = Article("a", "2024-03-04", "first.example");
        var b = Article("b", "2024-03-05", "second.example");

        await _h.WriteAsync(Document(a, [alice, bob], [Meeting("meet-a", a, alice, bob, "2024-03", 0.8)]));
        var first = Assert.Single(await _h.QueryAsync("MATCH (e:Event {key: $key}) RETURN e.date, e.anchor", new { key = _g.Key("meet-a") }));
        // A month is what the text says; the anchor identity compares is always a day: here the publication.
        Assert.Equal(("2024-03", "2024-03-04"), (first[0].GetString(), first[1].GetString()));

        await _h.WriteAsync(Document(b, [alice, bob], [Meeting("meet-b", b, alice, bob, "2024-03-04", 0.7)]));

        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal([a.Id, b.Id], meeting.Articles);
        Assert.Equal("2024-03-04", meeting.Date);
    }

    [Fact]
    public async Task WriteAsync_ChangedArticleRedatesItsJoinedReport_StillJoinsTheEventItsOldReportAnchored()
    {
        var (alice, bob) = (_g.Person("alice-vance", "Alice Vance"), _g.Person("bob-marsh", "Bob Marsh"));
        var x = Article("x", "2024-03-05", "first.example");
        var y = Article("y", "2024-03-05", "second.example");
        var changed = Article("y", "2024-03-05", "second.example", hash: "h2");

        await _h.WriteAsync(Document(x, [alice, bob], [Meeting("meet-x", x, alice, bob, null, 0.8)]));
        await _h.WriteAsync(Document(y, [alice, bob], [Meeting("meet-y", y, alice, bob, "2024-03-04", 0.7)]));
        // The event's stored anchor (03-04) counts y's old report; without it the event is anchored on x's publication (03-05).
        await _h.WriteAsync(Document(changed, [alice, bob], [Meeting("meet-y", changed, alice, bob, "2024-03-06", 0.7)]));

        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal(_g.Key("meet-x"), meeting.Key);
        Assert.Equal([x.Id, y.Id], meeting.Articles);
        Assert.Equal("2024-03-06", meeting.Date);
        var anchor = Assert.Single(await _h.QueryAsync("MATCH (e:Event {key: $key}) RETURN e.anchor", new { key = meeting.Key }));
        Assert.Equal("2024-03-06", anchor[0].GetString());
    }

    [Fact]
    public async Task WriteAsync_ReportsFromOneOutlet_CountAsOneSource()
    {
        var (alice, bob) = (_g.Person("alice-vance", "Alice Vance"), _g.Person("bob-marsh", "Bob Marsh"));
        var a = Article("a", "2024-03-04", "same.example");
        var b = Article("b", "2024-03-04", "same.example");

        await _h.WriteAsync(Document(a, [alice, bob], [Meeting("meet-a", a, alice, bob, "2024-03-04", 0.8)]));
        await _h.WriteAsync(Document(b, [alice, bob], [Meeting("meet-b", b, alice, bob, "2024-03-04", 0.7)]));

        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal((0.8, 1L), (meeting.Confidence, meeting.Sources));
    }

    /// <summary>Article a and article b report one meeting of Alice and Bob on consecutive days; only b gives its place.</summary>
    private async Task<(Entity Alice, Entity Bob, Entity Place, ArticleRecord A)> WriteMeetingOnlyTheSecondArticlePlacesAsync()
    {
        var (alice, bob) = (_g.Person("alice-vance", "Alice Vance"), _g.Person("bob-marsh", "Bob Marsh"));
        var place = _g.Location("harbour", "Harbour Town");
        var a = Article("a", "2024-03-04", "first.example");
        var b = Article("b", "2024-03-05", "second.example");
        await _h.WriteAsync(Document(a, [alice, bob], [Meeting("meet-a", a, alice, bob, "2024-03-04", 0.8)]));
        await _h.WriteAsync(Document(b, [alice, bob, place], [Meeting("meet-b", b, alice, bob, "2024-03-05", 0.7, place)]));
        return (alice, bob, place, a);
    }

    [Fact]
    public async Task WriteAsync_ChangedArticleNoLongerReportsIt_EventKeepsTheOtherReportAndItsConfidence()
    {
        var (alice, bob, place, a) = await WriteMeetingOnlyTheSecondArticlePlacesAsync();
        var joined = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Single(await _h.QueryAsync("MATCH (:Event {key: $e})-[:OCCURRED_IN]->(p) RETURN p", new { e = joined.Key }));

        var b2 = Article("b", "2024-03-05", "second.example", hash: "h2");
        await _h.WriteAsync(Document(b2, [alice, place]));

        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal(([a.Id], "2024-03-04", 0.8, 1L), (meeting.Articles.ToList(), meeting.Date, meeting.Confidence, meeting.Sources), new TupleComparer());
        // The place only the changed article gave is gone with its report.
        Assert.Empty(await _h.QueryAsync("MATCH (:Event {key: $e})-[:OCCURRED_IN]->(p) RETURN p", new { e = meeting.Key }));
    }

    [Fact]
    public async Task WriteAsync_ChangedArticleDropsTheOnlyNameOfASharedEventsPlace_ThePlaceIsGone()
    {
        var (alice, bob, place, a) = await WriteMeetingOnlyTheSecondArticlePlacesAsync();

        // b's new version still reports the meeting, without its place, and no longer names the place at all.
        var b2 = Article("b", "2024-03-05", "second.example", hash: "h2");
        await _h.WriteAsync(Document(b2, [alice, bob], [Meeting("meet-b", b2, alice, bob, "2024-03-05", 0.7)]));

        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal([a.Id, b2.Id], meeting.Articles);
        Assert.Empty(await _h.QueryAsync("MATCH (p {key: $key}) RETURN p", new { key = place.Id }));
        Assert.Empty(await _h.QueryAsync("MATCH (n) WHERE n.key CONTAINS $token AND NOT (n)--() RETURN n.key", new { token = _g.Token }));
    }

    [Fact]
    public async Task WriteAsync_VisitThenItsHost_OneEvent()
    {
        var guest = _g.Person("rosa-lind", "Rosa Lind");
        var host = _g.Person("karl-berg", "Karl Berg");
        var country = _g.Country("XV", "Vestland");
        var v = Article("v", "2024-05-10", "first.example");
        var h = Article("h", "2024-05-10", "second.example");

        await _h.WriteAsync(Document(v, [guest, country], [_g.Event("visit", EventType.Visit, v, [(guest, ParticipantRoles.Visitor)], country, "2024-05-10")]));
        var hosted = _g.Event("hosted", EventType.Meeting, h, [(host, ParticipantRoles.Participant), (guest, ParticipantRoles.Participant)], date: "2024-05-10") with { Cameo = "043" };
        await _h.WriteAsync(Document(h, [guest, host, country], [hosted], [TestGraph.HoldsRole(host, country, "Prime Minister", h)]));

        // One event; each report keeps its own type, and the event takes its first report's (here the host's: same day, smaller article key).
        var visit = Assert.Single(await _h.QueryAsync("""
            MATCH (e:Event)-[r:REPORTED_IN]->(a:Article) WHERE a.key CONTAINS $t
            WITH e, r ORDER BY r.type
            RETURN e.key, e.type, labels(e), collect(r.type)
            """, new { t = _g.Token }));
        Assert.Equal(_g.Key("visit"), visit[0].GetString());
        Assert.Equal("Meeting", visit[1].GetString());
        Assert.Equal(["Event", "Meeting"], visit[2].EnumerateArray().Select(v => v.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["Meeting", "Visit"], visit[3].EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task WriteAsync_ArticlesTogetherOrOneAtATime_SameGraph()
    {
        // As extract gives it: the second article's report carries the first report's id, and the join is recorded.
        var batch = new TestGraph();
        try
        {
            await _h.WriteAsync(ArticleA(_g));
            await _h.WriteAsync(ArticleB(_g, _g.Key("meet-b")));
            var whole = ArticleA(batch);
            var second = ArticleB(batch, batch.Key("meet-a"));
            Assert.All((await _h.Writer.WriteAsync([whole, second], CancellationToken.None)).Articles, o => Assert.Equal(ArticleWriteStatus.Written, o.Status));

            var oneByOne = await _h.SnapshotAsync(_g);
            var together = await _h.SnapshotAsync(batch);
            Assert.Equal(oneByOne.Nodes, together.Nodes.Select(l => l.Replace(batch.Token, _g.Token, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            Assert.Equal(oneByOne.Relationships, together.Relationships.Select(l => l.Replace(batch.Token, _g.Token, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }
        finally
        {
            await _h.QueryAsync("MATCH (n) WHERE n.key CONTAINS $token DETACH DELETE n", new { token = batch.Token });
        }

        GraphDocument ArticleA(TestGraph g)
        {
            var (alice, bob) = (g.Person("alice-vance", "Alice Vance"), g.Person("bob-marsh", "Bob Marsh"));
            var a = g.Article("a", "h1") with { Published = "2024-03-04", Url = "https://first.example/a" };
            var meeting = g.Event("meet-a", EventType.Meeting, a, [(alice, ParticipantRoles.Participant), (bob, ParticipantRoles.Participant)], date: "2024-03-04") with { Confidence = 0.8 };
            return Document(a, [alice, bob], [meeting]);
        }

        GraphDocument ArticleB(TestGraph g, string id)
        {
            var (alice, bob) = (g.Person("alice-vance", "Alice Vance"), g.Person("bob-marsh", "Bob Marsh"));
            var b = g.Article("b", "h1") with { Published = "2024-03-05", Url = "https://second.example/b" };
            var meeting = g.Event("meet-b", EventType.Meeting, b, [(bob, ParticipantRoles.Participant), (alice, ParticipantRoles.Participant)]) with { Id = id, Confidence = 0.7 };
            return Document(b, [alice, bob], [meeting]);
        }
    }

    [Fact]
    public async Task WriteAsync_DocumentWithMerges_RecordsThemAsAliases()
    {
        var full = _g.Person("viktor-orban", "Viktor Orbán", "Orbán");
        var b = Article("b", "2024-03-05", "second.example");
        var plain = Document(b, [full]);
        var document = new GraphDocument
        {
            Articles = plain.Articles,
            Entities = plain.Entities,
            Mentions = plain.Mentions,
            Merges = [new EntityMerge(_g.Key("person:orban"), "Orbán", full.Id, "surname+role", b.Id)],
        };

        await _h.WriteAsync(document);

        var alias = Assert.Single(await _h.QueryAsync("MATCH (al:Alias)-[r:ALIAS_OF]->(p:Person {key: $p}) RETURN al.key, al.name, r.rule, r.article", new { p = full.Id }));
        Assert.Equal([_g.Key("person:orban"), "Orbán", "surname+role", b.Id], alias.Select(v => v.GetString()));

        await _h.WriteAsync(Document(Article("b", "2024-03-05", "second.example", hash: "h2"), [full]));

        Assert.Empty(await _h.QueryAsync("MATCH (al:Alias) WHERE al.key CONTAINS $t RETURN al", new { t = _g.Token }));
    }

    private sealed class TupleComparer : IEqualityComparer<(List<string>, string?, double, long)>
    {
        public bool Equals((List<string>, string?, double, long) x, (List<string>, string?, double, long) y) =>
            x.Item1.SequenceEqual(y.Item1) && x.Item2 == y.Item2 && x.Item3.Equals(y.Item3) && x.Item4 == y.Item4;

        public int GetHashCode((List<string>, string?, double, long) obj) => obj.Item2?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }

    /// <summary>
    /// A report joining a stored event is folded into its running aggregates; rewriting an article refreshes the event from
    /// all its reports. Both give the same event, whatever order the reports arrived in.
    /// </summary>
    [Fact]
    public async Task WriteAsync_FourReportsFoldedInArrivalOrder_SameEventAsRefreshedFromAllReports()
    {
        var (alice, bob) = (_g.Person("alice-vance", "Alice Vance"), _g.Person("bob-marsh", "Bob Marsh"));
        // Outlet x twice (its best report arrives last), outlet y with the earliest date (it becomes the first report,
        // arriving second), and an article without a URL (a source of its own).
        var a = _g.Article("a", "h1") with { Published = "2024-03-05", Url = "https://x.example/a" };
        var b = _g.Article("b", "h1") with { Published = "2024-03-05", Url = "https://y.example/b" };
        var c = _g.Article("c", "h1") with { Published = "2024-03-05", Url = "https://x.example/c" };
        var d = _g.Article("d", "h1") with { Published = "2024-03-05", Url = null };
        GraphDocument Report(ArticleRecord article, string? date, double confidence, string quote) =>
            Document(article, [alice, bob], [_g.Event("meet-" + article.Id, EventType.Meeting, article,
                [(alice, ParticipantRoles.Participant), (bob, ParticipantRoles.Participant)], date: date, quote: quote) with { Confidence = confidence }]);

        foreach (var document in new[] { Report(a, "2024-03-05", 0.6, "first"), Report(b, "2024-03-04", 0.7, "earliest"), Report(c, null, 0.9, "best"), Report(d, "2024-03-05", 0.5, "bare") })
            await _h.WriteAsync(document);
        var folded = await EventNodeAsync();
        await _h.WriteAsync(Report(d with { ContentHash = "h2" }, "2024-03-05", 0.5, "bare"));
        var refreshed = await EventNodeAsync();

        Assert.Equal(folded, refreshed);
        var meeting = Assert.Single(await _h.EventsAsync(_g, "Meeting"));
        Assert.Equal("2024-03-04", meeting.Date);
        Assert.Equal(SourceConfidence.Combine([("x.example", 0.6), ("y.example", 0.7), ("x.example", 0.9), ("article:d", 0.5)]), meeting.Confidence);
        Assert.Equal(3L, meeting.Sources);
        Assert.Contains("\"quote\":\"earliest\"", folded, StringComparison.Ordinal);
    }

    /// <summary>The one event's node, every property (the running aggregates too), as canonical text.</summary>
    private async Task<string> EventNodeAsync()
    {
        var snapshot = await _h.SnapshotAsync(_g);
        return Assert.Single(snapshot.Nodes, n => n.Contains("\"Event\"", StringComparison.Ordinal));
    }
}
