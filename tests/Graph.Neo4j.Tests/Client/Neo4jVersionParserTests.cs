using Graph.Neo4j.Client;

namespace Graph.Neo4j.Tests.Client;

public sealed class Neo4jVersionParserTests
{
    [Theory]
    [InlineData("3.1.1", 3, 1, 1)]
    [InlineData("4.4.0-drop04.0", 4, 4, 0)]
    [InlineData("5.26.0", 5, 26, 0)]
    [InlineData("2025.01.0", 2025, 1, 0)]
    [InlineData("5.0.0-aura", 5, 0, 0)]
    [InlineData(" 2025.10.1 ", 2025, 10, 1)]
    public void TryParse_ReportedVersion_ReadsNumbers(string text, int major, int minor, int build)
    {
        Assert.True(Neo4jVersionParser.TryParse(text, out var version));
        Assert.Equal(new Version(major, minor, build), version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("dev")]
    [InlineData("5.x")]
    public void TryParse_Unreadable_ReturnsFalse(string? text) => Assert.False(Neo4jVersionParser.TryParse(text, out _));

    [Fact]
    public void SupportsModernSchemaSyntax_ByVersion_IsTrueFrom44()
    {
        Assert.False(new Neo4jServerInfo(new Version(3, 1, 1), "community", Neo4jHttpApi.Transactional).SupportsModernSchemaSyntax);
        Assert.True(new Neo4jServerInfo(new Version(2025, 1, 0), "enterprise", Neo4jHttpApi.QueryV2).SupportsModernSchemaSyntax);
    }
}
