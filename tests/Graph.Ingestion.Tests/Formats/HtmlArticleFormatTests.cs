using Graph.Ingestion.Formats.Html;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Tests.Formats;

public class HtmlArticleFormatTests
{
    [Fact]
    public void Parse_NewsPage_KeepsTheArticleAndDropsNavigationTeasersBannersAndFooter()
    {
        var fields = HtmlArticleFormat.Parse(TestPages.NewsPage());

        Assert.Equal(string.Join("\n\n", TestPages.StoryParagraphs), fields.Text);
        Assert.Equal(0, fields.BodyStart);
        foreach (var furniture in (string[])["Home", "Cookie", "Most read", "Oslo", "Compare plans", "Copyright", "Kestrel Daily"])
            Assert.DoesNotContain(furniture, fields.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_NewsPage_GivesTitleWithoutSiteNameBylineAndLanguage()
    {
        var fields = HtmlArticleFormat.Parse(TestPages.NewsPage());

        Assert.Equal("Harbour deal signed in Tallinn after two years of talks", fields.Title);
        Assert.Equal("By Maren Holt", fields.Byline);
        Assert.Equal("en-GB", fields.Language);
        Assert.Equal("https://kestrel.example/world/harbour-deal", fields.Url);
    }

    [Fact]
    public void Parse_Byline_IsNotArticleText()
    {
        var fields = HtmlArticleFormat.Parse(TestPages.NewsPage());

        Assert.DoesNotContain("Maren Holt", fields.Text);
    }

    public static TheoryData<string, string> DateStatements => new()
    {
        { """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-03-14T23:30:00-05:00"}</script>""", "" },
        { """<script type="application/ld+json"><![CDATA[ {"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-03-14"}]} ]]></script>""", "" },
        { """<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2023-03-14T10:00:00Z"}</script>""", "" },
        { """<meta property="article:published_time" content="2023-03-14T23:30:00-05:00">""", "" },
        { """<meta name="pdate" content="20230314">""", "" },
        { """<meta name="date" content="2023-03-14">""", "" },
        { "", """<span itemprop="datePublished" content="2023-03-14T08:00:00+01:00">14 March</span>""" },
        { "", """<time datetime="2023-03-14T08:00">14 March 2023</time>""" },
    };

    [Theory]
    [MemberData(nameof(DateStatements))]
    public void Parse_EachWayOfStatingTheDate_GivesTheDateAsWritten(string head, string body)
    {
        var fields = HtmlArticleFormat.Parse(TestPages.Dated(head, body));

        Assert.Equal(new DateOnly(2023, 3, 14), fields.Published);
    }

    [Fact]
    public void Parse_LinkedDataBeforeMetaTags_LinkedDataWins()
    {
        var fields = HtmlArticleFormat.Parse(TestPages.Dated(
            """<meta property="article:published_time" content="2023-05-01"><script type="application/ld+json">{"datePublished":"2023-03-14","dateModified":"2023-04-02"}</script>""",
            """<time datetime="2023-06-09">9 June 2023</time>"""));

        Assert.Equal(new DateOnly(2023, 3, 14), fields.Published);
    }

    [Fact]
    public void Parse_DateWithoutYearOrBrokenLinkedData_StatesNoDate()
    {
        var fields = HtmlArticleFormat.Parse(TestPages.Dated(
            """<script type="application/ld+json">{"datePublished": </script>""",
            """<span itemprop="datePublished">14 March</span>"""));

        Assert.Null(fields.Published);
    }

    [Fact]
    public void Parse_PageInAnotherLanguage_IsReadWithItsLanguage()
    {
        var fields = HtmlArticleFormat.Parse(TestPages.FrenchPage());

        Assert.Equal("fr", fields.Language);
        Assert.Equal("Les ministres se retrouvent à Lyon", fields.Title);
        Assert.StartsWith("Les ministres des affaires étrangères de la France et de l'Italie", fields.Text);
        Assert.Equal(3, fields.Text.Split("\n\n").Length);
        Assert.DoesNotContain("Accepter", fields.Text);
    }

    [Fact]
    public void Parse_NewsBrief_IsAnArticle()
    {
        const string html = """
            <html><head><title>Ministers meet in Lisbon</title></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><p>The foreign ministers of Portugal and Spain met in Lisbon on Tuesday.</p>
            <p>They agreed to meet again in Madrid next month.</p></article>
            <footer>Copyright Lisbon Wire</footer></body></html>
            """;

        var fields = HtmlArticleFormat.Parse(html);

        Assert.Equal("The foreign ministers of Portugal and Spain met in Lisbon on Tuesday.\n\nThey agreed to meet again in Madrid next month.", fields.Text);
    }

    [Fact]
    public void Parse_IndexPage_IsSetAsideAsNoArticle()
    {
        var error = Assert.Throws<BadInputException>(() => HtmlArticleFormat.Parse(TestPages.IndexPage()));

        Assert.Equal("no readable article on the page (an index page: a list of linked headlines)", error.Message);
    }

    [Fact]
    public void Parse_LoginWall_IsSetAsideAsNoArticle()
    {
        var error = Assert.Throws<BadInputException>(() => HtmlArticleFormat.Parse(TestPages.LoginWall()));

        Assert.Equal("no readable article on the page (a login wall: it asks for a password and shows no article)", error.Message);
    }

    [Fact]
    public void Parse_PageWithoutText_IsRejected()
    {
        const string html = "<html><head><title>Empty</title><script>alert(1)</script></head><body> <script>track()</script><noscript>Enable JavaScript</noscript> </body></html>";

        var error = Assert.Throws<BadInputException>(() => HtmlArticleFormat.Parse(html));

        Assert.Equal("the HTML page has no text", error.Message);
    }

    [Fact]
    public void Parse_CanonicalLink_IsTheUrl()
    {
        var fields = HtmlArticleFormat.Parse(TestPages.Dated("""<link rel="Canonical" href="https://news.example/threat?a=1&amp;b=2">""", ""));

        Assert.Equal("https://news.example/threat?a=1&b=2", fields.Url);
    }
}
