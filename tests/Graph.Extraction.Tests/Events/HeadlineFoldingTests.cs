using Graph.Core.Model;

namespace Graph.Extraction.Tests.Events;

public sealed class HeadlineFoldingTests
{
    private static GraphDocument Extract(string title, string body) =>
        TestArticles.Extractor.Extract(TestArticles.WithTitle(title, body), CancellationToken.None);

    [Fact]
    public void Extract_HeadlineCountriesBodyLeaders_OneMeetingFromTheBody()
    {
        var doc = Extract(
            "Leaders of Peru and Ghana meet in Lima over cocoa prices",
            "Peru's President Rosa Quispe Mamani met Ghanaian President Kwame Asante Boateng in Lima on Tuesday.");
        var e = EventAssert.Single(doc.Events, EventType.Meeting);
        Assert.Equal(["person:kwame-asante-boateng", "person:rosa-quispe-mamani"], e.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal));
        Assert.True(e.Start >= doc.Articles[0].Title.Length);
        Assert.Equal("2024-03-05", e.Date);
    }

    [Fact]
    public void Extract_HeadlineVisitToACountryBodyVisitToItsCapital_OneVisitToTheCapital()
    {
        var doc = Extract(
            "Ghana's president visits Peru",
            "Ghanaian President Kwame Asante Boateng arrived in Lima on Sunday for a two-day visit.");
        var e = EventAssert.Single(doc.Events, EventType.Visit);
        Assert.Equal("loc:lima", e.Location);
        Assert.True(e.Start >= doc.Articles[0].Title.Length);
    }

    [Fact]
    public void Extract_HeadlineNamesTargetBodyLacks_BodyEventCompleted()
    {
        var doc = Extract(
            "Ghana threatens Togo over border closure",
            "Ghana threatened on Monday to take \"firm measures\" if the crossings stayed shut.");
        var e = EventAssert.Single(doc.Events, EventType.Threat);
        EventAssert.Participants(e, ("country:GH", ParticipantRoles.Threatener), ("country:TG", ParticipantRoles.Target));
        Assert.Equal("2024-03-04", e.Date);
        Assert.StartsWith("Ghana threatened", e.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HeadlineAccusationRepeatedInBody_OneAccusation()
    {
        var doc = Extract(
            "Chile accuses Bolivia of hiding river data",
            "Chile accused Bolivia on Tuesday of withholding measurements from the shared river.");
        var e = EventAssert.Single(doc.Events, EventType.Accusation);
        EventAssert.Participants(e, ("country:CL", ParticipantRoles.Accuser), ("country:BO", ParticipantRoles.Accused));
        Assert.Equal("2024-03-05", e.Date);
    }

    [Fact]
    public void Extract_HeadlineEventWithoutBodyCounterpart_Kept()
    {
        var doc = Extract(
            "Ghana threatens Togo over border closure",
            "Traders waited for days at the crossing near Aflao.");
        var e = EventAssert.Single(doc.Events, EventType.Threat);
        EventAssert.Participants(e, ("country:GH", ParticipantRoles.Threatener), ("country:TG", ParticipantRoles.Target));
    }

    [Fact]
    public void Extract_BodyEventWithOtherSides_HeadlineKept()
    {
        var doc = Extract(
            "Chile accuses Bolivia of hiding river data",
            "Peru accused Ecuador on Wednesday of blocking the talks.");
        Assert.Equal(2, doc.Events.Count(e => e.Type == EventType.Accusation));
    }
}
