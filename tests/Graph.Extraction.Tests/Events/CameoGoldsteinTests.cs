using Graph.Core.Model;
using Graph.Extraction.Events;

namespace Graph.Extraction.Tests.Events;

public sealed class CameoGoldsteinTests
{
    [Theory]
    [InlineData("010", 0.0)]
    [InlineData("036", 4.0)]
    [InlineData("042", 1.9)]
    [InlineData("057", 8.0)]
    [InlineData("0334", 6.0)]
    [InlineData("112", -2.0)]
    [InlineData("138", -7.0)]
    [InlineData("163", -8.0)]
    [InlineData("195", -10.0)]
    public void Of_KnownCode_TableValue(string code, double expected) => Assert.Equal(expected, CameoGoldstein.Of(code));

    [Fact]
    public void Of_UnlistedSubcode_ParentValue() => Assert.Equal(8.0, CameoGoldstein.Of("0571"));

    [Fact]
    public void Of_NotACode_Throws() => Assert.Throws<ArgumentException>(() => CameoGoldstein.Of("99"));

    [Fact]
    public void Of_CatalogDefaults_AllListed()
    {
        foreach (var kind in EventCatalog.Kinds.Values)
            Assert.Equal(kind.Goldstein, CameoGoldstein.Of(kind.Cameo));
    }
}
