using Graph.Core.Model;

namespace Graph.Extraction.Tests.Frames;

/// <summary>Deeds told by a participle with its agent, before the sentence's own verb: sentences of our own.</summary>
public class DeedsToldByAParticipleTests
{
    [Fact]
    public void Extract_CraftDeliveredByAStateThatLanded_Offer() =>
        Assert.Equal(["giver=Chile recipient=Peru"],
            Parsed.Sides("The first four Condor jets delivered by Chile to Peru landed at the air base on Monday.", EventType.Offer));

    [Fact]
    public void Extract_MeasureImposedByAStateSetOffByCommas_Sanction() =>
        Assert.Equal(["imposer=Chile target=Luis Soto"],
            Parsed.Sides("The asset freeze on Peruvian businessman Luis Soto, imposed by Chile last year, was extended on Monday.", EventType.Sanction));
}
