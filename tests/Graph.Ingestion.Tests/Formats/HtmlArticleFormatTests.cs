using Graph.Ingestion.Formats.Html;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Formats;

public class HtmlArticleFormatTests
{
    [Fact]
    public void Parse_Page_KeepsParagraphsAndDropsScriptsStylesAndNavigation()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><title>Summit ends &amp; leaders part</title>
            <style>p { color: red; }</style><script>var x = "<p>not text</p>";</script></head>
            <body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <p>The two leaders met   on <b>Monday</b> in Vienna.</p>
              <!-- an ad slot -->
              <p>They agreed to meet again&nbsp;soon.<br>No date was set.</p>
              <footer>Copyright</footer>
            </body></html>
            """;

        var fields = HtmlArticleFormat.Parse(html);

        Assert.Equal("Summit ends & leaders part", fields.Title);
        Assert.Equal("The two leaders met on Monday in Vienna.\n\nThey agreed to meet again soon.\n\nNo date was set.", fields.Text);
        Assert.Equal(0, fields.BodyStart);
    }

    [Fact]
    public void Parse_ArticleElement_IsPreferredAndLeadingHeadlineIsBeforeBodyStart()
    {
        const string html = """
            <html><body><header><h1>Daily Wire</h1></header>
            <div class="teaser"><p>Other story</p></div>
            <article><h1>Aid pledged</h1><p>Donors pledged aid on Friday.</p>
            <figure><img src="x.jpg"><figcaption>A photo</figcaption></figure><p>More aid may follow.</p></article>
            </body></html>
            """;

        var fields = HtmlArticleFormat.Parse(html);

        Assert.Equal("Aid pledged", fields.Title);
        Assert.Equal("Aid pledged\n\nDonors pledged aid on Friday.\n\nMore aid may follow.", fields.Text);
        Assert.Equal("Donors pledged aid on Friday.\n\nMore aid may follow.", fields.Text[fields.BodyStart..]);
    }

    [Fact]
    public void Parse_MetaData_GivesPublishedDateAndCanonicalUrl()
    {
        const string html = """
            <html><head><title>Threat issued</title>
            <meta property="article:published_time" content="2024-02-29T08:00:00+01:00">
            <link rel="canonical" href="https://news.example/threat?a=1&amp;b=2"></head>
            <body><main><p>The minister issued a warning.</p></main></body></html>
            """;

        var fields = HtmlArticleFormat.Parse(html);

        Assert.Equal(new DateOnly(2024, 2, 29), fields.Published);
        Assert.Equal("https://news.example/threat?a=1&b=2", fields.Url);
        Assert.Equal("The minister issued a warning.", fields.Text);
    }

    [Fact]
    public void Parse_BrokenMarkup_IsReadForgivingly()
    {
        const string html = "<p>Talks <i>continued <p>into the night < dawn <div class='x>y'>Unclosed";

        var fields = HtmlArticleFormat.Parse(html);

        Assert.Equal("Talks continued\n\ninto the night < dawn\n\nUnclosed", fields.Text);
    }

    [Fact]
    public void Parse_PageWithoutText_IsRejected()
    {
        const string html = "<html><head><title>Empty</title><script>alert(1)</script></head><body> <nav>Menu</nav> </body></html>";

        var error = Assert.Throws<BadInputException>(() => HtmlArticleFormat.Parse(html));

        Assert.Contains("no text", error.Message);
    }
}
