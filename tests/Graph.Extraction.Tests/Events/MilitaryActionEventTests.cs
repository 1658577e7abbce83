using Graph.Core.Model;
using static Graph.Extraction.Tests.Events.Cast;

namespace Graph.Extraction.Tests.Events;

public sealed class MilitaryActionEventTests
{
    [Fact]
    public void Extract_DemonymTroopsAttacked_CountryIsActor()
    {
        var e = EventAssert.Single(Builder().Events("Chilean troops attacked Brazil on Sunday."), EventType.MilitaryAction);
        EventAssert.Participants(e, (Chile, ParticipantRoles.Actor), (Brazil, ParticipantRoles.Target));
        Assert.Equal("190", e.Cameo);
        Assert.Equal(-10.0, e.Goldstein);
        Assert.Equal("2023-03-05", e.Date);
    }

    [Fact]
    public void Extract_Invaded_OccupyCode()
    {
        var e = EventAssert.Single(Builder().Events("Norway invaded Finland."), EventType.MilitaryAction);
        EventAssert.Participants(e, (Norway, ParticipantRoles.Actor), (Finland, ParticipantRoles.Target));
        Assert.Equal("192", e.Cameo);
    }

    [Fact]
    public void Extract_BombedCity_AerialWeaponsCode()
    {
        var e = EventAssert.Single(Builder().Events("Brazilian jets bombed Santiago."), EventType.MilitaryAction);
        EventAssert.Participants(e, (Brazil, ParticipantRoles.Actor), (Santiago, ParticipantRoles.Target));
        Assert.Equal("195", e.Cameo);
    }

    [Fact]
    public void Extract_BeganSendingTroopsToBorder_Deployment()
    {
        var e = EventAssert.Single(Builder().Events("Kenya began sending troops to Brazil's border."), EventType.MilitaryAction);
        EventAssert.Participants(e, (Kenya, ParticipantRoles.Actor), (Brazil, ParticipantRoles.Target));
        Assert.Equal("154", e.Cameo);
    }

    [Fact]
    public void Extract_PassiveShelledBy_SidesSwapped()
    {
        var e = EventAssert.Single(Builder().Events("Santiago was shelled by Brazilian artillery."), EventType.MilitaryAction);
        EventAssert.Participants(e, (Brazil, ParticipantRoles.Actor), (Santiago, ParticipantRoles.Target));
        Assert.Equal("194", e.Cameo);
    }

    [Fact]
    public void Extract_InsideDenial_NoMilitaryAction() =>
        EventAssert.None(Builder().Events("Chile denied that Brazil had attacked its ships."), EventType.MilitaryAction);

    [Fact]
    public void Extract_InsideCondition_NoMilitaryAction() =>
        EventAssert.None(Builder().Events("If Norway attacks Finland, Kenya will respond."), EventType.MilitaryAction);

    [Fact]
    public void Extract_Speculative_NoMilitaryAction() =>
        EventAssert.None(Builder().Events("Chile could invade Brazil."), EventType.MilitaryAction);

    [Fact]
    public void Extract_WillAttack_ThreatOfForce()
    {
        var events = Builder().Events("Japan will attack Brazil.");
        EventAssert.None(events, EventType.MilitaryAction);
        Assert.Equal("138", EventAssert.Single(events, EventType.Threat).Cameo);
    }

    [Fact]
    public void Extract_HungerStrike_NoMilitaryAction() =>
        EventAssert.None(Builder().Events("Kenyan students began a hunger strike against Japan."), EventType.MilitaryAction);

    [Fact]
    public void Extract_KilledCountedPeople_ActorOnlyWithPlace()
    {
        var e = EventAssert.Single(Builder().Events("Kenyan gunmen killed 12 people in Nairobi."), EventType.MilitaryAction);
        EventAssert.Participants(e, (Kenya, ParticipantRoles.Actor));
        Assert.Equal(Nairobi, e.Location);
    }

    [Fact]
    public void Extract_PreparingToAttack_ForcePosture()
    {
        var e = EventAssert.Single(Builder().Events("Norway is preparing to attack Finland."), EventType.MilitaryAction);
        Assert.Equal("150", e.Cameo);
    }

    [Fact]
    public void Extract_ImposedBlockadeOf_BlockadeCode()
    {
        var e = EventAssert.Single(Builder().Events("Japan imposed a naval blockade of Brazil."), EventType.MilitaryAction);
        EventAssert.Participants(e, (Japan, ParticipantRoles.Actor), (Brazil, ParticipantRoles.Target));
        Assert.Equal("191", e.Cameo);
    }

    [Fact]
    public void Extract_StrikesInSupportOf_NotATarget()
    {
        var events = Builder().Events("Chilean forces conducted six strikes in support of Brazil.");
        EventAssert.None(events, EventType.MilitaryAction);
    }

    [Fact]
    public void Extract_Question_NoEvent() =>
        Assert.Empty(Builder().Events("Will Chile invade Brazil?"));
}
