using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Habits told in the present, sides all denied, what rumours say, tests reported by the other side, talks with a named
/// person, and the place a dateline gives "here" and "the capital" (sentences written for these tests; the fortieth
/// extraction pass).
/// </summary>
public sealed class HabitsRumoursAndDatelinedPlacesTests
{
    [Theory]
    [InlineData("Norwegian Foreign Minister Lise Dahl usually visits Riga once a year.", EventType.Visit)]
    [InlineData("NATO deploys fighter jets to Estonia every year.", EventType.MilitaryAction)]
    [InlineData("Chilean warships hold live-fire drills off Peru several times a year.", EventType.MilitaryAction)]
    public void Extract_PresentOfAHabit_NoEvent(string sentence, EventType type) =>
        Assert.Empty(Parsed.Sides(sentence, type));

    [Fact]
    public void Extract_PastTwinOfAHabit_Event() =>
        Assert.Equal(["actor=NATO"], Parsed.Sides("NATO deployed fighter jets to Estonia on Monday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_NeitherSideOfAModifiedSubject_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Neither Chilean nor Peruvian officials met in Quito last week.", EventType.Meeting));

    [Fact]
    public void Extract_WhatARumourSays_NoMeeting() =>
        Assert.Empty(Parsed.Sides("Rumours circulated on Monday that the Chilean foreign minister had met Peruvian officials in Quito.", EventType.Meeting));

    [Fact]
    public void Extract_ReportsCalledFalse_NoAgreement() =>
        Assert.Empty(Parsed.Sides("Reports that Norway had brokered a truce between Chile and Peru were false, a Chilean official said.", EventType.Agreement));

    [Fact]
    public void Extract_TestFiredAsTheOtherSideSays_NoAccusation()
    {
        const string sentence = "North Korea test-fired a ballistic missile on Wednesday, Seoul said.";
        Assert.Empty(Parsed.Sides(sentence, EventType.Accusation));
        Assert.Equal(["actor=North Korea"], Parsed.Sides(sentence, EventType.MilitaryAction));
    }

    [Fact]
    public void Extract_SpokeWithANamedPerson_PhoneCall() =>
        Assert.Equal(["participant=Ana Ruiz participant=Lise Dahl"],
            Parsed.Sides("Norwegian Prime Minister Lise Dahl spoke with Chilean President Ana Ruiz on Monday.", EventType.PhoneCall));

    [Fact]
    public void Extract_SpokeWithANamedPersonSomewhere_Meeting()
    {
        var events = Parsed.Events("Norwegian Prime Minister Lise Dahl spoke with Chilean President Ana Ruiz in Santiago on Monday.");
        var meeting = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Equal("loc:santiago", meeting.Location);
        Assert.DoesNotContain(events, e => e.Type == EventType.PhoneCall);
    }

    [Theory]
    [InlineData("Norwegian Prime Minister Lise Dahl spoke to reporters in Oslo on Monday.")]
    [InlineData("Norwegian Prime Minister Lise Dahl spoke to Reuters on Monday.")]
    public void Extract_SpokeToTheNewsOrTheirReporters_NoCall(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type is EventType.PhoneCall or EventType.Meeting);

    [Theory]
    [InlineData("SANTIAGO — Norwegian Prime Minister Lise Dahl met Chilean President Ana Ruiz in the capital on Tuesday.")]
    [InlineData("SANTIAGO, March 11 (Wire) — Norwegian Prime Minister Lise Dahl met Chilean President Ana Ruiz here on Tuesday.")]
    public void Extract_CapitalOrHereUnderADateline_DatelinePlace(string body) =>
        Assert.Equal("loc:santiago", Assert.Single(Parsed.Events(body), e => e.Type == EventType.Meeting).Location);

    [Fact]
    public void Extract_CapitalOfAnotherCountry_ThatCapital() =>
        Assert.Equal("loc:lima", Assert.Single(Parsed.Events("SANTIAGO — Norwegian Prime Minister Lise Dahl met Peruvian President Luis Vega in the Peruvian capital on Tuesday."),
            e => e.Type == EventType.Meeting).Location);
}
