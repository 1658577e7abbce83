using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class VisitEventTests
{
    [Fact]
    public void Extract_VisitedCountry_VisitorAndDestination()
    {
        var e = EventAssert.Single(Builder().Events("Lindqvist visited Japan on Monday."), EventType.Visit);
        EventAssert.Participants(e, (Lindqvist, ParticipantRoles.Visitor));
        Assert.Equal(Japan, e.Location);
        Assert.Equal("042", e.Cameo);
        Assert.Equal("2023-03-06", e.Date);
    }

    [Fact]
    public void Extract_VisitToPlaceByPerson_Visit()
    {
        var e = EventAssert.Single(Builder().Events("The first visit to Nairobi by Adler ended today."), EventType.Visit);
        EventAssert.Participants(e, (Adler, ParticipantRoles.Visitor));
        Assert.Equal(Nairobi, e.Location);
    }

    [Fact]
    public void Extract_ArrivedIn_Visit()
    {
        var e = EventAssert.Single(Builder().Events("Carvalho arrived in Santiago on Thursday."), EventType.Visit);
        EventAssert.Participants(e, (Carvalho, ParticipantRoles.Visitor));
        Assert.Equal(Santiago, e.Location);
        Assert.Equal("2023-03-02", e.Date);
    }

    [Fact]
    public void Extract_PersonIsInPlace_Visit()
    {
        var e = EventAssert.Single(Builder().Events("Meanwhile, Adler is in Oslo for talks."), EventType.Visit);
        EventAssert.Participants(e, (Adler, ParticipantRoles.Visitor));
        Assert.Equal(Oslo, e.Location);
    }

    [Fact]
    public void Extract_AlsoWasThere_PlaceAndDateOfThePreviousSentence()
    {
        var events = Builder().Events("Lindqvist was not the only minister to visit Kenya on Friday. Carvalho also was there.");
        var e = EventAssert.Single(events, EventType.Visit);
        EventAssert.Participants(e, (Carvalho, ParticipantRoles.Visitor));
        Assert.Equal(Kenya, e.Location);
        Assert.Equal("2023-03-03", e.Date);
    }

    [Fact]
    public void Extract_Negated_NoVisit() =>
        EventAssert.None(Builder().Events("Lindqvist did not visit Japan."), EventType.Visit);

    [Fact]
    public void Extract_NoPlace_NoVisit() =>
        EventAssert.None(Builder().Events("Adler visited the factory."), EventType.Visit);

    [Fact]
    public void Extract_PlansWithoutVisitor_NoVisit() =>
        EventAssert.None(Builder().Events("Plans to visit Oslo were dropped."), EventType.Visit);

    [Fact]
    public void Extract_SameVisitTwice_OneEvent()
    {
        var events = Builder().Events("Adler visited Nairobi on Monday. Adler's visit to Nairobi was his first.");
        EventAssert.Single(events, EventType.Visit);
    }
}
