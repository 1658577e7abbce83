using System.Text;
using System.Text.Json;
using Graph.Core.Articles;
using Graph.Ingestion.DeadLetter;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Tests.DeadLetter;

public sealed class DeadLetterFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DeadLetterFolder _deadLetter;

    public DeadLetterFolderTests()
    {
        _deadLetter = new DeadLetterFolder(
            Options.Create(new IngestionOptions { DeadLetter = Path.Combine(_folder.Path, "dead-letter") }),
            TimeProvider.System,
            NullLogger<DeadLetterFolder>.Instance);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AddAsync_BadFile_CopiesItBesideTheReason()
    {
        var bad = _folder.Write("in/broken.json", "{\"text\": ");

        var errorFile = await _deadLetter.AddAsync(new SetAside(bad, "malformed JSON: unexpected end"), CancellationToken.None);

        Assert.EndsWith(".json.error.txt", errorFile);
        Assert.Equal("{\"text\": ", await File.ReadAllTextAsync(errorFile[..^".error.txt".Length]));
        var reason = await File.ReadAllTextAsync(errorFile);
        Assert.Contains($"source: {bad}\n", reason);
        Assert.Contains("reason: malformed JSON: unexpected end\n", reason);
    }

    [Fact]
    public async Task AddAsync_JsonLine_KeepsTheLineAndItsNumber()
    {
        var content = Encoding.UTF8.GetBytes("{\"id\": 7, \"text\": ");

        var errorFile = await _deadLetter.AddAsync(new SetAside("in/feed.jsonl", "malformed JSON", 17) { Content = content }, CancellationToken.None);

        Assert.Matches(@"feed\.[0-9a-f]{10}\.line-17\.json\.error\.txt$", errorFile);
        Assert.Equal(content, await File.ReadAllBytesAsync(errorFile[..^".error.txt".Length]));
        Assert.Contains("line: 17\n", await File.ReadAllTextAsync(errorFile));
    }

    [Fact]
    public async Task AddAsync_SameInputTwice_OneEntry()
    {
        var bad = _folder.Write("in/empty.txt", "");

        await _deadLetter.AddAsync(new SetAside(bad, "empty file"), CancellationToken.None);
        await _deadLetter.AddAsync(new SetAside(bad, "empty file"), CancellationToken.None);

        Assert.Equal(2, Directory.GetFiles(_deadLetter.Folder).Length);
    }

    [Fact]
    public async Task AddAsync_Article_WritesItAsJsonThatCanBeReadAgain()
    {
        var article = new Article("wire-9", "Talks stall", new DateOnly(2024, 5, 14), null, "in/wire.jsonl", "Talks stall\n\nThe envoys left Geneva.");

        var errorFile = await _deadLetter.AddAsync(article, "not written (Failed): refused", CancellationToken.None);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(errorFile[..^".error.txt".Length]));
        Assert.Equal("wire-9", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("2024-05-14", json.RootElement.GetProperty("published").GetString());
        Assert.Equal(article.Text, json.RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("in/'}) DETACH DELETE n.md", ".md")]
    [InlineData("https://news.test/a/b?c=d", ".bin")]
    [InlineData("../../etc/passwd", ".bin")]
    public void EntryName_AnySource_IsOneSafeFileName(string source, string extension)
    {
        var name = DeadLetterFolder.EntryName(source, null, extension);

        Assert.Matches(@"^[A-Za-z0-9_-]+\.[0-9a-f]{10}\.[a-z]+$", name);
        Assert.EndsWith(extension, name);
    }
}
