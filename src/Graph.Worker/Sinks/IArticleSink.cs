using Graph.Neo4j.Writing;

namespace Graph.Worker.Sinks;

/// <summary>Where extracted articles go: Neo4j, or a graph document file when no Neo4j is configured.</summary>
internal interface IArticleSink
{
    /// <summary>For people: "Neo4j at http://…" or the file's path.</summary>
    string Description { get; }

    /// <summary>
    /// Writes the articles in order, each atomically, and returns one outcome per article, aligned with the input.
    /// Throws when the store is unavailable (see <see cref="IsUnavailable"/>): articles before the failing one may
    /// be written already, and writing them again finds them unchanged.
    /// </summary>
    Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="exception"/> means "the store cannot be reached now" (wait and retry), not a fault of ours.</summary>
    bool IsUnavailable(Exception exception);

    /// <summary>
    /// True when <paramref name="exception"/> shows the store itself down or out of reach (connection refused or reset,
    /// no server, an open circuit): never held against the articles being written, whatever a probe says a moment later.
    /// </summary>
    bool IsOutage(Exception exception);

    /// <summary>True when the store answers a trivial request now.</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);

    /// <summary>Called once when a run ends with all its input handled.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
