using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>A single ship or jet that shot something down, places liberated, arms named by their model, aid committed: sentences of our own.</summary>
public class ShipsDownedAndArmsByModelTests
{
    [Theory]
    [InlineData("A Chilean warship shot down two drones over the bay on Monday.")]
    [InlineData("The Chilean frigate shot down a missile on Monday.")]
    public void Extract_SingleCraftShotSomethingDown_MilitaryActionOfItsState(string sentence) =>
        Assert.Contains(Parsed.Sides(sentence, EventType.MilitaryAction), s => s.Contains("actor=Chile", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile delivered two Condor systems to Peru on Monday.")]
    [InlineData("Chile sent four Condor launchers to Peru on Monday.")]
    [InlineData("Chile delivered two CONDOR systems to Peru on Monday.")]
    [InlineData("Chile committed 500 million dollars in aid to Peru on Monday.")]
    public void Extract_ArmsByTheirModelOrAidCommitted_Offer(string sentence) =>
        Assert.Equal(["giver=Chile recipient=Peru"], Parsed.Sides(sentence, EventType.Offer));

    [Theory]
    [InlineData("Chile committed war crimes in Peru, the report said.")]
    [InlineData("Chile delivered two speeches in Peru on Monday.")]
    public void Extract_NoAidCommittedOrDelivered_NoOffer(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Offer));

    [Fact]
    public void Extract_SettlementLiberated_MilitaryActionOfWhoTookIt() =>
        Assert.Contains(Parsed.Sides("Chilean forces liberated the village of Tacora on Tuesday.", EventType.MilitaryAction), s => s.Contains("actor=Chile", StringComparison.Ordinal));

    [Fact]
    public void Extract_ArmyTellingItLiberatedAPlace_NoAccusation() =>
        Assert.DoesNotContain(Parsed.Events("The Chilean army said its units had liberated the village of Tacora on Tuesday."), e => e.Type == EventType.Accusation);
}
