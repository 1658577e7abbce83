using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class SanctionEventTests
{
    [Fact]
    public void Extract_ImposedSanctionsOn_ImposerAndTarget()
    {
        var e = EventAssert.Single(Builder().Events("Norway imposed sanctions on Chile."), EventType.Sanction);
        EventAssert.Participants(e, (Norway, ParticipantRoles.Imposer), (Chile, ParticipantRoles.Target));
        Assert.Equal("163", e.Cameo);
        Assert.Equal(-8.0, e.Goldstein);
    }

    [Fact]
    public void Extract_FrozeAssetsOf_Sanction()
    {
        var e = EventAssert.Single(Builder().Events("Japan froze the assets of Brazil's central bank."), EventType.Sanction);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Imposer), (Brazil, ParticipantRoles.Target));
    }

    [Fact]
    public void Extract_ExpelledDiplomats_ReduceRelations()
    {
        var e = EventAssert.Single(Builder().Events("Kenya expelled two Chilean diplomats."), EventType.Sanction);
        EventAssert.Participants(e, (Kenya, ParticipantRoles.Imposer), (Chile, ParticipantRoles.Target));
        Assert.Equal("161", e.Cameo);
    }

    [Fact]
    public void Extract_SeveredRelationsWith_Sanction()
    {
        var e = EventAssert.Single(Builder().Events("Brazil severed diplomatic relations with Norway."), EventType.Sanction);
        EventAssert.Participants(e, (Brazil, ParticipantRoles.Imposer), (Norway, ParticipantRoles.Target));
    }

    [Fact]
    public void Extract_WillImpose_ThreatNotSanction()
    {
        var events = Builder().Events("Finland will impose sanctions on Chile.");
        EventAssert.None(events, EventType.Sanction);
        var threat = EventAssert.Single(events, EventType.Threat);
        EventAssert.Participants(threat, (Finland, ParticipantRoles.Threatener), (Chile, ParticipantRoles.Target));
        Assert.Equal("1312", threat.Cameo);
    }

    [Fact]
    public void Extract_SanctionsAsSubject_NoSanction() =>
        EventAssert.None(Builder().Events("Sanctions on Chile remain in force."), EventType.Sanction);

    [Fact]
    public void Extract_MayImpose_NoSanction() =>
        EventAssert.None(Builder().Events("Norway may impose sanctions on Chile."), EventType.Sanction);

    [Fact]
    public void Extract_AnnouncedSuspensionOfLinks_ReduceRelations()
    {
        var e = EventAssert.Single(Builder().Events("Chile announced a suspension of air links with Brazil."), EventType.Sanction);
        EventAssert.Participants(e, (Chile, ParticipantRoles.Imposer), (Brazil, ParticipantRoles.Target));
        Assert.Equal("161", e.Cameo);
    }

    [Fact]
    public void Extract_WithdrewObservers_ExpelOrWithdrawCode()
    {
        var e = EventAssert.Single(Builder().Events("Norway withdrew its observers from Kenya."), EventType.Sanction);
        EventAssert.Participants(e, (Norway, ParticipantRoles.Imposer), (Kenya, ParticipantRoles.Target));
        Assert.Equal("1662", e.Cameo);
    }

    [Fact]
    public void Extract_SaidItHadHaltedAid_PronounIsTheSpeaker()
    {
        var e = EventAssert.Single(Builder().Events("Japan said it had halted economic aid to Brazil."), EventType.Sanction);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Imposer), (Brazil, ParticipantRoles.Target));
        Assert.Equal("1621", e.Cameo);
    }

    [Fact]
    public void Extract_WithdrewTroops_NoSanction() =>
        EventAssert.None(Builder().Events("Norway withdrew its troops from Kenya."), EventType.Sanction);
}
