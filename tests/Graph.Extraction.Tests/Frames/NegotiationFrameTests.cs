using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Talks aimed at a deal are a negotiation as well as a meeting; talks the sides held before acting are theirs; an agreement needs its parties.</summary>
public sealed class NegotiationFrameTests
{
    [Fact]
    public void Extract_TalksOnACeasefire_MeetingAndNegotiation()
    {
        const string text = "Daniel Otieno held talks with Ana Ruiz on a ceasefire on Tuesday.";
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], Parsed.Sides(text, EventType.Meeting));
        Assert.Equal(["participant=Ana Ruiz participant=Daniel Otieno"], Parsed.Sides(text, EventType.Negotiation));
    }

    [Fact]
    public void Extract_ResumedPeaceTalks_MeetingAndNegotiation()
    {
        const string text = "The Chilean government and the Patriotic Front resumed peace talks in Lima on Monday.";
        Assert.Equal(["participant=Chile participant=Patriotic Front"], Parsed.Sides(text, EventType.Meeting));
        Assert.Equal(["participant=Chile participant=Patriotic Front"], Parsed.Sides(text, EventType.Negotiation));
    }

    [Fact]
    public void Extract_AgreedAfterTalksBetweenTheirMinisters_TheCountriesMet()
    {
        const string text = "Chile and Peru agreed on Monday to reopen their border after talks between their foreign ministers in Lima.";
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(text, EventType.Meeting));
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(text, EventType.Negotiation));
    }

    [Fact]
    public void Extract_AgreedFollowingTalks_TheyMet()
    {
        const string text = "Chile and Peru agreed to restore relations on Saturday, following talks in Quito.";
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(text, EventType.Meeting));
    }

    [Fact]
    public void Extract_LeadersNamedInAnAppositionWithTheirCountries_AgreementOfBoth()
    {
        const string text = "The two leaders, Ana Ruiz of Chile and Luis Vega of Peru, signed a trade pact in Santiago.";
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(text, EventType.Agreement));
    }

    [Fact]
    public void Extract_TalksOnTrade_MeetingOnly()
    {
        const string text = "Daniel Otieno held talks with Ana Ruiz on trade on Tuesday.";
        Assert.Single(Parsed.Sides(text, EventType.Meeting));
        Assert.Empty(Parsed.Sides(text, EventType.Negotiation));
    }

    [Theory]
    [InlineData("Chile and Peru restored diplomatic relations under a Brazil-brokered deal.")]
    [InlineData("Chile established diplomatic ties with Peru in December.")]
    [InlineData("Chile and Peru resumed diplomatic relations on Monday.")]
    public void Extract_RelationsSetUpBetweenTwo_Agreement(string text) =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(text, EventType.Agreement));

    [Theory]
    [InlineData("Chile wants to restore relations with Peru.")]
    [InlineData("Chile and Peru did not restore relations.")]
    [InlineData("Chile restored power to the capital after talks with Peru.")]
    public void Extract_RelationsNotSetUp_NoAgreement(string text) =>
        Assert.Empty(Parsed.Sides(text, EventType.Agreement));

    [Fact]
    public void Extract_TalksOnTheSidelinesOfASummit_MeetingOnly()
    {
        const string text = "The foreign ministers of Chile and Peru held talks on the sidelines of the summit.";
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(text, EventType.Meeting));
        Assert.Empty(Parsed.Sides(text, EventType.Negotiation));
    }

    [Fact]
    public void Extract_SidesSignedAccordAfterMonthsOfTalks_MeetingNegotiationAndAgreement()
    {
        const string text = "In May, Chile and Peru signed a border accord after months of talks in Quito.";
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(text, EventType.Meeting));
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(text, EventType.Negotiation));
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(text, EventType.Agreement));
    }

    [Fact]
    public void Extract_OneSideAgreesWhileLeadersMeet_NoNegotiation()
    {
        const string text = "Chile agreed to lend Peru two billion dollars as President Ana Ruiz met Daniel Otieno in Santiago.";
        Assert.Contains("participant=Ana Ruiz participant=Daniel Otieno", Parsed.Sides(text, EventType.Meeting));
        Assert.Empty(Parsed.Sides(text, EventType.Negotiation));
    }

    [Fact]
    public void Extract_AfterTalksWithCounterpartTheSpeaker_MeetingOfBoth()
    {
        const string text = "After talks with Peru's foreign minister Luis Vega, Chilean President Ana Ruiz said the border would reopen.";
        Assert.Equal(["participant=Ana Ruiz participant=Luis Vega"], Parsed.Sides(text, EventType.Meeting));
    }

    [Fact]
    public void Extract_AfterTalksBetweenTwoOthers_SpeakerNotAParticipant()
    {
        const string text = "After talks between Chile and Peru, Bolivia said the border would reopen.";
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides(text, EventType.Meeting));
    }

    [Fact]
    public void Extract_PluralPartiesResolvedToOne_NoAgreement() =>
        Assert.Empty(Parsed.Sides("The warring parties in Sudan agreed to a ceasefire.", EventType.Agreement));

    [Fact]
    public void Extract_OneBodyAgreesToAct_NoAgreement() =>
        Assert.Empty(Parsed.Sides("The Kenyan parliament agreed to lift the embargo.", EventType.Agreement));
}
