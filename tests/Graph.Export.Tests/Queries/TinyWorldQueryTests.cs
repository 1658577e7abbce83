using Graph.Core.Model;
using Graph.Export.Tests.Support;
using Graph.Testing;
using static Graph.Export.Tests.Support.TinyWorld;

namespace Graph.Export.Tests.Queries;

/// <summary>Every library query over <see cref="TinyWorld"/>, whose answers are known exactly.</summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class TinyWorldQueryTests(LoadedGraph graph)
{
    private string K(string id) => graph.TinyScope.Key(id);

    private string Articles => $"articles={K(A1)},{K(A2)},{K(A3)}";

    private Task<Rows> Run(string name, params string[] arguments) => Rows.RunAsync(graph.Client, name, arguments);

    private static double G(EventType type) => EventCatalog.Kinds[type].Goldstein;

    /// <summary>The Goldstein values of the events joining Aland and Bexland.</summary>
    private static double BexlandGoldstein =>
        G(EventType.Meeting) + G(EventType.Statement) + G(EventType.PhoneCall) + G(EventType.Sanction) + G(EventType.Threat) + G(EventType.Visit);

    [Fact]
    public async Task WhoMetWhom_Actor_ListsEachEncounterWithDatePlaceAndArticle()
    {
        var rows = await Run("who-met-whom", $"actor={K(Ann)}");

        Assert.Equal(
            [
                // The two reports of the summit are one event (identity across articles).
                $"Ann Able|Bob Baker|Meeting|2024-01-09|Alpha City|Leaders meet in Alpha City;Second report of the summit|{SummitEvidence};{SummitAgainEvidence}|{K("event:e1-summit")}",
                $"Ann Able|Cid Cole|PhoneCall|2024-01-11||Second report of the summit|Able spoke by phone with Cid Cole on Thursday.|{K("event:e5-call")}",
            ],
            rows.All.Select(r => string.Join('|', r.S("actor"), r.S("met"), r.S("how"), r.S("date"), r.S("place"),
                string.Join(';', r.List("articles")), string.Join(';', r.List("evidence")), r.S("event"))));
    }

    [Fact]
    public async Task WhoMetWhom_NoActor_ListsEveryPairOnceFromTheSmallerKey()
    {
        var rows = await Run("who-met-whom", Articles);

        Assert.Equal(
            [(K(Ann), K(Bob), K("event:e1-summit")), (K(Ann), K(Cid), K("event:e5-call"))],
            rows.All.Select(r => (r.S("actorKey"), r.S("metKey"), r.S("event"))));
    }

    [Fact]
    public async Task SaidBy_Speaker_ListsQuotesInDateOrderWithAudienceAndArticle()
    {
        var rows = await Run("said-by", $"speaker={K(Ann)}");

        Assert.Equal(2, rows.Count);
        Assert.Equal(("2024-01-09", "We will trade more", "Statement"), (rows[0].S("date"), rows[0].S("quote"), rows[0].S("type")));
        Assert.Equal(["Bob Baker"], rows[0].List("audience"));
        Assert.Equal("\"We will trade more,\" Able told Baker.", rows[0].S("evidence"));
        Assert.Equal(("Leaders meet in Alpha City", "https://news.example/summit"), (rows[0].S("article"), rows[0].S("url")));
        // Undated: it sorts by the article's publication date (2024-01-10), after the statement of 2024-01-09.
        Assert.Equal((null, "2024-01-10", "Peace is near"), (rows[1].S("date"), rows[1].S("published"), rows[1].S("quote")));
        Assert.Empty(rows[1].List("audience"));
    }

    [Fact]
    public async Task PersonRoles_RoleStatedTwice_OneRowCountingBothArticles()
    {
        var rows = await Run("person-roles", $"person={K(Ann)}");

        var row = Assert.Single(rows.All);
        Assert.Equal(("Prime Minister", "Aland", "Country", 2L), (row.S("title"), row.S("holder"), row.S("holderType"), row.L("articles")));
        Assert.Equal(("2024-01-10", "2024-01-11"), (row.S("firstPublished"), row.S("lastPublished")));
        Assert.Equal("Aland's Prime Minister Ann Able arrived.", row.S("evidence"));
        Assert.Equal(["Leaders meet in Alpha City", "Second report of the summit"], row.List("sources"));
    }

    [Fact]
    public async Task CountryRelations_Aland_CountsEventsByKindThroughItsPeopleAndVisits()
    {
        var rows = await Run("country-relations", $"country={K(Aland)}");

        Assert.Equal(2, rows.Count);
        // With Bexland: the summit and the call (its people), the statement to Bob Baker, the sanction, the threat,
        // and Cid Cole's visit to Aland.
        Assert.Equal(("Bexland", 6L, 1L, 1L, 1L, 0L, 1L, 1L),
            (rows[0].S("country"), rows[0].L("events"), rows[0].L("meetings"), rows[0].L("calls"), rows[0].L("visits"),
             rows[0].L("accusations"), rows[0].L("sanctions"), rows[0].L("threats")));
        Assert.Equal(BexlandGoldstein, rows[0].D("goldstein"), 9);
        Assert.Equal(("Cestia", 1L, G(EventType.Agreement)), (rows[1].S("country"), rows[1].L("events"), rows[1].D("goldstein")));
    }

    [Fact]
    public async Task CountryRelations_Bexland_SeesTheSameEventsFromTheOtherSide()
    {
        var rows = await Run("country-relations", $"country={K(Bexland)}", Articles);

        var row = Assert.Single(rows.All);
        Assert.Equal((K(Aland), 6L, 1L), (row.S("countryKey"), row.L("events"), row.L("visits")));
        Assert.Equal(BexlandGoldstein, row.D("goldstein"), 9);
    }

    [Fact]
    public async Task ActorTimeline_Country_ListsItsEventsAndVisitsToItInDateOrder()
    {
        var rows = await Run("actor-timeline", $"actor={K(Aland)}");

        Assert.Equal(
            [
                "2024-01-15|Agreement|participant|Cestia (participant)",
                "2024-02-01|Sanction|imposer|Bexland (target)",
                "2024-02-02|Threat|target|Bexland (threatener)",
                "2024-02-03|Visit|place|Cid Cole (visitor)",
            ],
            rows.All.Select(r => string.Join('|', r.S("date"), r.S("type"), r.S("role"), string.Join(';', r.List("others")))));
        Assert.Equal(["Leaders meet in Alpha City", "Sanctions and threats"], rows[0].List("articles"));
        Assert.Equal(AgreementEvidence, rows[0].S("evidence"));
    }

    [Fact]
    public async Task ActorTimeline_DateRange_KeepsOnlyEventsInIt()
    {
        var rows = await Run("actor-timeline", $"actor={K(Aland)}", "since=2024-02-01", "until=2024-02-02");

        Assert.Equal(["2024-02-01", "2024-02-02"], rows.All.Select(r => r.S("date")));
    }

    [Fact]
    public async Task MostConnected_Articles_RanksByEventsThenPartnersThenKey()
    {
        var rows = await Run("most-connected", Articles);

        Assert.Equal(
            [
                $"{K(Ann)} 4 2 2", $"{K(Aland)} 3 2 2", $"{K(Cestia)} 2 2 2", $"{K(Bexland)} 2 1 1",
                $"{K(Bob)} 2 1 2", $"{K(Cid)} 2 1 2", $"{K(League)} 1 1 1",
            ],
            rows.All.Select(r => $"{r.S("key")} {r.L("events")} {r.L("partners")} {r.L("articles")}"));
    }

    [Fact]
    public async Task MostConnected_Label_KeepsOnlyThatLabel()
    {
        var rows = await Run("most-connected", Articles, "label=Person", "limit=2");

        Assert.Equal([K(Ann), K(Bob)], rows.All.Select(r => r.S("key")));
        Assert.All(rows.All, r => Assert.Equal("Person", r.S("type")));
    }

    [Fact]
    public async Task ShortestPath_TwoActors_OneRowPerStep()
    {
        var rows = await Run("shortest-path", $"source={K(Bob)}", $"target={K(Cestia)}");

        // Bob Baker met Ann Able, who is Aland's Prime Minister; Aland signed the agreement with Cestia.
        Assert.Equal(
            [
                "1|Bob Baker|<-[MET]-|Ann Able",
                "2|Ann Able|-[HOLDS_ROLE Prime Minister]->|Aland",
                "3|Aland|-[PARTICIPATED_IN participant]->|Agreement 2024-01-15",
                "4|Agreement 2024-01-15|<-[PARTICIPATED_IN participant]-|Cestia",
            ],
            rows.All.Select(r => string.Join('|', r.L("step"), r.S("fromNode"), r.S("link"), r.S("toNode"))));
        Assert.Contains(rows[2].S("evidence"), new[] { AgreementEvidence, AgreementAgainEvidence });
        Assert.Equal((K(Bob), K(Cestia)), (rows[0].S("fromKey"), rows[3].S("toKey")));
    }

    [Fact]
    public async Task MultiReportedEvents_Articles_ListsTheEventsTwoArticlesReport()
    {
        var rows = await Run("multi-reported-events", Articles);

        Assert.Equal(2, rows.Count);
        Assert.Equal(("Meeting", "2024-01-09", 2L), (rows[0].S("type"), rows[0].S("date"), rows[0].L("articles")));
        Assert.Equal(["Ann Able (participant)", "Bob Baker (participant)"], rows[0].List("participants"));
        Assert.Equal(["Leaders meet in Alpha City", "Second report of the summit"], rows[0].List("titles"));
        Assert.Equal([SummitEvidence, SummitAgainEvidence], rows[0].List("evidence"));
        Assert.Equal([K("event:e1-summit")], rows[0].List("events"));
        Assert.Equal(("Agreement", "2024-01-15", 2L), (rows[1].S("type"), rows[1].S("date"), rows[1].L("articles")));
        Assert.Equal([K("event:e10-river")], rows[1].List("events"));
        Assert.Equal(["Leaders meet in Alpha City", "Sanctions and threats"], rows[1].List("titles"));
    }

    [Fact]
    public async Task MultiReportedEvents_Minimum3_NothingIsReportedThreeTimes()
    {
        var rows = await Run("multi-reported-events", Articles, "minimum=3");

        Assert.Equal(0, rows.Count);
    }

    [Fact]
    public async Task ArticleContribution_Article_ListsMentionsEventsInTextOrderAndRoles()
    {
        var rows = await Run("article-contribution", $"article={K(A1)}");

        Assert.Equal(
            [
                $"mention|Country|{K(Aland)}|1", $"mention|Country|{K(Bexland)}|0", $"mention|Country|{K(Cestia)}|1", $"mention|Location|{K(AlphaCity)}|1",
                $"mention|Person|{K(Ann)}|2", $"mention|Person|{K(Bob)}|1",
                $"event|Meeting|{K("event:e1-summit")}|", $"event|Statement|{K("event:e2-trade")}|", $"event|Statement|{K("event:e3-peace")}|",
                $"event|Agreement|{K("event:e10-river")}|",
                $"role|Prime Minister|{K(Ann)}|", $"role|President|{K(Bob)}|",
            ],
            rows.All.Select(r => $"{r.S("kind")}|{r.S("type")}|{r.S("key")}|{(r["mentions"].ValueKind == System.Text.Json.JsonValueKind.Number ? r.L("mentions").ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}"));
        Assert.Equal("2024-01-09: Ann Able (participant), Bob Baker (participant)", rows[6].S("what"));
        Assert.Equal(SummitEvidence, rows[6].S("evidence"));
        Assert.Equal("Ann Able, Prime Minister, Aland", rows[10].S("what"));
    }

    [Fact]
    public async Task FindActor_PartOfAnAlias_FindsTheActorCaseInsensitively()
    {
        var rows = await Run("find-actor", "name=ALANDI", "limit=1000");

        var row = Assert.Single(rows.All, r => r.S("key")!.EndsWith(graph.TinyScope.Token, StringComparison.Ordinal));
        // Aland is mentioned by the summit and sanctions articles, and named by the second summit report's role of Ann Able.
        Assert.Equal((K(Aland), "Aland", "Country", 3L), (row.S("key"), row.S("name"), row.S("type"), row.L("articles")));
        Assert.Equal(["Alandia"], row.List("aliases"));
    }
}
