using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Fire returned, hostages taken, airspace violated, documents signed: sentences of our own.</summary>
public class FireReturnedHostagesAndBreachesTests
{
    [Fact]
    public void Extract_TroopsReturnedFire_MilitaryActionAndNoAccusation()
    {
        var events = Parsed.Events("The Peruvian army said its troops returned fire on Monday.");

        Assert.Contains(events, e => e.Type == EventType.MilitaryAction && e.Participants.Any(p => p.Entity == "country:PE" && p.Role == ParticipantRoles.Actor));
        Assert.DoesNotContain(events, e => e.Type == EventType.Accusation);
    }

    [Fact]
    public void Extract_MilitantsTookHostages_MilitaryActionOnTheirState() =>
        Assert.Equal(["actor=Shining Path target=Chile"],
            Parsed.Sides("Shining Path militants took 12 Chilean hostages during a raid on a border post on Saturday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_PeopleTakenHostageInAParticiple_NoActorFromThem() =>
        Assert.DoesNotContain(Parsed.Events("Rebels have released two Chilean engineers taken hostage last August."),
            e => e.Type == EventType.MilitaryAction && e.Participants.Any(p => p.Entity == "country:CL" && p.Role == ParticipantRoles.Actor));

    [Fact]
    public void Extract_JetsViolatedAnotherStatesAirspace_MilitaryAction() =>
        Assert.Equal(["actor=Peru target=Chile"], Parsed.Sides("Three Peruvian fighter jets violated Chilean airspace on Wednesday.", EventType.MilitaryAction));

    [Fact]
    public void Extract_TwoStatesSignedDocuments_Agreement() =>
        Assert.Equal(["participant=Chile participant=Peru"], Parsed.Sides("Chile and Peru signed 12 documents on water, energy and transport on Tuesday.", EventType.Agreement));

    [Theory]
    [InlineData("Shining Path militants took 12 Chilean aid workers hostage on Tuesday.")]
    [InlineData("Shining Path militants took 12 Chilean soldiers hostage during a raid on Tuesday.")]
    public void Extract_MilitantsTookPeopleHostage_MilitaryActionOnTheirState(string sentence) =>
        Assert.Equal(["actor=Shining Path target=Chile"], Parsed.Sides(sentence, EventType.MilitaryAction));

    [Fact]
    public void Extract_DronesViolatedAnotherStatesAirspace_MilitaryAction() =>
        Assert.Equal(["actor=Peru target=Chile"], Parsed.Sides("Two Peruvian drones violated Chilean airspace on Wednesday.", EventType.MilitaryAction));
}
