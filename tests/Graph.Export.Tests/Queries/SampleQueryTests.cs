using Graph.Core.Model;
using Graph.Export.Model;
using Graph.Export.Queries;
using Graph.Export.Tests.Support;
using Graph.Testing;

namespace Graph.Export.Tests.Queries;

/// <summary>
/// Every library query over the samples as extracted: the expected rows are worked out from the graph document the
/// test itself wrote, so they follow the extractor as it improves.
/// </summary>
[Collection(Neo4jServerFixture.CollectionName)]
public sealed class SampleQueryTests(LoadedGraph graph)
{
    /// <summary>The queries these tests cover; a new query file needs a test here and in <see cref="TinyWorldQueryTests"/>.</summary>
    private static readonly string[] Covered =
    [
        "actor-timeline", "article-contribution", "country-relations", "find-actor", "most-connected", "multi-reported-events",
        "person-roles", "said-by", "shortest-path", "who-met-whom",
    ];

    private readonly Lazy<Dictionary<string, ExportNode>> _events = new(() => DocumentGraphBuilder.Build(graph.Samples).Nodes
        .Where(n => n.Label == GraphLabels.Event).ToDictionary(n => n.Key));

    private GraphDocument Doc => graph.Samples;

    private string Articles => "articles=" + string.Join(',', Doc.Articles.Select(a => a.Id));

    private string Name(string id) => Doc.Entities.Single(e => e.Id == id).Name;

    private Task<Rows> Run(string name, params string[] arguments) => Rows.RunAsync(graph.Client, name, arguments);

    [Fact]
    public void Library_EveryQueryFile_IsCoveredHere()
    {
        Assert.Equal(Covered, QueryLibrary.Embedded.Queries.Select(q => q.Name));
    }

