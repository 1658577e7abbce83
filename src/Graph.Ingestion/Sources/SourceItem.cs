using Graph.Core.Articles;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Sources;

/// <summary>One thing a source hands to the pipeline, in the source's order.</summary>
public abstract record SourceItem;

/// <summary>An article to extract and write.</summary>
public sealed record SourceArticle(Article Article) : SourceItem;

/// <summary>Input that could not be read as an article: it goes to the dead-letter folder with its reason.</summary>
public sealed record SourceProblem(SetAside Problem) : SourceItem;

/// <summary>
/// A point in a source's stream. The pipeline runs <see cref="CommitAsync"/> only once every item before it
/// has been written (its transaction committed) or set aside, so a source may then record the unit as done:
/// a crash before that point means the unit is read again, never lost.
/// </summary>
/// <param name="Unit">What was finished (<see cref="Units.File"/>, <see cref="Units.FeedItem"/>, <see cref="Units.Feed"/>).</param>
/// <param name="Name">Which one: a path or URL, for logs.</param>
/// <param name="CommitAsync">What to record, or null when nothing needs recording.</param>
public sealed record SourceCheckpoint(string Unit, string Name, Func<CancellationToken, Task>? CommitAsync = null) : SourceItem
{
    public static class Units
    {
        public const string File = "file";
        public const string FeedItem = "feed item";
        public const string Feed = "feed";
    }
}
