using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>A sanction announced but not yet imposed is a threat (annotation guidelines); one asked for or refused is neither; one per named target.</summary>
public sealed class AnnouncedSanctionTests
{
    [Theory]
    [InlineData("Chile will impose new sanctions on Peru next week.")]
    [InlineData("Chile plans to sanction Peruvian officials.")]
    [InlineData("Chile said it would impose sanctions on Peru.")]
    public void Extract_SanctionToCome_ThreatNotSanction(string text)
    {
        Assert.Equal(["target=Peru threatener=Chile"], Parsed.Sides(text, EventType.Threat));
        Assert.Empty(Parsed.Sides(text, EventType.Sanction));
    }

    [Theory]
    [InlineData("Kenya urged Chile to impose sanctions on Peru.")]
    [InlineData("Chile will not impose sanctions on Peru.")]
    public void Extract_SanctionAskedForOrRefused_NeitherThreatNorSanction(string text)
    {
        Assert.Empty(Parsed.Sides(text, EventType.Threat));
        Assert.Empty(Parsed.Sides(text, EventType.Sanction));
    }

    [Fact]
    public void Extract_AmbassadorsRecalledFromTwoCountries_OneSanctionEach() =>
        Assert.Equal(["imposer=Peru target=Bolivia", "imposer=Peru target=Ecuador"],
            Parsed.Sides("Peru recalled its ambassadors from Bolivia and Ecuador.", EventType.Sanction));

    [Theory]
    [InlineData("The EU said Chile could face new sanctions if it does not release the prisoners.")]
    [InlineData("EU leaders suggested that Chile could be subject to sanctions later.")]
    public void Extract_SaidAPartyCouldFaceSanctions_ThreatBySpeaker(string text) =>
        Assert.Equal(["target=Chile threatener=European Union"], Parsed.Sides(text, EventType.Threat));

    [Theory]
    [InlineData("Chile faced sanctions last year.")]
    [InlineData("The EU said Chile faced sanctions last year.")]
    [InlineData("Chile could face sanctions, analysts said.")]
    public void Extract_SanctionsFacedOrNoOneSayingSo_NoThreat(string text) =>
        Assert.Empty(Parsed.Sides(text, EventType.Threat));
}
