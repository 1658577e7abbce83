using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class StatementEventTests
{
    [Fact]
    public void Extract_SaidWithNamedSubject_SpeakerIsTheSubject()
    {
        var e = EventAssert.Single(Builder().Events("Maria Lindqvist said the talks had been useful."), EventType.Statement);
        EventAssert.Participants(e, (Lindqvist, ParticipantRoles.Speaker));
        Assert.Equal("010", e.Cameo);
        Assert.Null(e.Quote);
    }

    [Fact]
    public void Extract_RejectedAWarning_StatementOfRejection()
    {
        var e = EventAssert.Single(Builder().Events("Maria Lindqvist rejected the warning as interference."), EventType.Statement);
        EventAssert.Participants(e, (Lindqvist, ParticipantRoles.Speaker));
        Assert.Equal("120", e.Cameo);
    }

    [Fact]
    public void Extract_QuoteBeforeSpeaker_QuoteAndSpeakerFound()
    {
        var e = EventAssert.Single(Builder().Events("\"We will not give up,\" Lindqvist said."), EventType.Statement);
        EventAssert.Participants(e, (Lindqvist, ParticipantRoles.Speaker));
        Assert.Equal("We will not give up", e.Quote);
    }

    [Fact]
    public void Extract_QuoteThenInvertedVerb_SpeakerAfterTheVerb()
    {
        var e = EventAssert.Single(Builder().Events("\u201CIs this the end of the road?\u201D asked Adler."), EventType.Statement);
        EventAssert.Participants(e, (Adler, ParticipantRoles.Speaker));
        Assert.Equal("Is this the end of the road?", e.Quote);
    }

    [Fact]
    public void Extract_ToldWithColonQuote_AddresseeAndQuoteAfter()
    {
        var e = EventAssert.Single(Builder().Events("Tomas Adler told the Red Cross: \"The border stays open.\""), EventType.Statement);
        EventAssert.Participants(e, (Adler, ParticipantRoles.Speaker), (RedCross, ParticipantRoles.Addressee));
        Assert.Equal("The border stays open.", e.Quote);
    }

    [Fact]
    public void Extract_PronounSpeaker_ResolvedPerson()
    {
        var events = Builder().Pronoun("She", Carvalho).Events("Ines Carvalho arrived late. She said the vote was fair.");
        EventAssert.Participants(EventAssert.Single(events, EventType.Statement), (Carvalho, ParticipantRoles.Speaker));
    }

    [Fact]
    public void Extract_AccordingTo_SourceIsSpeaker()
    {
        var e = EventAssert.Single(Builder().Events("Norway will reopen its embassy, according to the Foreign Ministry."), EventType.Statement);
        EventAssert.Participants(e, (ForeignMinistry, ParticipantRoles.Speaker));
    }

    [Fact]
    public void Extract_Urged_AppealWithAddressee()
    {
        var e = EventAssert.Single(Builder().Events("Lindqvist urged Chile to release the prisoners."), EventType.Statement);
        EventAssert.Participants(e, (Lindqvist, ParticipantRoles.Speaker), (Chile, ParticipantRoles.Addressee));
        Assert.Equal("020", e.Cameo);
        Assert.Equal(3.0, e.Goldstein);
    }

    [Fact]
    public void Extract_DemonymBeforeAgentNoun_CountryIsSpeaker()
    {
        var e = EventAssert.Single(Builder().Events("Norwegian officials said the ferry would resume service."), EventType.Statement);
        EventAssert.Participants(e, (Norway, ParticipantRoles.Speaker));
    }

    [Fact]
    public void Extract_NoNamedSpeaker_NoStatement() =>
        EventAssert.None(Builder().Events("Officials said the ferry would resume service."), EventType.Statement);

    [Fact]
    public void Extract_DemonymInsideOrdinaryNounPhrase_NoStatement() =>
        EventAssert.None(Builder().Events("The Finnish ferry company said fares would rise."), EventType.Statement);

    [Fact]
    public void Extract_SpeechInsideAnotherStatement_OnlyTheOuterOne()
    {
        var e = EventAssert.Single(Builder().Events("Lindqvist said that Adler had told reporters nothing."), EventType.Statement);
        EventAssert.Participants(e, (Lindqvist, ParticipantRoles.Speaker));
    }

    [Fact]
    public void Extract_PassiveTold_NoStatement() =>
        EventAssert.None(Builder().Events("Adler was told to leave the building."), EventType.Statement);

    [Fact]
    public void Extract_TwoSpeechVerbsOneSpeaker_OneStatement()
    {
        var e = EventAssert.Single(Builder().Events("Lindqvist stressed the risks and warned Kenya that time was short."), EventType.Statement);
        EventAssert.Has(e, Lindqvist, ParticipantRoles.Speaker);
    }

    [Fact]
    public void Extract_OrderedSomeoneTo_DemandWithAddressee()
    {
        var e = EventAssert.Single(Builder().Events("A Chilean judge ordered Adler to appear in court."), EventType.Statement);
        EventAssert.Participants(e, (Chile, ParticipantRoles.Speaker), (Adler, ParticipantRoles.Addressee));
        Assert.Equal("100", e.Cameo);
    }

    [Fact]
    public void Extract_ParenthesisedAcronymBeforeVerb_SpeakerFound()
    {
        var events = Builder().Org("Nordic Fisheries Council", "org:nordic-fisheries-council")
            .Events("The Nordic Fisheries Council (NFC) reiterated its demand for quotas.");
        EventAssert.Participants(EventAssert.Single(events, EventType.Statement), ("org:nordic-fisheries-council", ParticipantRoles.Speaker));
    }
}
