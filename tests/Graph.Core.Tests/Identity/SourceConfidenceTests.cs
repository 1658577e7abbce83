using Graph.Core.Identity;

namespace Graph.Core.Tests.Identity;

public class SourceConfidenceTests
{
    [Fact]
    public void Combine_TwoOutlets_RisesAsOneMinusTheProductOfDoubts() =>
        Assert.Equal(0.94, SourceConfidence.Combine([("npr.org", 0.8), ("bbc.co.uk", 0.7)]));

    [Fact]
    public void Combine_TwoReportsFromOneOutlet_CountOnceWithTheBest() =>
        Assert.Equal(0.8, SourceConfidence.Combine([("npr.org", 0.8), ("npr.org", 0.7)]));

    [Fact]
    public void Combine_ManyConfidentSources_StopsAtTheCap() =>
        Assert.Equal(SourceConfidence.Cap, SourceConfidence.Combine([("a", 0.95), ("b", 0.95), ("c", 0.95)]));

    [Theory]
    [InlineData("https://www.npr.org/2022/02/01/x", "npr.org")]
    [InlineData("HTTP://Reuters.com/a", "reuters.com")]
    [InlineData("samples/a.md", null)]
    [InlineData(null, null)]
    public void OutletOf_Url_IsTheHostWithoutWww(string? url, string? outlet) =>
        Assert.Equal(outlet, SourceConfidence.OutletOf(url));
}
