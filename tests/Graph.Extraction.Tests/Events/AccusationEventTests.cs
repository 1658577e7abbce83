using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class AccusationEventTests
{
    [Fact]
    public void Extract_AccusedOf_AccuserAndAccused()
    {
        var e = EventAssert.Single(Builder().Events("Chile accused Brazil of violating the agreement."), EventType.Accusation);
        EventAssert.Participants(e, (Chile, ParticipantRoles.Accuser), (Brazil, ParticipantRoles.Accused));
        Assert.Equal("112", e.Cameo);
        Assert.Equal(-2.0, e.Goldstein);
    }

    [Fact]
    public void Extract_BlamedFor_Accusation()
    {
        var e = EventAssert.Single(Builder().Events("Carvalho blamed Kenya for the delay."), EventType.Accusation);
        EventAssert.Participants(e, (Carvalho, ParticipantRoles.Accuser), (Kenya, ParticipantRoles.Accused));
    }

    [Fact]
    public void Extract_PassiveWithBy_SidesSwapped()
    {
        var e = EventAssert.Single(Builder().Events("Brazil was accused by Chile of hiding data."), EventType.Accusation);
        EventAssert.Participants(e, (Chile, ParticipantRoles.Accuser), (Brazil, ParticipantRoles.Accused));
    }

    [Fact]
    public void Extract_CondemnedForAWrong_AccusationWithTheCriticismCode()
    {
        var e = EventAssert.Single(Builder().Events("Norway condemned Japan for hunting whales."), EventType.Accusation);
        EventAssert.Participants(e, (Norway, ParticipantRoles.Accuser), (Japan, ParticipantRoles.Accused));
        Assert.Equal("111", e.Cameo);
    }

    [Fact]
    public void Extract_BareCondemnationOfANamedParty_StatementOnly()
    {
        var events = Builder().Events("Norway condemned Japan's whaling program.");
        EventAssert.None(events, EventType.Accusation);
        Assert.Equal("111", EventAssert.Single(events, EventType.Statement).Cameo);
    }

    [Fact]
    public void Extract_ParticipleAfterDenial_SubjectOfTheDenial()
    {
        var events = Builder().Events("Kenya denied the report, instead accusing Norway of spreading rumors.");
        EventAssert.Participants(EventAssert.Single(events, EventType.Accusation), (Kenya, ParticipantRoles.Accuser), (Norway, ParticipantRoles.Accused));
        EventAssert.Participants(EventAssert.Single(events, EventType.Denial), (Kenya, ParticipantRoles.Speaker));
    }

    [Fact]
    public void Extract_PassiveWithoutAccuser_NoAccusation() =>
        EventAssert.None(Builder().Events("Chile was accused of hiding data."), EventType.Accusation);

    [Fact]
    public void Extract_CriticismWithoutTarget_StatementOnly()
    {
        var events = Builder().Events("Carvalho condemned the violence.");
        EventAssert.None(events, EventType.Accusation);
        Assert.Equal("111", EventAssert.Single(events, EventType.Statement).Cameo);
    }

    [Fact]
    public void Extract_LodgedProtestWith_OfficialComplaint()
    {
        var e = EventAssert.Single(Builder().Events("Chile lodged a formal protest with Brazil."), EventType.Accusation);
        EventAssert.Participants(e, (Chile, ParticipantRoles.Accuser), (Brazil, ParticipantRoles.Accused));
        Assert.Equal("114", e.Cameo);
    }

    [Fact]
    public void Extract_ComplaintLodgedWithAForum_NoAccusationOfTheForum() =>
        EventAssert.None(Builder().Events("Chile lodged a complaint with the World Trade Organization."), EventType.Accusation);

    [Fact]
    public void Extract_ComplaintWithAForumAgainstAState_ThatStateAccused()
    {
        var e = EventAssert.Single(Builder().Events("Chile lodged a complaint with the World Trade Organization against Brazil."), EventType.Accusation);
        EventAssert.Participants(e, (Chile, ParticipantRoles.Accuser), (Brazil, ParticipantRoles.Accused));
    }

    [Fact]
    public void Extract_ChargedWith_Accusation()
    {
        var e = EventAssert.Single(Builder().Events("Kenya charged Norway with espionage."), EventType.Accusation);
        EventAssert.Participants(e, (Kenya, ParticipantRoles.Accuser), (Norway, ParticipantRoles.Accused));
    }

    [Fact]
    public void Extract_Sued_LawsuitCode()
    {
        var e = EventAssert.Single(Builder().Events("Carvalho sued Japan."), EventType.Accusation);
        Assert.Equal("115", e.Cameo);
    }

    [Fact]
    public void Extract_PassiveChargedWithoutAccuser_NoAccusation() =>
        EventAssert.None(Builder().Events("Adler was charged with fraud."), EventType.Accusation);
}
