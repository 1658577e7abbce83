using Graph.Core.Articles;

namespace Graph.Ingestion.Reading;

/// <summary>One outcome of reading input: an article, or an input that was set aside with the reason.</summary>
public abstract record ReadResult;

/// <summary>An article that was read.</summary>
public sealed record ArticleRead(Article Article) : ReadResult;

/// <summary>An input that could not be read as an article; the rest of the input is still read.</summary>
/// <param name="Source">The path (as given, '/' separators) of the file or folder.</param>
/// <param name="Reason">Why it was set aside, for people.</param>
/// <param name="Line">The line (1-based) of a JSON Lines file, when the problem is one line.</param>
public sealed record SetAside(string Source, string Reason, int? Line = null) : ReadResult
{
    /// <summary>
    /// The offending bytes when they are not a whole file of their own (a JSON Lines record, a fetched page), so
    /// they can be kept in the dead-letter folder; null when <see cref="Source"/> is the file itself.
    /// </summary>
    public byte[]? Content { get; init; }

    public override string ToString() => Line is { } line ? $"{Source}:{line}: {Reason}" : $"{Source}: {Reason}";
}
