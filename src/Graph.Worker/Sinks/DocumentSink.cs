using Graph.Core.Model;
using Graph.Extraction;
using Graph.Neo4j.Writing;

namespace Graph.Worker.Sinks;

/// <summary>
/// Keeps every article's document, in the order written (the order read), and merges them when the run completes,
/// so the same input always gives the same document however extraction was scheduled.
/// </summary>
internal sealed class DocumentSink : IArticleSink
{
    private readonly List<GraphDocument> _documents = [];

    public string Description => "a graph document";

    /// <summary>Articles kept so far.</summary>
    public int Articles => _documents.Count;

    /// <summary>The merged document made by <see cref="CompleteAsync"/>; null before.</summary>
    public GraphDocument? Document { get; private set; }

    public Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken)
    {
        _documents.AddRange(articles.Select(a => a.Document));
        IReadOnlyList<ArticleWriteOutcome> outcomes = [.. articles.Select(a => new ArticleWriteOutcome(a.Article.Id, ArticleWriteStatus.Written))];
        return Task.FromResult(outcomes);
    }

    public bool IsUnavailable(Exception exception) => false;

    public Task CompleteAsync(CancellationToken cancellationToken)
    {
        Document = GraphDocumentMerger.Merge(_documents);
        return Task.CompletedTask;
    }
}
