namespace Graph.Ingestion.Sources;

/// <summary>Somewhere articles come from: files named on the command line, the inbox folder, RSS/Atom feeds.</summary>
public interface IArticleSource
{
    /// <summary>For logs: "paths", "inbox", "feeds".</summary>
    string Name { get; }

    /// <summary>
    /// The source's items in order. A one-shot source ends when its input is read; a watching source runs until
    /// <paramref name="cancellationToken"/> is cancelled and then ends quietly (no exception).
    /// </summary>
    IAsyncEnumerable<SourceItem> ReadAsync(CancellationToken cancellationToken);
}
