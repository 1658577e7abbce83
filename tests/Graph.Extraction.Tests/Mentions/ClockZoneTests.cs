using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>Time zones stamped on live-blog entries and wire alerts are no organisations.</summary>
public class ClockZoneTests
{
    private static List<string> Mentioned(string body) =>
        TestArticles.Analyze(body).Mentions.Where(m => m.Kind != MentionKind.Pronoun).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("14:32 GMT – Chilean President Ana Ruiz has landed in Lima.", "GMT")]
    [InlineData("Updated 11.40 BST: Chilean President Ana Ruiz has landed in Lima.", "BST")]
    [InlineData("At 9 a.m. ET the Pentagon said two drones were shot down.", "ET")]
    [InlineData("At 9pm EST the Pentagon said two drones were shot down.", "EST")]
    public void Find_CapitalsAfterAClockTime_NoMention(string body, string zone) =>
        Assert.DoesNotContain(zone, Mentioned(body));

    [Fact]
    public void Find_CapitalsAfterAClockTime_TheRestStays() =>
        Assert.Contains("Ana Ruiz", Mentioned("14:32 GMT – Chilean President Ana Ruiz has landed in Lima."));

    [Fact]
    public void Find_AcronymAfterANumberThatIsNoTime_Kept() =>
        Assert.Contains("NATO", Mentioned("About 30 NATO ships sailed into the Baltic."));

    [Fact]
    public void Extract_TimeZoneBeforeTheSpeaker_NoStatementByTheZone() =>
        Assert.Equal(["speaker=Pentagon"], Frames.Parsed.Sides("09:15 ET - The Pentagon said two drones were shot down.", EventType.Statement));
}
