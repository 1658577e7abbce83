using Graph.Ingestion.Sources.Feeds;

namespace Graph.Ingestion.Tests.Feeds;

public class CanonicalUrlTests
{
    [Theory]
    [InlineData("HTTP://News.Example.TEST:80/a/b?id=7&utm_medium=rss#comments", "http://news.example.test/a/b?id=7")]
    [InlineData("https://example.test:8443/x", "https://example.test:8443/x")]
    [InlineData("https://example.test/x?utm_source=a&utm_campaign=b", "https://example.test/x")]
    public void Normalize_HttpUrl_IsCanonical(string url, string expected) =>
        Assert.Equal(expected, CanonicalUrl.Normalize(url));

    [Theory]
    [InlineData("ftp://example.test/file")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_NotHttp_IsNull(string? url) => Assert.Null(CanonicalUrl.Normalize(url));

    [Fact]
    public void Normalize_RelativeWithBase_Resolves() =>
        Assert.Equal("http://example.test/news/item", CanonicalUrl.Normalize("item", new Uri("http://example.test/news/feed.xml")));
}
