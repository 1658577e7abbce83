using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>
/// Acts held over another side: a possible act of the warner's own held over the one warned, force said to be used
/// against a side, and harm vowed in a speaker's quoted words (sentences written for these tests; the thirty-eighth
/// extraction pass).
/// </summary>
public sealed class ActsHeldOverTests
{
    [Theory]
    [InlineData("Norway warned Belarus it could suspend visa-free travel over the new law.")]
    [InlineData("Norway warned Belarus that it might close its consulates.")]
    public void Extract_PossibleActHeldOverTheOneWarned_Threat(string sentence) =>
        Assert.Equal(["target=Belarus threatener=Norway"], Parsed.Sides(sentence, EventType.Threat));

    [Theory]
    [InlineData("Norway warned that it could suspend visa-free travel.")]
    [InlineData("Norway warned Belarus that prices could rise.")]
    public void Extract_PossibleActWithNoOneWarnedOrNotTheWarners_NoThreat(string sentence) =>
        Assert.Empty(Parsed.Sides(sentence, EventType.Threat));

    [Theory]
    [InlineData("Israel said it would use force against Hezbollah.")]
    [InlineData("Israel said it would not hesitate to use force against Hezbollah.")]
    public void Extract_ForceToBeUsedAgainstASide_Threat(string sentence) =>
        Assert.Equal(["target=Hezbollah threatener=Israel"], Parsed.Sides(sentence, EventType.Threat));

    [Fact]
    public void Extract_ForceUsedAgainstNoOne_NoThreat() =>
        Assert.Empty(Parsed.Sides("Israel said it would use force only as a last resort.", EventType.Threat));

    [Theory]
    [InlineData("\"We will retaliate against Hezbollah,\" Israeli Defence Minister Dan Levi said on Sunday.")]
    [InlineData("Israeli Defence Minister Dan Levi said: \"We will retaliate against Hezbollah.\"")]
    public void Extract_QuotedVowOfTheSpeakersSide_Threat(string sentence) =>
        Assert.Equal(["target=Hezbollah threatener=Dan Levi"], Parsed.Sides(sentence, EventType.Threat));

    [Fact]
    public void Extract_QuotedVowOfAnother_NoThreat() =>
        Assert.Empty(Parsed.Sides("\"Hezbollah will retaliate against Israel,\" Israeli Defence Minister Dan Levi said on Sunday.", EventType.Threat));
}
