using Graph.Core.Model;

namespace Graph.Extraction.Tests.Events;

/// <summary>An event reported with its source ("…, the ministry said"): the event, and the source's statement (annotation guidelines: a named actor says something, reported).</summary>
public sealed class ReportedEventTests
{
    private static GraphDocument Extract(string body) =>
        TestArticles.Extractor.Extract(TestArticles.Body(body), CancellationToken.None);

    [Fact]
    public void Extract_PhoneCallAttributedToMinistry_CallAndTheMinistrysStatement()
    {
        var doc = Extract("Chile's Foreign Minister Rodrigo Vargas Soto spoke by phone with Peru's Foreign Minister Ana Torres Ruiz on Tuesday, the Chilean Foreign Ministry said.");
        var call = EventAssert.Single(doc.Events, EventType.PhoneCall);
        Assert.Equal(["person:ana-torres-ruiz", "person:rodrigo-vargas-soto"], call.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
        var statement = EventAssert.Single(doc.Events, EventType.Statement);
        Assert.DoesNotContain(statement.Participants, p => p.Entity.StartsWith("person:", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MeetingThenOwnStatement_StatementKept()
    {
        var doc = Extract("Chile's Foreign Minister Rodrigo Vargas Soto met Peru's Foreign Minister Ana Torres Ruiz on Tuesday and said the talks were useful.");
        EventAssert.Single(doc.Events, EventType.Meeting);
        EventAssert.Participants(EventAssert.Single(doc.Events, EventType.Statement), ("person:rodrigo-vargas-soto", ParticipantRoles.Speaker));
    }

    [Fact]
    public void Extract_PossessorCountryTitlePerson_PersonSpeaks()
    {
        var doc = Extract("Chile's Foreign Minister Rodrigo Vargas Soto said on Tuesday that the border would reopen.");
        EventAssert.Participants(EventAssert.Single(doc.Events, EventType.Statement), ("person:rodrigo-vargas-soto", ParticipantRoles.Speaker));
    }
}
