using System.Text;
using Graph.Core.Files;
using Graph.Core.Model;
using Graph.Export.Formats;
using Graph.Export.Model;
using Graph.Extraction;
using Graph.Neo4j.Writing;

namespace Graph.Worker.Sinks;

/// <summary>
/// Without Neo4j: keeps every article's document and, when the run completes, writes them merged (as the extract verb
/// does) to <c>{Pipeline:Out}/graph.json</c> and the HTML view to <c>{Pipeline:Out}/graph.html</c>. Both are written
/// beside their final names first and moved over them only once both are complete, so a failed run leaves the
/// previous result; a run that wrote no article leaves it too (a mistyped path must not erase the last graph).
/// </summary>
internal sealed class DocumentFileSink(string folder, IEnumerable<IGraphExporter> exporters) : IArticleSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<GraphDocument> _documents = [];

    public string Path => System.IO.Path.Combine(folder, "graph.json");

    public string HtmlPath => System.IO.Path.Combine(folder, "graph.html");

    public string Description => Path;

    /// <summary>The merged document written by <see cref="CompleteAsync"/>, or null before (or when nothing was written).</summary>
    public GraphDocument? Document { get; private set; }

    public Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken)
    {
        _documents.AddRange(articles.Select(a => a.Document));
        IReadOnlyList<ArticleWriteOutcome> outcomes = articles.Select(a => new ArticleWriteOutcome(a.Article.Id, ArticleWriteStatus.Written)).ToList();
        return Task.FromResult(outcomes);
    }

    public bool IsUnavailable(Exception exception) => false;

    public bool IsOutage(Exception exception) => false;

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_documents.Count == 0)
            return;
        var document = GraphDocumentMerger.Merge(_documents);
        Directory.CreateDirectory(folder);
        var json = Utf8.GetBytes(GraphDocumentJson.Serialize(document) + "\n");
        var title = document.Articles.Count == 1 ? "Graph of 1 article" : $"Graph of {document.Articles.Count} articles";
        var html = exporters.Single(e => e.Format == ExportFormat.Html);
        await AtomicFile.WriteAllAsync(
        [
            (Path, (file, token) => file.WriteAsync(json, token).AsTask()),
            (HtmlPath, (file, token) => html.WriteAsync(DocumentGraphBuilder.Build(document), new ExportOptions(title), file, token)),
        ], cancellationToken).ConfigureAwait(false);
        Document = document;
    }
}
