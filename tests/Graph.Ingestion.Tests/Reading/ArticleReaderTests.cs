using System.Text;
using Graph.Core.Articles;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Tests.Reading;

public sealed class ArticleReaderTests : IDisposable
{
    private const string GoodArticle = "---\ntitle: Leaders meet\npublished: 2024-05-06\n---\n\nThe two presidents met on Monday.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<List<ReadResult>> ReadAsync(IEnumerable<string> paths, ArticleReadOptions? options = null, int maxBytes = 5 * 1024 * 1024)
    {
        var reader = new ArticleReader(Options.Create(new IngestionOptions { MaxArticleBytes = maxBytes }));
        return await reader.ReadAsync(paths, options ?? ArticleReadOptions.Default, CancellationToken.None).ToListAsync();
    }

    private static List<Article> Articles(IEnumerable<ReadResult> results) => results.OfType<ArticleRead>().Select(r => r.Article).ToList();

    [Fact]
    public async Task ReadAsync_Folder_WalksRecursivelyInOrdinalOrderWithRelativeIds()
    {
        _folder.Write("b.md", GoodArticle);
        _folder.Write("sub/c.json", """{"title": "C", "text": "Body of c."}""");
        _folder.Write("a.txt", "A\n\nBody of a.");
        _folder.Write("Z.md", "Z\n\nBody of z.");
        _folder.Write("notes.csv", "not,an,article");

        var results = await ReadAsync([_folder.Path]);

        var articles = Articles(results);
        Assert.Equal(results.Count, articles.Count);
        Assert.Equal(["Z.md", "a.txt", "b.md", "sub/c.json"], articles.Select(a => a.Id));
        Assert.Equal(_folder.Path + "/sub/c.json", articles[3].Source);
    }

    [Fact]
    public async Task ReadAsync_TextFile_TextIsTheWholeFileAndBodyStartMarksTheBody()
    {
        var path = _folder.Write("leaders.md", GoodArticle);

        var article = Assert.Single(Articles(await ReadAsync([path])));

        Assert.Equal("leaders.md", article.Id);
        Assert.Equal("Leaders meet", article.Title);
        Assert.Equal(new DateOnly(2024, 5, 6), article.Published);
        Assert.Equal(File.ReadAllText(path), article.Text);
        Assert.Equal("The two presidents met on Monday.\n", article.Text[article.BodyStart..]);
        Assert.Equal(ContentHashing.Sha256Hex(GoodArticle), article.ContentHash);
    }

    [Fact]
    public async Task ReadAsync_UrlOrJsonId_IsTheArticleId()
    {
        var withUrl = _folder.Write("a.md", "---\ntitle: A\nurl: https://news.example/a\n---\nBody.");
        var withId = _folder.Write("b.json", """{"id": "wire-9", "title": "B", "text": "Body."}""");

        var articles = Articles(await ReadAsync([withUrl, withId]));

        Assert.Equal(["https://news.example/a", "wire-9"], articles.Select(a => a.Id));
        Assert.Equal("https://news.example/a", articles[0].Url);
    }

    [Fact]
    public async Task ReadAsync_JsonLines_BrokenLineIsSetAsideWithItsNumberAndOthersRead()
    {
        var path = _folder.Write("feed.jsonl",
            "{\"title\": \"One\", \"text\": \"First story.\"}\n"
            + "{\"title\": \"Two\", \"text\": \"Broken\n"
            + "\n"
            + "{\"id\": \"x-7\", \"title\": \"Four\", \"text\": \"Fourth story.\"}\r\n"
            + "{\"title\": \"Five\", \"text\": \"Fifth story.\"}");

        var results = await ReadAsync([path]);

        Assert.Equal(["feed.jsonl#1", "x-7", "feed.jsonl#5"], Articles(results).Select(a => a.Id));
        var setAside = Assert.Single(results.OfType<SetAside>());
        Assert.Equal(2, setAside.Line);
        Assert.Contains("malformed JSON", setAside.Reason);
        Assert.Equal($"{path}:2: {setAside.Reason}", setAside.ToString());
        Assert.Equal(1, results.IndexOf(setAside));
    }

    [Fact]
    public async Task ReadAsync_JsonLinesLineTooLarge_IsSetAsideAndNextLineRead()
    {
        var longText = new string('x', 600);
        var path = _folder.Write("feed.jsonl",
            $"{{\"title\": \"Long\", \"text\": \"{longText}\"}}\n{{\"title\": \"Short\", \"text\": \"Short story.\"}}\n");

        var results = await ReadAsync([path], maxBytes: 500);

        Assert.Equal("Short", Assert.Single(Articles(results)).Title);
        var setAside = Assert.Single(results.OfType<SetAside>());
        Assert.Equal(1, setAside.Line);
        Assert.Contains("too large", setAside.Reason);
    }

