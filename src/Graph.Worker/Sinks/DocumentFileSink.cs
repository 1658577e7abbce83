using System.Text;
using Graph.Core.Files;
using Graph.Core.Model;
using Graph.Export;
using Graph.Export.Formats;
using Graph.Neo4j.Writing;

namespace Graph.Worker.Sinks;

/// <summary>
/// Without Neo4j: keeps every article's document (<see cref="DocumentSink"/>) and, when the run completes, writes them
/// merged (as the extract verb does) to <c>{Pipeline:Out}/graph.json</c> and the HTML view to <c>{Pipeline:Out}/graph.html</c>.
/// Both are written beside their final names first and moved over them only once both are complete, so a failed run
/// leaves the previous result; a run that wrote no article leaves it too (a mistyped path must not erase the last graph).
/// </summary>
internal sealed class DocumentFileSink(string folder, IEnumerable<IGraphExporter> exporters) : IArticleSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly DocumentSink _documents = new();

    public string Path => System.IO.Path.Combine(folder, "graph.json");

    public string HtmlPath => System.IO.Path.Combine(folder, "graph.html");

    public string Description => Path;

    /// <summary>The merged document written by <see cref="CompleteAsync"/>, or null before (or when nothing was written).</summary>
    public GraphDocument? Document { get; private set; }

    public Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken) =>
        _documents.WriteAsync(articles, cancellationToken);

    public bool IsUnavailable(Exception exception) => false;

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_documents.Articles == 0)
            return;
        await _documents.CompleteAsync(cancellationToken).ConfigureAwait(false);
        var document = _documents.Document!;
        Directory.CreateDirectory(folder);
        var json = Utf8.GetBytes(GraphDocumentJson.Serialize(document) + "\n");
        var export = ExportSource.Of(document);
        var html = exporters.Single(e => e.Format == ExportFormat.Html);
        await AtomicFile.WriteAllAsync(
        [
            (Path, (file, token) => file.WriteAsync(json, token).AsTask()),
            (HtmlPath, (file, token) => html.WriteAsync(export.Graph, new ExportOptions(export.Title), file, token)),
        ], cancellationToken).ConfigureAwait(false);
        Document = document;
    }
}
