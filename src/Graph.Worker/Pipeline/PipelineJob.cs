using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Ingestion.Sources;

namespace Graph.Worker.Pipeline;

/// <summary>What extraction made of one item.</summary>
internal abstract record JobResult;

/// <summary>An article and its graph document, ready to write.</summary>
internal sealed record ExtractedArticle(Article Article, GraphDocument Document, long ReadTimestamp) : JobResult;

/// <summary>The extractor failed on the article: it is set aside.</summary>
internal sealed record ExtractionFailed(Article Article, string Reason) : JobResult;

/// <summary>An item that needs no extraction (a problem or a checkpoint), passed on as it is.</summary>
internal sealed record PassedOn(SourceItem Item) : JobResult;

/// <summary>
/// One item in flight. It enters the ordered channel in source order and is completed by an extract worker (or at
/// once, when there is nothing to extract), so the write stage sees results in the order they were read.
/// </summary>
internal sealed class PipelineJob
{
    private readonly TaskCompletionSource<JobResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PipelineJob(SourceItem item, long readTimestamp)
    {
        Item = item;
        ReadTimestamp = readTimestamp;
        if (item is not SourceArticle)
            _result.SetResult(new PassedOn(item));
    }

    public SourceItem Item { get; }

    /// <summary><see cref="System.Diagnostics.Stopwatch"/> timestamp of when the item was read, for the read-to-commit latency.</summary>
    public long ReadTimestamp { get; }

    public Task<JobResult> Result => _result.Task;

    public void Complete(JobResult result) => _result.TrySetResult(result);

    public void Abandon() => _result.TrySetCanceled();
}
