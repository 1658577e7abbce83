namespace Graph.Ingestion.Reading;

/// <summary>Reads articles from files and folders.</summary>
public interface IArticleReader
{
    /// <summary>
    /// Reads every article under <paramref name="paths"/> (files, or folders walked recursively in ordinal
    /// path order), in a deterministic order. Bad input is yielded as <see cref="SetAside"/>; reading goes on.
    /// </summary>
    IAsyncEnumerable<ReadResult> ReadAsync(IEnumerable<string> paths, ArticleReadOptions options, CancellationToken cancellationToken);
}
