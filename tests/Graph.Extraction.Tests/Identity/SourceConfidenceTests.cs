using Graph.Core.Identity;

namespace Graph.Extraction.Tests.Identity;

public sealed class SourceConfidenceTests
{
    [Fact]
    public void Combine_OneReport_ItsOwnConfidence()
    {
        Assert.Equal(0.9, SourceConfidence.Combine([("a", 0.9)]));
    }

    [Fact]
    public void Combine_TwoIndependentSources_RisesAsOneMinusTheProductOfDoubts()
    {
        Assert.Equal(0.94, SourceConfidence.Combine([("a", 0.8), ("b", 0.7)]));
        Assert.Equal(0.98, SourceConfidence.Combine([("a", 0.8), ("b", 0.7), ("c", 0.6)]));
    }

    [Fact]
    public void Combine_OneOutletTwice_CountsOnceWithItsBestReport()
    {
        Assert.Equal(0.8, SourceConfidence.Combine([("a", 0.8), ("a", 0.7)]));
    }

    [Fact]
    public void Combine_ManySources_CappedBelowCertainty()
    {
        Assert.Equal(SourceConfidence.Cap, SourceConfidence.Combine([("a", 0.9), ("b", 0.9), ("c", 0.9)]));
    }

    [Theory]
    [InlineData("https://www.Example.com/news/1", "example.com")]
    [InlineData("http://wire.example/x", "wire.example")]
    [InlineData("articles/a.txt", null)]
    [InlineData(null, null)]
    public void OutletOf_UrlHost(string? url, string? expected)
    {
        Assert.Equal(expected, SourceConfidence.OutletOf(url));
    }
}
