namespace Graph.Neo4j.Writing;

public enum ArticleWriteStatus
{
    /// <summary>Written (new, or changed since the stored version).</summary>
    Written,
    /// <summary>Stored already with the same content hash: nothing to do.</summary>
    Unchanged,
    /// <summary>Invalid input: not written, see the error.</summary>
    Rejected,
    /// <summary>Neo4j refused this article's statements: not written, see the error.</summary>
    Failed,
}

/// <param name="ArticleId">The article id.</param>
/// <param name="Status">What happened.</param>
/// <param name="Elements">Nodes plus relationships written (0 unless <see cref="ArticleWriteStatus.Written"/>).</param>
/// <param name="Error">Why it was not written, for <see cref="ArticleWriteStatus.Rejected"/> and <see cref="ArticleWriteStatus.Failed"/>.</param>
public sealed record ArticleWriteOutcome(string ArticleId, ArticleWriteStatus Status, int Elements = 0, string? Error = null);

/// <summary>The outcome of writing articles: one per article document given, in the same order.</summary>
public sealed record GraphWriteResult(IReadOnlyList<ArticleWriteOutcome> Articles)
{
    public int Count(ArticleWriteStatus status) => Articles.Count(a => a.Status == status);

    /// <summary>Nodes plus relationships written over all articles.</summary>
    public int Elements => Articles.Sum(a => a.Elements);
}
