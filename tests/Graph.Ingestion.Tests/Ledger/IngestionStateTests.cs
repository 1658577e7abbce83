using Graph.Ingestion.Ledger;

namespace Graph.Ingestion.Tests.Ledger;

public sealed class IngestionStateTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StatePath => Path.Combine(_folder.Path, "nested", "state.db");

    [Fact]
    public void MarkFileDone_SameSizeAndTime_IsDoneOtherwiseNot()
    {
        var time = new DateTime(2024, 5, 14, 9, 30, 0, DateTimeKind.Utc);
        using var state = IngestionState.Open(StatePath);

        state.MarkFileDone("world/a.md", 120, time);

        Assert.True(state.IsFileDone("world/a.md", 120, time));
        Assert.False(state.IsFileDone("world/a.md", 121, time));
        Assert.False(state.IsFileDone("world/a.md", 120, time.AddTicks(1)));
        Assert.False(state.IsFileDone("world/b.md", 120, time));
    }

    [Fact]
    public void Marks_SurviveReopening()
    {
        using (var state = IngestionState.Open(StatePath))
        {
            state.MarkItemDone("http://feed.test/rss", "http://feed.test/a", "2024-05-14T09:30:00.0000000+00:00");
            state.SaveFeedValidators("http://feed.test/rss", new FeedValidators("\"abc\"", "Tue, 14 May 2024 09:30:00 GMT"));
        }

        using var reopened = IngestionState.Open(StatePath);

        Assert.True(reopened.IsItemDone("http://feed.test/rss", "http://feed.test/a", "2024-05-14T09:30:00.0000000+00:00"));
        Assert.False(reopened.IsItemDone("http://feed.test/rss", "http://feed.test/a", "2024-05-15T09:30:00.0000000+00:00"));
        Assert.Equal(new FeedValidators("\"abc\"", "Tue, 14 May 2024 09:30:00 GMT"), reopened.GetFeedValidators("http://feed.test/rss"));
        Assert.Null(reopened.GetFeedValidators("http://feed.test/other"));
    }

    [Fact]
    public void MarkItemDone_Again_ReplacesTheStamp()
    {
        using var state = IngestionState.Open(StatePath);

        state.MarkItemDone("f", "i", "one");
        state.MarkItemDone("f", "i", "two");

        Assert.False(state.IsItemDone("f", "i", "one"));
        Assert.True(state.IsItemDone("f", "i", "two"));
    }
}
