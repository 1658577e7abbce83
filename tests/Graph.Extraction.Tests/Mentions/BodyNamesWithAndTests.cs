using Graph.Core.Model;
using Graph.Extraction.Tests.Frames;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A body's name with "and" inside it ("Science and Technology Agency") is one name, not two halves.</summary>
public sealed class BodyNamesWithAndTests
{
    [Theory]
    [InlineData("The Economic and Social Council adopted a resolution on Monday.", "Economic and Social Council")]
    [InlineData("Chile's Science and Technology Agency signed an agreement with Peru on Thursday.", "Science and Technology Agency")]
    [InlineData("The Trade and Development Board met in Geneva on Wednesday.", "Trade and Development Board")]
    public void Extract_CommonWordsJoinedByAndBeforeABodysHead_OneBody(string body, string name) =>
        Assert.Contains((EntityType.Organization, name), Parsed.Entities(body));

    [Theory]
    [InlineData("A survey found most Marines and Army soldiers back the plan.")]
    [InlineData("Chile signed a Stabilization and Association Agreement with the EU.")]
    [InlineData("Health and Human Services Secretary Ana Ruiz visited Lima on Monday.")]
    public void Extract_AndBeforeAHeadWordAloneOrOpeningTheSentence_NoJoinedBody(string body) =>
        Assert.DoesNotContain(Parsed.Entities(body), e => e.Name.Contains(" and ", StringComparison.Ordinal) || e.Name.StartsWith("and ", StringComparison.Ordinal));
}
