using System.Text;
using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources.Feeds;

namespace Graph.Ingestion.Tests.Feeds;

public class FeedParserTests
{
    private static readonly Uri FeedUri = new("http://news.example.test/feeds/world.xml");

    private static IReadOnlyList<FeedEntry> Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUri);

    [Fact]
    public void Parse_Rss_ReadsLinkTitleDateAndStamp()
    {
        var entries = Parse(FeedDocuments.Rss(
            ("Ministers meet in Lisbon", "http://news.example.test/world/ministers-meet?utm_source=rss#top", "Tue, 14 May 2024 09:30:00 GMT"),
            ("Talks resume", "https://News.Example.test:443/world/talks", "Wed, 15 May 2024 23:10:00 +0200")));

        Assert.Equal(["http://news.example.test/world/ministers-meet", "https://news.example.test/world/talks"], entries.Select(e => e.Key));
        Assert.Equal("Ministers meet in Lisbon", entries[0].Title);
        Assert.Equal(new DateOnly(2024, 5, 14), entries[0].Published);
        Assert.Equal(new DateOnly(2024, 5, 15), entries[1].Published);
        Assert.Equal("2024-05-14T09:30:00.0000000+00:00", entries[0].Stamp);
        Assert.Equal(new Uri("http://news.example.test/world/ministers-meet"), entries[0].Link);
    }

    [Fact]
    public void Parse_RssWithZoneNamesAndBadDates_KeepsItemsUndatedWhenUnreadable()
    {
        var entries = Parse(FeedDocuments.Rss(
            ("Zone name", "http://news.example.test/a", "Mon, 13 May 2024 08:00:00 EST"),
            ("No date at all", "http://news.example.test/b", "sometime last week")));

        Assert.Equal(new DateOnly(2024, 5, 13), entries[0].Published);
        Assert.Null(entries[1].Published);
        Assert.Equal("", entries[1].Stamp);
    }

    [Fact]
    public void Parse_Atom_ResolvesRelativeLinksAndUsesUpdatedAsStamp()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom wire</title>
              <id>urn:test:atom</id>
              <updated>2024-05-16T10:00:00Z</updated>
              <entry>
                <title>Envoys travel to Nairobi</title>
                <id>urn:test:1</id>
                <link rel="alternate" href="/world/envoys-nairobi"/>
                <published>2024-05-16T08:00:00+03:00</published>
                <updated>2024-05-16T09:00:00Z</updated>
              </entry>
            </feed>
            """;

        var entry = Assert.Single(Parse(atom));

        Assert.Equal("http://news.example.test/world/envoys-nairobi", entry.Key);
        Assert.Equal(new DateOnly(2024, 5, 16), entry.Published);
        Assert.Equal("2024-05-16T09:00:00.0000000+00:00", entry.Stamp);
    }

    [Fact]
    public void Parse_ItemWithoutLink_KeyedByItsId()
    {
        const string rss = """
            <rss version="2.0"><channel><title>t</title><link>http://x.test/</link><description>d</description>
            <item><title>Only a guid</title><guid isPermaLink="false">wire-42</guid></item>
            </channel></rss>
            """;

        var entry = Assert.Single(Parse(rss));

        Assert.Null(entry.Link);
        Assert.Equal("wire-42", entry.Key);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>unclosed</channel>", "malformed feed XML")]
    [InlineData("<html><body>Not a feed</body></html>", "not an RSS 2.0 or Atom 1.0 feed (the document is <html>)")]
    [InlineData("<!DOCTYPE rss [<!ENTITY boom SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&boom;</title></channel></rss>", "malformed feed XML")]
    public void Parse_BadDocument_ThrowsWithReason(string xml, string reason)
    {
        var e = Assert.Throws<BadInputException>(() => Parse(xml));

        Assert.Contains(reason, e.Message);
    }
}