    [Fact]
    public async Task ReadAsync_Html_ReadsMainTextAndTitle()
    {
        var path = _folder.Write("page.html", "<html><head><title>Visit ends</title></head><body><p>The king left Rome.</p></body></html>");

        var article = Assert.Single(Articles(await ReadAsync([path])));

        Assert.Equal("Visit ends", article.Title);
        Assert.Equal("The king left Rome.", article.Text);
        Assert.Equal("page.html", article.Id);
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.md", Encoding.UTF8.GetBytes("  \n\n "), "empty" },
        { "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A], "binary" },
        { "latin1.txt", Encoding.Latin1.GetBytes("Réunion\n\nLes ministres ont parlé."), "not valid UTF-8" },
        { "huge.txt", Encoding.UTF8.GetBytes("Title\n\n" + new string('a', 3000)), "too large" },
        { "broken.json", Encoding.UTF8.GetBytes("{\"title\": \"T\", \"text\": "), "malformed JSON" },
        { "empty.jsonl", Encoding.UTF8.GetBytes("\n\n"), "empty" },
        { "scripts.html", Encoding.UTF8.GetBytes("<html><script>var a = 1;</script></html>"), "no text" },
        { "open.md", Encoding.UTF8.GetBytes("---\ntitle: Never closed\n"), "not closed" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task ReadAsync_BadInput_IsSetAsideWithReasonAndTheRestRead(string name, byte[] content, string reason)
    {
        _folder.Write("a-good.md", GoodArticle);
        _folder.Write(name, content);
        _folder.Write("z-good.txt", "Later\n\nAnother article.");

        var results = await ReadAsync([_folder.Path], maxBytes: 2000);

        Assert.Equal(["a-good.md", "z-good.txt"], Articles(results).Select(a => a.Id));
        var setAside = Assert.Single(results.OfType<SetAside>());
        Assert.Equal($"{_folder.Path}/{name}", setAside.Source);
        Assert.Contains(reason, setAside.Reason);
    }

    [Fact]
    public async Task ReadAsync_MissingPathAndUnsupportedNamedFile_AreSetAsideAndTheRestRead()
    {
        var good = _folder.Write("good.md", GoodArticle);
        var csv = _folder.Write("table.csv", "a,b");
        var missing = Path.Combine(_folder.Path, "missing.md");

        var results = await ReadAsync([missing, csv, good]);

        Assert.Equal("good.md", Assert.Single(Articles(results)).Id);
        var setAside = results.OfType<SetAside>().ToList();
        Assert.Equal([missing, csv], setAside.Select(s => s.Source));
        Assert.Contains("no such file or folder", setAside[0].Reason);
        Assert.Contains("unsupported file type", setAside[1].Reason);
    }

    [Fact]
    public async Task ReadAsync_DuplicateId_SecondIsSetAside()
    {
        var first = _folder.Write("one.md", "---\ntitle: One\nurl: https://news.example/same\n---\nBody one.");
        var second = _folder.Write("two.json", """{"title": "Two", "url": "https://news.example/same", "text": "Body two."}""");

        var results = await ReadAsync([first, second]);

        Assert.Equal("One", Assert.Single(Articles(results)).Title);
        var setAside = Assert.Single(results.OfType<SetAside>());
        Assert.Equal(second, setAside.Source);
        Assert.Contains($"duplicate article id 'https://news.example/same' (already read from {first})", setAside.Reason);
    }

    [Fact]
    public async Task ReadAsync_SameFileReachedTwice_IsReadOnce()
    {
        var path = _folder.Write("one.md", GoodArticle);

        var results = await ReadAsync([_folder.Path, path]);

        Assert.Single(results);
    }

    [Fact]
    public async Task ReadAsync_DefaultPublished_FillsOnlyMissingDates()
    {
        _folder.Write("dated.md", GoodArticle);
        _folder.Write("undated.txt", "Undated\n\nSome body.");

        var articles = Articles(await ReadAsync([_folder.Path], new ArticleReadOptions(new DateOnly(2020, 1, 2))));

        Assert.Equal([new DateOnly(2024, 5, 6), new DateOnly(2020, 1, 2)], articles.Select(a => a.Published));
    }

    [Fact]
    public async Task ReadAsync_HiddenFilesAndFolders_AreSkipped()
    {
        _folder.Write(".hidden.md", GoodArticle);
        _folder.Write(".git/notes.txt", "Notes\n\nNot an article.");
        _folder.Write("visible.md", GoodArticle);

        var results = await ReadAsync([_folder.Path]);

        Assert.Equal("visible.md", Assert.Single(Articles(results)).Id);
    }

    [Fact]
    public async Task ReadAsync_SameInputTwice_GivesTheSameResultsInTheSameOrder()
    {
        for (var i = 0; i < 12; i++)
            _folder.Write($"d{i % 3}/article-{i}.md", $"Story {i}\n\nBody number {i}.");
        _folder.Write("feed.jsonl", "{\"text\": \"One.\"}\nbroken\n{\"text\": \"Three.\"}\n");

        var first = await ReadAsync([_folder.Path]);
        var second = await ReadAsync([_folder.Path]);

        Assert.Equal(15, first.Count);
        Assert.Equal(first.Select(Describe), second.Select(Describe));
    }

    private static string Describe(ReadResult result) => result switch
    {
        ArticleRead { Article: var a } => $"{a.Id} {a.ContentHash} {a.BodyStart}",
        _ => result.ToString()!,
    };
}
