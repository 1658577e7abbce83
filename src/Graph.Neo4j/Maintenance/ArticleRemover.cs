using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Identity;
using Graph.Neo4j.Writing;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Maintenance;

/// <summary>
/// Removes an article with the statements a rewrite removes its earlier version with (<see cref="ArticleWritePlan"/>),
/// after reading what the stored version reports the way the writer does (<see cref="IdentityCypher.StoredArticle"/>).
/// </summary>
public sealed class ArticleRemover(INeo4jClient client, ILogger<ArticleRemover> logger) : IArticleRemover
{
    /// <summary>The node itself; by now the writer's relationships to it are gone, DETACH takes any added by others.</summary>
    private static readonly string DeleteArticle = $$"""
        MATCH (a:{{GraphLabels.Article}} {key: $article})
        DETACH DELETE a
        RETURN count(*)
        """;

    /// <summary>How many of the given events are still stored: those other articles report.</summary>
    private static readonly string CountEvents = $$"""
        UNWIND $keys AS key
        MATCH (e:{{GraphLabels.Event}} {key: key})
        RETURN count(e)
        """;

    public async Task<ArticleRemoval> RemoveAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        var article = new Dictionary<string, object?> { ["article"] = articleId };
        var read = await client.ExecuteAsync([new CypherStatement(IdentityCypher.StoredArticle, article)], cancellationToken).ConfigureAwait(false);
        if (read[0].Rows.FirstOrDefault() is not { } row)
            return NotFound(articleId);
        var stored = StoredArticle.FromRow(row);

        // Facts after the refresh: a place or participant the refresh detaches from a shared event, and that only
        // this article named, is then left with no relationship and deleted with the article's other entities.
        List<CypherStatement> statements =
        [
            .. ArticleWritePlan.RemoveReports(articleId, stored),
            .. ArticleWritePlan.Refresh(articleId, stored.Events),
            ArticleWritePlan.RemoveFacts(articleId),
            new(DeleteArticle, article),
            new(CountEvents, new Dictionary<string, object?> { ["keys"] = stored.Events.ToArray() }),
        ];
        var results = await client.ExecuteAsync(statements, cancellationToken).ConfigureAwait(false);
        // Gone already when another removal came between the read and this transaction.
        if (CypherValues.Long(results[^2].Rows[0][0]) == 0)
            return NotFound(articleId);

        var kept = (int)CypherValues.Long(results[^1].Rows[0][0]);
        var removal = new ArticleRemoval(articleId, true, stored.Events.Count - kept, kept);
        Log.LogRemoved(logger, articleId, removal.EventsDeleted, removal.EventsKept);
        return removal;
    }

    private ArticleRemoval NotFound(string articleId)
    {
        Log.LogNotFound(logger, articleId);
        return new ArticleRemoval(articleId, false, 0, 0);
    }
}
