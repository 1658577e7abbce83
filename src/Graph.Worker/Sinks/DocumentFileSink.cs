using Graph.Core.Model;
using Graph.Extraction;
using Graph.Neo4j.Writing;
using Graph.Worker.Commands;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Sinks;

/// <summary>
/// Without Neo4j: keeps every article's document and, when the run completes, writes them merged (as the
/// extract verb does) to <c>{Pipeline:Out}/graph.json</c>, atomically.
/// </summary>
internal sealed class DocumentFileSink(IOptions<PipelineOptions> options) : IArticleSink
{
    private readonly List<GraphDocument> _documents = [];

    public string Path => System.IO.Path.Combine(options.Value.Out, "graph.json");

    public string Description => Path;

    /// <summary>The merged document written by <see cref="CompleteAsync"/>, or null before.</summary>
    public GraphDocument? Document { get; private set; }

    public Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken cancellationToken)
    {
        _documents.AddRange(articles.Select(a => a.Document));
        IReadOnlyList<ArticleWriteOutcome> outcomes = articles.Select(a => new ArticleWriteOutcome(a.Article.Id, ArticleWriteStatus.Written)).ToList();
        return Task.FromResult(outcomes);
    }

    public bool IsUnavailable(Exception exception) => false;

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        Document = GraphDocumentMerger.Merge(_documents);
        Directory.CreateDirectory(options.Value.Out);
        await DocumentOutput.WriteAsync(GraphDocumentJson.Serialize(Document), Path, TextWriter.Null, cancellationToken).ConfigureAwait(false);
    }
}
