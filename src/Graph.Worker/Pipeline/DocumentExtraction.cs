using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources;
using Graph.Worker.Sinks;

namespace Graph.Worker.Pipeline;

/// <summary>
/// <c>extract</c> and <c>export</c>: the ingestion pipeline over named files and folders into a <see cref="DocumentSink"/>,
/// so they read, extract and set aside exactly as <c>ingest</c> does, and get one document merged in input order.
/// </summary>
internal sealed class DocumentExtraction(ArticleReader reader, IngestionPipeline pipeline)
{
    public async Task<ExtractionOutcome> RunAsync(IReadOnlyList<string> paths, ArticleReadOptions options, CancellationToken cancellationToken)
    {
        var sink = new DocumentSink();
        var summary = await pipeline.RunAsync([ArticleSources.Paths(reader, paths, options)], sink, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new ExtractionOutcome(sink.Document!, sink.Articles, summary.SetAside);
    }
}
