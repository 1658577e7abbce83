using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Tests.Sources;

public sealed class PathSourceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Task<List<SourceItem>> ReadAsync(params string[] paths) =>
        new PathSource(new ArticleReader(Options.Create(new IngestionOptions())), paths, ArticleReadOptions.Default)
            .ReadAsync(CancellationToken.None).ToListAsync().AsTask();

    [Fact]
    public async Task ReadAsync_Folder_SameArticlesAsTheReaderWithAFileCheckpointAfterEachFile()
    {
        _folder.Write("in/a.md", "A\n\nThe envoy reached Paris.");
        _folder.Write("in/b.jsonl", "{\"id\": \"b1\", \"text\": \"One.\"}\n{\"id\": \"b2\", \"text\": \"Two.\"}\n");
        var folder = Path.Combine(_folder.Path, "in");

        var items = await ReadAsync(folder);
        var viaReader = await new ArticleReader(Options.Create(new IngestionOptions()))
            .ReadAsync([folder], ArticleReadOptions.Default, CancellationToken.None).ToListAsync();

        Assert.Equal(viaReader.OfType<ArticleRead>().Select(r => r.Article), items.OfType<SourceArticle>().Select(a => a.Article));
        Assert.Equal(
            ["article a.md", "file", "article b1", "article b2", "file"],
            items.Select(i => i switch
            {
                SourceArticle a => "article " + a.Article.Id,
                SourceCheckpoint c => c.Unit,
                _ => "?",
            }));
    }

    [Fact]
    public async Task ReadAsync_MissingPathAndDuplicateId_SetAsideWhileTheRestIsRead()
    {
        var a = _folder.Write("a.json", "{\"id\": \"same\", \"text\": \"First.\"}");
        var b = _folder.Write("b.json", "{\"id\": \"same\", \"text\": \"Second.\"}");
        var missing = Path.Combine(_folder.Path, "missing.md");

        var items = await ReadAsync(missing, a, b);

        var problems = items.OfType<SourceProblem>().Select(p => p.Problem).ToList();
        Assert.Equal([missing, b], problems.Select(p => p.Source));
        Assert.Equal("no such file or folder", problems[0].Reason);
        Assert.StartsWith("duplicate article id 'same'", problems[1].Reason);
        Assert.Equal("same", Assert.Single(items.OfType<SourceArticle>()).Article.Id);
    }

    [Fact]
    public void CountFiles_FoldersAndFiles_CountsEachFileOnce()
    {
        var a = _folder.Write("in/a.md", "A\n\nText.");
        _folder.Write("in/sub/b.txt", "B\n\nText.");

        var reader = new ArticleReader(Options.Create(new IngestionOptions()));

        Assert.Equal(2, PathSource.CountFiles(reader, [Path.Combine(_folder.Path, "in"), a, Path.Combine(_folder.Path, "none")], CancellationToken.None));
    }
}
