using System.Collections.Concurrent;
using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace Graph.Worker.Pipeline;

/// <summary>
/// Reads articles, extracts each one on all cores, and merges the documents in input order, so the same input
/// always gives the same document however the work was scheduled. Shared by every verb that extracts.
/// </summary>
internal sealed partial class ExtractionPipeline(
    IArticleReader reader,
    IGraphExtractor extractor,
    WorkerMetrics metrics,
    ILogger<ExtractionPipeline> logger)
{
    public async Task<ExtractionOutcome> RunAsync(IReadOnlyList<string> paths, ArticleReadOptions options, CancellationToken cancellationToken)
    {
        var documents = new ConcurrentDictionary<int, GraphDocument>();
        var setAside = new ConcurrentDictionary<int, SetAside>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };

        await Parallel.ForEachAsync(Numbered(reader.ReadAsync(paths, options, cancellationToken), setAside), parallel, (item, token) =>
        {
            var (index, article) = item;
            try
            {
                var document = extractor.Extract(article, token);
                documents[index] = document;
                metrics.ArticleExtracted();
                LogExtracted(article.Id, document.Mentions.Count, document.Events.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One article the extractor cannot handle is set aside; the others are still extracted.
                setAside[index] = new SetAside(article.Source, $"extraction failed: {e.GetType().Name}: {e.Message}");
                metrics.InputSetAside();
                LogExtractionFailed(e, article.Id);
            }
            return ValueTask.CompletedTask;
        });

        var merged = GraphDocumentMerger.Merge(documents.OrderBy(pair => pair.Key).Select(pair => pair.Value));
        var problems = setAside.OrderBy(pair => pair.Key).Select(pair => pair.Value).ToList();
        LogRunDone(documents.Count, problems.Count, merged.Entities.Count, merged.Events.Count, merged.Relations.Count);
        return new ExtractionOutcome(merged, documents.Count, problems);
    }

    /// <summary>Numbers every read result in input order; set-aside inputs are kept aside under their number.</summary>
    private async IAsyncEnumerable<(int Index, Article Article)> Numbered(
        IAsyncEnumerable<ReadResult> results,
        ConcurrentDictionary<int, SetAside> setAside)
    {
        var index = 0;
        await foreach (var result in results)
        {
            switch (result)
            {
                case ArticleRead read:
                    yield return (index, read.Article);
                    break;
                case SetAside bad:
                    setAside[index] = bad;
                    metrics.InputSetAside();
                    break;
            }
            index++;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Extracted article {ArticleId}: {Mentions} mentions, {Events} events")]
    private partial void LogExtracted(string articleId, int mentions, int events);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extraction failed for article {ArticleId}; it is set aside")]
    private partial void LogExtractionFailed(Exception exception, string articleId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Extracted {Articles} articles ({SetAside} inputs set aside): {Entities} entities, {Events} events, {Relations} relations")]
    private partial void LogRunDone(int articles, int setAside, int entities, int events, int relations);
}
