namespace Graph.Bench.Tests;

public class BenchArgumentsTests
{
    [Fact]
    public void Parse_ValuesAndFlags_ReadWithDefaults()
    {
        var options = BenchArguments.Parse(["--articles", "12", "--keep"], ["--articles", "--seed"], ["--keep"]);

        Assert.Equal(12, options.Int("--articles", 5));
        Assert.Equal(42, options.Int("--seed", 42));
        Assert.True(options.Has("--keep"));
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--articles")]
    public void Parse_UnknownOrMissingValue_Throws(string arg) =>
        Assert.Throws<ArgumentException>(() => BenchArguments.Parse([arg], ["--articles"]));

    [Fact]
    public void Int_BelowMinimum_ThrowsNamingTheOption()
    {
        var options = BenchArguments.Parse(["--runs", "0"], ["--runs"]);

        var error = Assert.Throws<ArgumentException>(() => options.Int("--runs", 1, min: 1));
        Assert.Contains("--runs", error.Message, StringComparison.Ordinal);
    }
}