    [Fact]
    public async Task WhoMetWhom_Samples_EveryPairOfEveryMeetingAndCall()
    {
        var expected = Doc.Events.Where(e => e.Type is EventType.Meeting or EventType.PhoneCall)
            .SelectMany(e => Pairs(e).Select(p => (p.A, p.B, e.Id)))
            .Distinct()
            .Select(x => $"{x.A}|{x.B}|{x.Id}|{Node(x.Id).Text("date")}|{string.Join(';', Reports(x.Id).Select(r => Title(r.Article)))}|{string.Join(';', Reports(x.Id).Select(r => r.Evidence))}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        var rows = await Run("who-met-whom", Articles, "limit=1000");

        Assert.Equal(expected, rows.All.Select(r => $"{r.S("actorKey")}|{r.S("metKey")}|{r.S("event")}|{r.S("date")}|{string.Join(';', r.List("articles"))}|{string.Join(';', r.List("evidence"))}")
            .Order(StringComparer.Ordinal));
        AssertDatesAscending(rows.All.Select(r => r.S("date")));
    }

    [Fact]
    public async Task SaidBy_Samples_EverySpeakersStatementsWithQuotes()
    {
        var speakers = Doc.Events.SelectMany(e => e.Participants).Where(p => p.Role == ParticipantRoles.Speaker).Select(p => p.Entity)
            .Distinct().ToList();
        Assert.NotEmpty(speakers);
        foreach (var speaker in speakers)
        {
            var expected = Doc.Events.Where(e => e.Participants.Any(p => p.Entity == speaker && p.Role == ParticipantRoles.Speaker))
                .Select(e => $"{e.Id}|{Node(e.Id).Text("type")}|{Node(e.Id).Text("date")}|{Node(e.Id).Text("quote")}|{e.Evidence}").Order(StringComparer.Ordinal);

            var rows = await Run("said-by", $"speaker={speaker}");

            Assert.Equal(expected, rows.All.Select(r => $"{r.S("event")}|{r.S("type")}|{r.S("date")}|{r.S("quote")}|{r.S("evidence")}").Order(StringComparer.Ordinal));
            AssertDatesAscending(rows.All.Select(r => r.S("date") ?? r.S("published")));
        }
    }

    [Fact]
    public async Task PersonRoles_Samples_EveryTitleAndHolderWithItsArticles()
    {
        var people = Doc.Relations.Where(r => r.Type == RelationTypes.HoldsRole).Select(r => r.Source).Distinct().ToList();
        Assert.NotEmpty(people);
        foreach (var person in people)
        {
            var expected = Doc.Relations.Where(r => r.Type == RelationTypes.HoldsRole && r.Source == person)
                .GroupBy(r => (Title: r.Properties["title"], r.Target))
                .Select(g => $"{g.Key.Title}|{g.Key.Target}|{Name(g.Key.Target)}|{g.Select(r => r.Article).Distinct().Count()}")
                .Order(StringComparer.Ordinal);

            var rows = await Run("person-roles", $"person={person}");

            Assert.Equal(expected, rows.All.Select(r => $"{r.S("title")}|{r.S("holderKey")}|{r.S("holder")}|{r.L("articles")}").Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task CountryRelations_Samples_EveryCountryCountsAndGoldsteinSums()
    {
        var countries = Doc.Entities.Where(e => e.Type == EntityType.Country).Select(e => e.Id).ToList();
        var checkedAny = false;
        foreach (var country in countries)
        {
            var expected = ExpectedRelations(country);
            checkedAny |= expected.Count > 0;

            var rows = await Run("country-relations", $"country={country}");

            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.All.Select(r => r.S("countryKey")!).Order(StringComparer.Ordinal));
            foreach (var row in rows.All)
            {
                var events = expected[row.S("countryKey")!];
                Assert.Equal(events.Count, row.L("events"));
                Assert.Equal(events.Count(e => Type(e) == EventType.Meeting), row.L("meetings"));
                Assert.Equal(events.Count(e => Type(e) == EventType.PhoneCall), row.L("calls"));
                Assert.Equal(events.Count(e => Type(e) == EventType.Visit), row.L("visits"));
                Assert.Equal(events.Count(e => Type(e) == EventType.Accusation), row.L("accusations"));
                Assert.Equal(events.Count(e => Type(e) == EventType.Sanction), row.L("sanctions"));
                Assert.Equal(events.Count(e => Type(e) == EventType.Threat), row.L("threats"));
                Assert.Equal(events.Sum(e => (double)Node(e).Properties["goldstein"]), row.D("goldstein"), 9);
            }
        }

        Assert.True(checkedAny, "No sample country has a relation with another.");
    }

    [Fact]
    public async Task ActorTimeline_Samples_EveryActorsEventsAndRoles()
    {
        var actors = Doc.Events.SelectMany(e => e.Participants.Select(p => p.Entity).Append(e.Location)).OfType<string>().Distinct().ToList();
        foreach (var actor in actors)
        {
            var expected = Doc.Events.SelectMany(e => e.Participants.Where(p => p.Entity == actor).Select(p => $"{e.Id}|{p.Role}")
                    .Concat(e.Location == actor ? [$"{e.Id}|place"] : []))
                .Distinct().Order(StringComparer.Ordinal);

            var rows = await Run("actor-timeline", $"actor={actor}", "limit=1000");

            Assert.Equal(expected, rows.All.Select(r => $"{r.S("event")}|{r.S("role")}").Order(StringComparer.Ordinal));
            AssertDatesAscending(rows.All.Select(r => r.S("date")));
        }
    }

    [Fact]
    public async Task MostConnected_Samples_EventsPartnersAndArticlesOfEveryActor()
    {
        var expected = Doc.Events.SelectMany(e => e.Participants.Select(p => (p.Entity, Event: e))).GroupBy(x => x.Entity)
            .Select(g => (Key: g.Key, Events: g.Select(x => x.Event.Id).Distinct().Count(),
                Partners: g.SelectMany(x => x.Event.Participants.Select(p => p.Entity)).Where(p => p != g.Key).Distinct().Count(),
                Articles: g.Select(x => x.Event.Article).Distinct().Count()))
            .ToList();

        var rows = await Run("most-connected", Articles, "limit=1000");

        Assert.Equal(expected.Select(x => $"{x.Key} {x.Events} {x.Partners} {x.Articles}").Order(StringComparer.Ordinal),
            rows.All.Select(r => $"{r.S("key")} {r.L("events")} {r.L("partners")} {r.L("articles")}").Order(StringComparer.Ordinal));
        var ranked = rows.All.Select(r => (Events: r.L("events"), Partners: r.L("partners"), Key: r.S("key")!)).ToList();
        Assert.Equal(ranked.OrderByDescending(x => x.Events).ThenByDescending(x => x.Partners).ThenBy(x => x.Key, StringComparer.Ordinal), ranked);
    }

    [Fact]
    public async Task ShortestPath_Samples_ParticipantsOfOneEventAreAtMostTwoStepsApart()
    {
        var pairs = Doc.Events.Where(e => e.Type is not (EventType.Meeting or EventType.PhoneCall))
            .SelectMany(Pairs).Distinct().ToList();
        Assert.NotEmpty(pairs);
        foreach (var (a, b) in pairs)
        {
            var rows = await Run("shortest-path", $"source={a}", $"target={b}");

            Assert.InRange(rows.Count, 1, 2);
            Assert.Equal((a, b), (rows[0].S("fromKey"), rows[rows.Count - 1].S("toKey")));
            Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => (long)i), rows.All.Select(r => r.L("step")));
        }
    }

    [Fact]
    public async Task MultiReportedEvents_Samples_GroupsOfTheSameTypeDateAndParticipants()
    {
        var expected = Doc.Events.GroupBy(e => e.Id)
            .GroupBy(g => $"{Node(g.Key).Text("type")}|{Node(g.Key).Text("date") ?? g.Key}|{string.Join(',', g.SelectMany(e => e.Participants).Select(p => p.Role + " " + p.Entity).Distinct().Order(StringComparer.Ordinal))}")
            .Where(same => same.SelectMany(g => g.Select(e => e.Article)).Distinct().Count() >= 2)
            .Select(same => string.Join(',', same.Select(g => g.Key).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);

        var rows = await Run("multi-reported-events", Articles, "limit=1000");

        Assert.Equal(expected, rows.All.Select(r => string.Join(',', r.List("events").Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ArticleContribution_Samples_EveryArticlesMentionsEventsAndRoles()
    {
        foreach (var article in Doc.Articles.Select(a => a.Id))
        {
            var events = Doc.Events.Where(e => e.Article == article).ToList();
            var relations = Doc.Relations.Where(r => r.Article == article).ToList();
            var referenced = events.SelectMany(e => e.Participants.Select(p => p.Entity).Append(e.Location))
                .Concat(relations.SelectMany(r => new[] { r.Source, r.Target })).OfType<string>();
            var counts = Doc.Mentions.Where(m => m.Article == article).GroupBy(m => m.Entity).ToDictionary(g => g.Key, g => g.Count());
            var expected = counts.Keys.Concat(referenced).Distinct().Select(id => $"mention|{id}|{counts.GetValueOrDefault(id)}")
                .Concat(events.Select(e => $"event|{e.Id}|{Node(e.Id).Text("type")}"))
                .Concat(relations.Select(r => $"role|{r.Source}|{r.Properties["title"]}").Distinct())
                .Order(StringComparer.Ordinal);

            var rows = await Run("article-contribution", $"article={article}");

            Assert.Equal(expected, rows.All.Select(r => r.S("kind") switch
            {
                "mention" => $"mention|{r.S("key")}|{r.L("mentions")}",
                "event" => $"event|{r.S("key")}|{r.S("type")}",
                _ => $"role|{r.S("key")}|{r.S("type")}",
            }).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task FindActor_Samples_EveryActorIsFoundByItsName()
    {
        foreach (var entity in Doc.Entities)
        {
            var rows = await Run("find-actor", $"name={entity.Name.ToUpperInvariant()}", "limit=1000");

            Assert.Contains(entity.Id, rows.All.Select(r => r.S("key")));
        }
    }

    /// <summary>The other countries each event joins <paramref name="country"/> to, as the query defines them (event ids).</summary>
    private Dictionary<string, List<string>> ExpectedRelations(string country)
    {
        var types = Doc.Entities.ToDictionary(e => e.Id, e => e.Type);
        var roles = Doc.Relations.Where(r => r.Type == RelationTypes.HoldsRole && types[r.Target] == EntityType.Country).ToList();
        var own = roles.Where(r => r.Target == country).Select(r => r.Source).Append(country).ToHashSet();
        var joined = new Dictionary<string, List<string>>();
        foreach (var reports in Doc.Events.GroupBy(e => e.Id))
        {
            var id = reports.Key;
            var participants = reports.SelectMany(e => e.Participants).Select(p => p.Entity).Distinct().ToList();
            var places = reports.Select(e => e.Location).OfType<string>().Distinct().ToList();
            var visit = Type(id) == EventType.Visit;
            if (!participants.Any(own.Contains) && !(visit && places.Contains(country)))
                continue;
            var others = participants.Where(p => !own.Contains(p))
                .SelectMany(p => roles.Where(r => r.Source == p).Select(r => r.Target).Concat(types[p] == EntityType.Country ? [p] : []))
                .Concat(visit ? places.Where(l => types[l] == EntityType.Country) : [])
                .Where(o => o != country).Distinct();
            foreach (var other in others)
            {
                if (!joined.TryGetValue(other, out var list))
                    joined[other] = list = [];
                list.Add(id);
            }
        }

        return joined;
    }

    private static IEnumerable<(string A, string B)> Pairs(GraphEvent e)
    {
        var keys = e.Participants.Select(p => p.Entity).Distinct().Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
                yield return (keys[i], keys[j]);
        }
    }

    /// <summary>The event node as the writer stores it (the builder is checked against the writer in Neo4jRoundTripTests).</summary>
    private ExportNode Node(string eventId) => _events.Value[eventId];

    private EventType Type(string eventId) => Enum.Parse<EventType>(Node(eventId).Text("type")!);

    /// <summary>An event's reports in the order the queries list them: by publication date, then article id.</summary>
    private IEnumerable<GraphEvent> Reports(string eventId) => Doc.Events.Where(e => e.Id == eventId)
        .OrderBy(e => Doc.Articles.Single(a => a.Id == e.Article).Published, StringComparer.Ordinal).ThenBy(e => e.Article, StringComparer.Ordinal);

    private string Title(string article) => Doc.Articles.Single(a => a.Id == article).Title;

    /// <summary>Dates ascend; undated rows come last.</summary>
    private static void AssertDatesAscending(IEnumerable<string?> dates)
    {
        var list = dates.ToList();
        Assert.Equal(list.OrderBy(d => d ?? "\uffff", StringComparer.Ordinal), list);
    }
}
