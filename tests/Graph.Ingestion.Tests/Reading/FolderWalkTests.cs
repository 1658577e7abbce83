using System.Diagnostics;
using Graph.Ingestion.Reading;
using Graph.Ingestion.Reading.Files;

namespace Graph.Ingestion.Tests.Reading;

public sealed class FolderWalkTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string In => Path.Combine(_folder.Path, "in");

    private static List<(string Relative, string? Problem)> Entries(IReadOnlyList<InputFile> files) =>
        files.Select(f => (f.Relative, f.Problem)).ToList();

    [Fact]
    public void Expand_FolderNamedTwiceAndAHardLink_EachFolderWalkedAndEachFileListedOnce()
    {
        _folder.Write("in/a.md", "A\n\nText.");
        _folder.Write("in/sub/b.md", "B\n\nText.");
        Link(Path.Combine(In, "a.md"), Path.Combine(In, "sub", "c.md"));
        var walk = new FolderWalk(maxDepth: 8, maxEntries: 100);

        var first = walk.Expand(In, CancellationToken.None);
        var again = walk.Expand(Path.Combine(In, "sub"), CancellationToken.None);
        var file = walk.Expand(Path.Combine(In, "a.md"), CancellationToken.None);

        Assert.Equal([("a.md", null), ("sub/b.md", null)], Entries(first));
        Assert.Empty(again);
        Assert.Empty(file);
    }

    [Fact]
    public void Expand_TooDeepAndTooMany_EachOverflowReportedWithItsSetting()
    {
        _folder.Write("in/one/two/three/deep.md", "Deep\n\nText.");
        _folder.Write("in/x1.md", "X\n\nText.");
        _folder.Write("in/x2.md", "X\n\nText.");

        var deep = new FolderWalk(maxDepth: 2, maxEntries: 100).Expand(In, CancellationToken.None);
        var many = new FolderWalk(maxDepth: 8, maxEntries: 2).Expand(In, CancellationToken.None);

        Assert.Contains(("one/two/three", "folder nested deeper than 2 levels (Ingestion:MaxFolderDepth): not read"), Entries(deep));
        Assert.DoesNotContain(deep, f => f.Relative.EndsWith("deep.md", StringComparison.Ordinal));
        var overflow = Assert.Single(many, f => f.Problem is not null);
        Assert.StartsWith("the scan stopped after 2 entries (Ingestion:MaxEntriesPerScan)", overflow.Problem);
    }

    [Fact]
    public void Expand_NamedFifo_SetAsideUnopened()
    {
        var fifo = Path.Combine(_folder.Path, "pipe.txt");
        Run("mkfifo", fifo);

        var entry = Assert.Single(new FolderWalk(maxDepth: 8, maxEntries: 100).Expand(fifo, CancellationToken.None));

        Assert.Equal("a FIFO (named pipe), not a regular file: not opened", entry.Problem);
    }

    [Fact]
    public void Expand_Cancelled_StopsBeforeTheFirstEntry()
    {
        _folder.Write("in/a.md", "A\n\nText.");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new FolderWalk(maxDepth: 8, maxEntries: 100).Expand(In, cancelled.Token));
    }

    private static void Link(string existing, string link) => Run("ln", existing, link);

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
