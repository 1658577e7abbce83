using Graph.Core.Model;
using Graph.Ingestion.Formats.Html;

namespace Graph.Worker.Tests.Commands;

public sealed class ExtractWebPageTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <title>Harbour deal signed in Tallinn | Kestrel Daily</title>
        <meta property="og:site_name" content="Kestrel Daily">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-14T21:00:00-04:00"}</script>
        </head><body>
        <div class="cookie-banner"><p>We use cookies. Read our Cookie Policy.</p><button>Accept</button></div>
        <nav><a href="/">Home</a> <a href="/world/norway">Norway</a> <a href="/world/sweden">Sweden</a></nav>
        <main><article>
        <h1>Harbour deal signed in Tallinn</h1>
        <p class="byline">By <a rel="author" href="/people/maren-holt">Maren Holt</a></p>
        <p>Estonia and Finland signed an agreement on Tuesday to share the port of Tallinn, ending two years of talks over fees and ferry lanes.</p>
        <p>Estonian minister Kaja Lind met her Finnish counterpart Mikko Rantanen in Tallinn for the signing, and both said the deal would cut waiting times for cargo ships.</p>
        </article>
        <aside class="most-read"><h2>Most read</h2><ul><li><a href="/oslo">Oslo summit ends without a deal</a></li><li><a href="/riga">Riga rail strike enters third day</a></li></ul></aside>
        </main>
        <footer><p>Copyright Kestrel Daily, Helsinki.</p></footer>
        </body></html>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Extract_WebPage_MentionOffsetsPointIntoTheArticleText()
    {
        var path = _folder.Write("pages/harbour.html", Page);

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync("extract", Path.Combine(_folder.Path, "pages"));

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var document = GraphDocumentJson.Deserialize(stdout);
        var article = Assert.Single(document.Articles);
        Assert.Equal("Harbour deal signed in Tallinn", article.Title);
        Assert.Equal("2024-05-14", article.Published);
        Assert.Equal(("By Maren Holt", "en"), (article.Byline, article.Language));
        var text = HtmlArticleFormat.Parse(await File.ReadAllTextAsync(path)).Text;
        Assert.NotEmpty(document.Mentions);
        Assert.All(document.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
    }

    [Fact]
    public async Task Extract_WebPage_TakesEntitiesFromTheArticleOnly()
    {
        _folder.Write("pages/harbour.html", Page);

        var (_, stdout, _) = await GraphCli.RunAsync("extract", Path.Combine(_folder.Path, "pages"));

        var names = GraphDocumentJson.Deserialize(stdout).Entities.Select(e => e.Name).ToList();
        Assert.Contains("Estonia", names);
        Assert.Contains("Finland", names);
        Assert.Contains("Tallinn", names);
        Assert.Contains(names, n => n.Contains("Kaja Lind"));
        foreach (var furniture in (string[])["Norway", "Sweden", "Oslo", "Riga", "Helsinki", "Kestrel Daily", "Maren Holt"])
            Assert.DoesNotContain(names, n => n.Contains(furniture));
    }
}
