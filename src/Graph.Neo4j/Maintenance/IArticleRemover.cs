namespace Graph.Neo4j.Maintenance;

/// <summary>What removing one article did.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Found">It was stored (and is now gone); false when no such article was stored, and nothing changed.</param>
/// <param name="EventsDeleted">Events only it reported, deleted.</param>
/// <param name="EventsKept">Events other articles still report, kept and brought in line with their remaining reports.</param>
public sealed record ArticleRemoval(string ArticleId, bool Found, int EventsDeleted, int EventsKept);

/// <summary>Removes articles from the graph (a retracted story), with what only they contributed.</summary>
public interface IArticleRemover
{
    /// <summary>
    /// Removes the article in one transaction, as a new version of it would replace it but with nothing merged in
    /// its place: its reports (events no other article reports are deleted, the others refreshed from the reports
    /// they keep), its ALIAS_OF records, its MENTIONS and stated relations, the entities left with no relationship,
    /// and the <c>:Article</c> node. A failure of Neo4j (after the client's retries) is thrown.
    /// </summary>
    Task<ArticleRemoval> RemoveAsync(string articleId, CancellationToken cancellationToken);
}
