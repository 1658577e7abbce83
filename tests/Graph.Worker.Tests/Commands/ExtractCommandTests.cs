using Graph.Core.Model;

namespace Graph.Worker.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Meeting = """
        ---
        title: Leaders meet in Vienna
        published: 2024-04-15
        ---

        French President Claire Dumont met German Chancellor Otto Reinhardt in Vienna on Monday.
        "We agreed to work together on energy," Dumont said after the talks.
        """;

    private const string Call = """
        Ministers speak by phone

        Japan's Foreign Minister Hiro Tanabe spoke by phone with Canada's Foreign Minister Anne Leclerc last week.
        The two ministers discussed trade and security in the Pacific.
        """;

    private readonly TempFolder _folder = new();

    public ExtractCommandTests()
    {
        _folder.Write("articles/meeting.md", Meeting);
        _folder.Write("articles/world/call.txt", Call);
    }

    public void Dispose() => _folder.Dispose();

    private string Articles => Path.Combine(_folder.Path, "articles");

    [Fact]
    public async Task Extract_Folder_WritesTheGraphDocumentAndExitsZero()
    {
        var outFile = Path.Combine(_folder.Path, "graph.json");

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync("extract", Articles, "--out", outFile);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);
        var document = GraphDocumentJson.Deserialize(await File.ReadAllTextAsync(outFile));
        Assert.Equal(["meeting.md", "world/call.txt"], document.Articles.Select(a => a.Id));
        Assert.Equal(["Leaders meet in Vienna", "Ministers speak by phone"], document.Articles.Select(a => a.Title));
        Assert.Equal(["2024-04-15", null], document.Articles.Select(a => a.Published));
        Assert.Equal(Path.Combine(Articles, "world/call.txt"), document.Articles[1].Source);
        Assert.NotEmpty(document.Entities);
    }

    [Fact]
    public async Task Extract_MentionOffsets_PointIntoTheFilesAsRead()
    {
        var (_, stdout, _) = await GraphCli.RunAsync("extract", Articles);

        var document = GraphDocumentJson.Deserialize(stdout);
        var texts = document.Articles.ToDictionary(a => a.Id, a => File.ReadAllText(a.Source));
        Assert.NotEmpty(document.Mentions);
        Assert.All(document.Mentions, m => Assert.Equal(m.Text, texts[m.Article][m.Start..m.End]));
    }

    [Fact]
    public async Task Extract_SameInputTwice_GivesByteIdenticalOutput()
    {
        var outFile = Path.Combine(_folder.Path, "graph.json");

        var first = await GraphCli.RunAsync("extract", Articles);
        var second = await GraphCli.RunAsync("extract", Articles);
        await GraphCli.RunAsync("extract", Articles, "--out", outFile);

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(first.Stdout), await File.ReadAllBytesAsync(outFile));
        Assert.EndsWith("}\n", first.Stdout);
    }

    [Fact]
    public async Task Extract_BadFile_IsReportedOnStderrAndTheRestExtracted()
    {
        var broken = _folder.Write("articles/broken.json", """{"title": "Cut off", "text": "The minister""");
        var empty = _folder.Write("articles/empty.txt", "");

        var (exitCode, stdout, stderr) = await GraphCli.RunAsync("extract", Articles);

        Assert.Equal(2, exitCode);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"set aside: {broken}: malformed JSON", lines[0]);
        Assert.Equal($"set aside: {empty}: empty file", lines[1]);
        var document = GraphDocumentJson.Deserialize(stdout);
        Assert.Equal(["meeting.md", "world/call.txt"], document.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Extract_PublishedOption_DatesOnlyArticlesWithoutADate()
    {
        var (exitCode, stdout, _) = await GraphCli.RunAsync("extract", Articles, "--published", "2023-12-01");

        Assert.Equal(0, exitCode);
        var document = GraphDocumentJson.Deserialize(stdout);
        Assert.Equal(["2024-04-15", "2023-12-01"], document.Articles.Select(a => a.Published));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "--published", "15/04/2024", "x.md")]
    [InlineData("extract", "--unknown", "x.md")]
    public async Task Extract_UsageError_ExitsOneWithMessage(params string[] args)
    {
        var (exitCode, stdout, stderr) = await GraphCli.RunAsync(args);

        Assert.Equal(1, exitCode);
        Assert.NotEqual("", stderr);
        Assert.DoesNotContain("\"articles\"", stdout);
    }

    [Fact]
    public async Task Extract_OutputNotWritable_ExitsOneWithMessage()
    {
        var outFile = Path.Combine(_folder.Path, "no-such-folder", "graph.json");

        var (exitCode, _, stderr) = await GraphCli.RunAsync("extract", Articles, "--out", outFile);

        Assert.Equal(1, exitCode);
        Assert.Contains($"cannot write {outFile}", stderr);
    }
}
