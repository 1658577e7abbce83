using Graph.Ingestion.Ledger;
using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources;
using Graph.Ingestion.Sources.Inbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Tests.Sources;

public sealed class InboxSourceTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<IngestionState> _state;

    public InboxSourceTests()
    {
        _state = new Lazy<IngestionState>(() => IngestionState.Open(Path.Combine(_folder.Path, "state", "ingestion.db")));
    }

    public void Dispose()
    {
        if (_state.IsValueCreated)
            _state.Value.Dispose();
        _folder.Dispose();
    }

    private string Inbox => Path.Combine(_folder.Path, "inbox");

    private InboxSource Source(TimeSpan? settle = null, TimeSpan? rescan = null) => new(
        new ArticleReader(Options.Create(new IngestionOptions())),
        _state,
        Options.Create(new IngestionOptions
        {
            Inbox = Inbox,
            InboxSettleTime = settle ?? TimeSpan.Zero,
            InboxRescanInterval = rescan ?? TimeSpan.FromHours(1),
        }),
        TimeProvider.System,
        NullLogger<InboxSource>.Instance);

    /// <summary>Reads items until <paramref name="checkpoints"/> file checkpoints have come, committing each as the pipeline would.</summary>
    private static async Task<List<SourceItem>> ReadFilesAsync(InboxSource source, int checkpoints)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync(timeout.Token))
        {
            items.Add(item);
            if (item is SourceCheckpoint checkpoint)
            {
                await checkpoint.CommitAsync!(CancellationToken.None);
                if (items.OfType<SourceCheckpoint>().Count() == checkpoints)
                    break;
            }
        }
        return items;
    }

    [Fact]
    public async Task ReadAsync_NewFiles_ReadWithInboxRelativeIdsAndACheckpointEach()
    {
        _folder.Write("inbox/b.md", "Second\n\nThe envoy left Rome.");
        _folder.Write("inbox/world/a.txt", "First\n\nThe envoy reached Paris.");
        _folder.Write("inbox/.partial.md", "Hidden\n\nStill being copied.");
        _folder.Write("inbox/notes.csv", "not,an,article");

        var items = await ReadFilesAsync(Source(), checkpoints: 2);

        Assert.Equal(["b.md", "world/a.txt"], items.OfType<SourceArticle>().Select(a => a.Article.Id));
        Assert.Equal([typeof(SourceArticle), typeof(SourceCheckpoint), typeof(SourceArticle), typeof(SourceCheckpoint)], items.Select(i => i.GetType()));
        Assert.Empty(Source().Scan(Inbox, TimeSpan.Zero, CancellationToken.None).Ready);
    }

    [Fact]
    public async Task Scan_AfterCommit_FindsOnlyChangedFiles()
    {
        _folder.Write("inbox/a.md", "A\n\nThe envoy reached Paris.");
        var b = _folder.Write("inbox/b.md", "B\n\nThe envoy left Rome.");
        await ReadFilesAsync(Source(), checkpoints: 2);

        File.WriteAllText(b, "B\n\nThe envoy left Rome for Madrid.");
        File.SetLastWriteTimeUtc(b, DateTime.UtcNow.AddMinutes(-1));
        _folder.Write("inbox/c.md", "C\n\nA new article.");

        var ready = Source().Scan(Inbox, TimeSpan.Zero, CancellationToken.None).Ready;

        Assert.Equal(["b.md", "c.md"], ready.Select(r => r.File.IdPath));
    }

    [Fact]
    public async Task Scan_StateSurvivesReopening_NothingReadAgain()
    {
        _folder.Write("inbox/a.md", "A\n\nThe envoy reached Paris.");
        await ReadFilesAsync(Source(), checkpoints: 1);
        _state.Value.Dispose();

        using var reopened = IngestionState.Open(Path.Combine(_folder.Path, "state", "ingestion.db"));
        var info = new FileInfo(Path.Combine(Inbox, "a.md"));

        Assert.True(reopened.IsFileDone("a.md", info.Length, info.LastWriteTimeUtc));
    }

    [Fact]
    public void Scan_FileStillBeingWritten_WaitsUntilSettled()
    {
        _folder.Write("inbox/fresh.md", "Fresh\n\nJust copied in.");

        var scan = Source().Scan(Inbox, TimeSpan.FromHours(1), CancellationToken.None);

        Assert.Empty(scan.Ready);
        Assert.Equal(1, scan.Unsettled);
    }

    [Fact]
    public async Task ReadAsync_BadFile_SetAsideAndCheckpointedSoItIsNotRetried()
    {
        _folder.Write("inbox/empty.txt", "");

        var items = await ReadFilesAsync(Source(), checkpoints: 1);

        var problem = Assert.Single(items.OfType<SourceProblem>()).Problem;
        Assert.Equal("empty file", problem.Reason);
        Assert.Empty(Source().Scan(Inbox, TimeSpan.Zero, CancellationToken.None).Ready);
    }

    [Fact]
    public async Task ReadAsync_FileDroppedWhileWaiting_IsSeenWithoutARescan()
    {
        Directory.CreateDirectory(Inbox);
        var source = Source(rescan: TimeSpan.FromHours(1));
        var reading = ReadFilesAsync(source, checkpoints: 1);
        await Task.Delay(200);

        // Written aside and renamed in, as a careful producer does.
        var staged = _folder.Write("inbox/.incoming.md", "Dropped\n\nThe envoy arrived in Oslo.");
        File.Move(staged, Path.Combine(Inbox, "dropped.md"));

        var items = await reading;
        Assert.Equal("dropped.md", Assert.Single(items.OfType<SourceArticle>()).Article.Id);
    }

    [Fact]
    public void Scan_LoopAndLinkInTheInbox_EndsAndReportsEachOnceAcrossRescans()
    {
        _folder.Write("inbox/a.md", "First\n\nThe envoy reached Paris.");
        Directory.CreateDirectory(Inbox);
        File.CreateSymbolicLink(Path.Combine(Inbox, "loop"), ".");
        File.CreateSymbolicLink(Path.Combine(Inbox, "b.md"), Path.Combine(Inbox, "a.md"));
        var source = Source();

        var first = source.Scan(Inbox, TimeSpan.Zero, CancellationToken.None);
        var second = source.Scan(Inbox, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(["a.md"], first.Ready.Select(r => r.File.IdPath));
        Assert.Equal(
            [("b.md", $"symbolic link to {Path.Combine(Inbox, "a.md")}: not followed (files are read where they are)"),
             ("loop", "symbolic link to the folder .: not followed (folders are read where they are)")],
            first.Problems.Select(p => (p.Relative, p.Problem)));
        Assert.Empty(second.Problems);
    }
}
