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

    [Theory]
    [InlineData("The Department of Mining and Energy said on Tuesday it had recalled its envoy to Peru.", "Department of Mining and Energy")]
    [InlineData("The Ministry of Trade, Industry and Tourism said exports rose in February.", "Ministry of Trade, Industry and Tourism")]
    [InlineData("A Chilean ship fired on a Bureau of Fisheries and Aquatic Resources vessel on Sunday.", "Bureau of Fisheries and Aquatic Resources")]
    public void Extract_PortfolioOfSeveralFieldsAfterABodysOf_OneBody(string body, string name) =>
        Assert.Contains((EntityType.Organization, name), Parsed.Entities(body));

    [Theory]
    [InlineData("The Ministry of Defence and Interior Minister Ana Ruiz said the border was calm.")]
    [InlineData("The Ministry of Defence and Luis Soto said the border was calm.")]
    [InlineData("The Ministry of Defence and the Army said the border was calm.")]
    public void Extract_BodyOfOneFieldThenAnotherSide_NoJoinedBody(string body) =>
        Assert.DoesNotContain(Parsed.Entities(body), e => e.Name.Contains(" and ", StringComparison.Ordinal));
}
