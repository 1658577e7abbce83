using Graph.Core.Model;
using static Graph.Extraction.Tests.Identity.IdentityArticles;

namespace Graph.Extraction.Tests.Identity;

public sealed class DocumentIdentityTests
{
    private const string FirstReport = "Hungarian Prime Minister Ágoston Várhelyi met Chilean President Rosa Ibarra in Budapest on Monday. Várhelyi said the talks were useful.";
    private const string NextDayReport = "Prime Minister Varhelyi of Hungary met President Ibarra of Chile in Budapest. Hungary called the meeting warm.";

    [Fact]
    public void Merge_SameMeetingTwoOutletsOnConsecutiveDays_OneEventTwoReports()
    {
        var a = Extract("a", "2024-03-04", "first-wire.example", FirstReport);
        var b = Extract("b", "2024-03-05", "second-daily.example", NextDayReport);

        var merged = Merge(a, b);

        var meetings = EventsOf(merged, EventType.Meeting);
        Assert.Equal(2, meetings.Count);
        Assert.Single(meetings.Select(m => m.Id).Distinct());
        Assert.Equal(["a", "b"], meetings.Select(m => m.Article).Order(StringComparer.Ordinal));
        // The first report names the event; each report keeps its own evidence and date.
        Assert.Equal(EventsOf(a, EventType.Meeting).Single().Id, meetings[0].Id);
        Assert.Equal(["2024-03-04", null], meetings.Select(m => m.Date));
        Assert.All(meetings, m => Assert.Equal(["person:agoston-varhelyi", "person:rosa-ibarra"], m.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Merge_SamePairMeetingAMonthApart_TwoEvents()
    {
        var a = Extract("a", "2024-03-04", "first-wire.example", FirstReport);
        var later = Extract("c", "2024-04-08", "second-daily.example",
            "Hungarian Prime Minister Ágoston Várhelyi met Chilean President Rosa Ibarra in Budapest on Monday.");

        var meetings = EventsOf(Merge(a, later), EventType.Meeting);

        Assert.Equal(2, meetings.Select(m => m.Id).Distinct().Count());
        Assert.Equal(["2024-03-04", "2024-04-08"], meetings.Select(m => m.Date).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Merge_AccentedSurnameAloneAndFullNameUnaccented_OnePersonAndTheJoinRecorded()
    {
        var full = Extract("a", "2024-03-04", "first-wire.example", "Hungarian Prime Minister Viktor Orban met Chilean President Rosa Ibarra in Budapest on Monday.");
        var surname = Extract("b", "2024-03-05", "second-daily.example", "Prime Minister Orbán said on Tuesday that Hungary would send aid.");
        Assert.Contains(surname.Entities, e => e.Id == "person:orban");

        var merged = Merge(full, surname);

        var orban = Assert.Single(merged.Entities, e => e.Type == EntityType.Person && e.Id.Contains("orban", StringComparison.Ordinal));
        Assert.Equal("person:viktor-orban", orban.Id);
        Assert.Contains("Orbán", orban.Aliases);
        var join = Assert.Single(merged.Merges!);
        Assert.Equal(new EntityMerge("person:orban", "Orbán", "person:viktor-orban", "surname+role", "b"), join);
        Assert.All(merged.Mentions.Where(m => m.Article == "b" && m.Text == "Orbán"), m => Assert.Equal("person:viktor-orban", m.Entity));
        Assert.Contains(merged.Events, e => e.Article == "b" && e.Participants.Any(p => p.Entity == "person:viktor-orban"));
    }

    [Fact]
    public void Merge_TwoPeopleWithOneSurname_StayTwoAndTheSurnameAloneStaysItself()
    {
        var both = Extract("d", "2024-03-05", "first-wire.example", "Finance Minister Karel Dvorsky of Slovakia met Judge Marta Dvorsky of Slovakia in Bratislava on Tuesday.");
        var alone = Extract("e", "2024-03-06", "second-daily.example", "Minister Dvorsky said on Wednesday that Slovakia would cut spending.");

        var merged = Merge(both, alone);

        Assert.Equal(["person:dvorsky", "person:karel-dvorsky", "person:marta-dvorsky"],
            merged.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Id));
        Assert.Null(merged.Merges);
    }

    [Fact]
    public void Merge_SurnameWithNothingInCommon_IsNotJoined()
    {
        var full = Extract("a", "2024-03-04", "first-wire.example", "Hungarian Prime Minister Viktor Orban met Chilean President Rosa Ibarra in Budapest on Monday.");
        var stranger = Extract("b", "2024-03-05", "second-daily.example", "Mayor Orbán of Lima said on Tuesday that Peru would host the games.");
        Assert.Contains(stranger.Entities, e => e.Id == "person:orban");

        var merged = Merge(full, stranger);

        Assert.Contains(merged.Entities, e => e.Id == "person:orban");
        Assert.Null(merged.Merges);
    }

    [Fact]
    public void Merge_VisitAndItsHost_OneEvent()
    {
        var visit = Extract("v", "2024-05-10", "first-wire.example", "Chilean President Rosa Ibarra visited Hungary on Friday.");
        var host = Extract("h", "2024-05-10", "second-daily.example", "Hungarian Prime Minister Ágoston Várhelyi hosted Chilean President Rosa Ibarra in Budapest on Friday.");

        var merged = Merge(visit, host);

        var reports = merged.Events.Where(e => e.Type is EventType.Visit or EventType.Meeting).ToList();
        Assert.Equal([EventType.Meeting, EventType.Visit], reports.Select(r => r.Type).Order());
        Assert.Single(reports.Select(r => r.Id).Distinct());
    }

    [Fact]
    public void Merge_SameQuoteFromTwoOutlets_OneStatement_OtherQuoteAnother()
    {
        var first = Extract("s1", "2024-05-12", "first-wire.example", "\"We will never give up our claim,\" Chilean President Rosa Ibarra said on Sunday.");
        var second = Extract("s2", "2024-05-13", "second-daily.example", "Chile's President Rosa Ibarra said: \"We will never give up our claim.\"");
        var other = Extract("s3", "2024-05-13", "third-post.example", "Chile's President Rosa Ibarra said: \"Talks must resume.\"");

        var statements = EventsOf(Merge(first, second, other), EventType.Statement);

        Assert.Equal(3, statements.Count);
        Assert.Equal(2, statements.Select(s => s.Id).Distinct().Count());
        Assert.Equal(statements.Single(s => s.Article == "s1").Id, statements.Single(s => s.Article == "s2").Id);
    }

    [Fact]
    public void Merge_IdentityInAnyInputOrder_GivesTheSameDocument()
    {
        var docs = new[]
        {
            Extract("a", "2024-03-04", "first-wire.example", FirstReport),
            Extract("b", "2024-03-05", "second-daily.example", NextDayReport),
            Extract("v", "2024-05-10", "first-wire.example", "Chilean President Rosa Ibarra visited Hungary on Friday."),
            Extract("h", "2024-05-10", "second-daily.example", "Hungarian Prime Minister Ágoston Várhelyi hosted Chilean President Rosa Ibarra in Budapest on Friday."),
        };

        var forward = GraphDocumentJson.Serialize(Merge(docs));
        var backward = GraphDocumentJson.Serialize(Merge([.. docs.Reverse()]));

        Assert.Equal(forward, backward);
        Assert.Contains("\"merges\"", forward, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OneArticle_IsWhatTheExtractorGave()
    {
        var a = Extract("a", "2024-03-04", "first-wire.example", FirstReport);

        var merged = Merge(a);

        Assert.Equal(GraphDocumentJson.Serialize(a), GraphDocumentJson.Serialize(merged));
    }
}
