using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Settings of a deed only hoped for, deeds opposed, and sides warned they would be targets or parties to a war:
/// sentences of our own.
/// </summary>
public class SettingsHopedForOppositionAndTargetsTests
{
    [Theory]
    [InlineData("Peruvian President Luis Soto said he hoped to meet Chilean President Ana Ruiz at a summit in Quito.")]
    [InlineData("Peruvian President Luis Soto said he expected to meet Chilean President Ana Ruiz at a summit in Quito later this year.")]
    [InlineData("Peruvian President Luis Soto is due to meet Chilean President Ana Ruiz during a visit to Quito.")]
    public void Extract_MeetingAtASettingOnlyLookedFor_NoMeeting(string sentence) =>
        Assert.DoesNotContain(Parsed.Events(sentence), e => e.Type == EventType.Meeting);

    [Fact]
    public void Extract_DisputeNotResolvedDuringTalks_TheTalksStillAMeeting() =>
        Assert.Equal(["participant=Chile participant=Peru"],
            Parsed.Sides("Envoys of Peru and Chile failed to settle the fishing dispute during a third day of talks in Quito on Monday.", EventType.Meeting));

    [Theory]
    [InlineData("Chilean President Ana Ruiz opposed sending Chilean troops to Peru in 2022.")]
    [InlineData("Chilean President Ana Ruiz rejected sending warships to Peru.")]
    public void Extract_SendingOpposed_NoOffer(string sentence)
    {
        var events = Parsed.Events(sentence);
        Assert.DoesNotContain(events, e => e.Type is EventType.Offer or EventType.MilitaryAction);
    }

    [Theory]
    [InlineData("Peruvian army spokesman Luis Soto warned that Chilean warships in the bay would be legitimate targets.")]
    [InlineData("Peruvian army spokesman Luis Soto warned Santiago that any delivery of missiles to the rebels would make Chile a party to the conflict.")]
    public void Extract_SideWarnedItWouldBeATargetOrAParty_Threat(string sentence) =>
        Assert.Equal(["target=Chile threatener=Luis Soto"], Parsed.Sides(sentence, EventType.Threat));

    [Fact]
    public void Extract_SaidNotToBeTargets_NoThreat() =>
        Assert.Empty(Parsed.Sides("Peruvian army spokesman Luis Soto said the Chilean islands were not legitimate targets.", EventType.Threat));

    [Fact]
    public void Extract_WarnedItsStateWouldActWithForceAgainstAnother_ThreatOfTheOtherOnly() =>
        Assert.Equal(["target=Peru threatener=Ana Ruiz"],
            Parsed.Sides("Chilean Defence Minister Ana Ruiz warned that Chile would act with full force against Peru if the raids continued.", EventType.Threat));

    [Fact]
    public void Extract_ForceWarnedAgainstASideAnywhereInAPlace_ThePlaceNoTarget() =>
        Assert.Equal(["target=Shining Path threatener=Ana Ruiz"],
            Parsed.Sides("Peruvian Defence Minister Ana Ruiz warned that Peru would act with full force against Shining Path anywhere in Bolivia.", EventType.Threat));
}
