namespace Graph.Ingestion.Tests.Feeds;

/// <summary>RSS, Atom and article pages for the feed tests (sentences written for them).</summary>
public static class FeedDocuments
{
    public static string Rss(params (string Title, string Link, string PubDate)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Test wire</title>
            <link>http://example.test/</link>
            <description>Invented news for tests</description>
            {string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{i.Link}</link><guid>{i.Link}</guid><pubDate>{i.PubDate}</pubDate></item>"))}
          </channel>
        </rss>
        """;

    public static string Page(string headline, params string[] paragraphs) => $"""
        <!DOCTYPE html>
        <html><head><title>{headline} | Test wire</title><script>var tracking = "do not read";</script></head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article><h1>{headline}</h1>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</article>
          <footer>Copyright Test wire</footer>
        </body></html>
        """;
}
