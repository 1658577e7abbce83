using Graph.Neo4j.Writing;

namespace Graph.Worker.Sinks;

/// <summary>Where extracted articles go: Neo4j, or a graph document file when no Neo4j is configured.</summary>
internal interface IArticleSink
{
    /// <summary>For people: "Neo4j at http://…" or the file's path.</summary>
    string Description { get; }

    /// <summary>
    /// Writes the articles in order, each atomically, and returns one outcome per article, aligned with the input; an
    /// article that fails on its own is one outcome (set aside), not a throw. Throws when the store is unavailable
    /// (see <see cref="IsUnavailable"/>): articles before the failing one may be written already, and writing them
    /// again finds them unchanged.
    /// </summary>
    Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="exception"/> means "the store cannot be reached now" (wait and retry), not a fault of ours.</summary>
    bool IsUnavailable(Exception exception);

    /// <summary>Called once when a run ends with all its input handled.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
