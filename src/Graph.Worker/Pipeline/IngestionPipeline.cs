using System.Diagnostics;
using System.Threading.Channels;
using Graph.Extraction;
using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources;
using Graph.Neo4j.Writing;
using Graph.Worker.Sinks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Pipeline;

/// <summary>
/// read → extract → write, joined by bounded channels. Each source is read on its own task; every item goes, in
/// source order, into the ordered channel, and articles also into the extract channel, which several workers
/// drain off the I/O loop. The single write stage takes results in order, writes articles in batches, sets bad
/// input aside into the dead-letter folder and commits each source checkpoint once everything before it is done.
/// Both channels are bounded, so however large the backlog, memory holds at most a few channels' worth of articles.
/// Neo4j unavailable: the write stage waits and tries again (the channels fill and reading pauses); nothing is
/// dropped. An article that fails on its own (refused, or poison) comes back from the sink as set aside.
/// Stop (the token): reading stops at once; what was read is finished within
/// <see cref="PipelineOptions.ShutdownTimeout"/>, then abandoned. An article is never half-written: each is one
/// transaction, and a source checkpoint is committed only after the articles before it.
/// </summary>
internal sealed class IngestionPipeline(
    IGraphExtractor extractor,
    SetAsideRecorder setAside,
    Checkpoints checkpoints,
    IOptions<PipelineOptions> options,
    PipelineStatus status,
    WorkerMetrics metrics,
    TimeProvider time,
    ILogger<IngestionPipeline> logger)
{
    public async Task<PipelineSummary> RunAsync(IReadOnlyList<IArticleSource> sources, IArticleSink sink, CancellationToken stopToken)
    {
        var settings = options.Value;
        var started = Stopwatch.GetTimestamp();
        var (read, written, unchanged, setAsideBefore) = (status.Read, status.Written, status.Unchanged, status.SetAside);
        using var abort = new CancellationTokenSource();
        // Reading ends on stop, and also when the write stage fails (nothing could take what is read).
        using var readStop = CancellationTokenSource.CreateLinkedTokenSource(stopToken);
        using var onStop = stopToken.Register(() =>
        {
            Log.LogStopping(logger, settings.ShutdownTimeout);
            abort.CancelAfter(settings.ShutdownTimeout);
        });

        var extractChannel = Channel.CreateBounded<PipelineJob>(new BoundedChannelOptions(settings.ChannelCapacity) { SingleReader = false });
        var orderedChannel = Channel.CreateBounded<PipelineJob>(new BoundedChannelOptions(settings.ChannelCapacity) { SingleReader = true });
        status.Attach(() => extractChannel.Reader.Count, () => orderedChannel.Reader.Count);
        Log.LogStarting(logger, string.Join(", ", sources.Select(s => s.Name)), sink.Description, settings.EffectiveExtractWorkers, settings.ChannelCapacity, settings.WriteBatchSize);

        var readers = Task.WhenAll(sources.Select(source => Task.Run(() => ReadAsync(source, extractChannel.Writer, orderedChannel.Writer, readStop.Token), CancellationToken.None)));
        var closeChannels = readers.ContinueWith(_ =>
        {
            extractChannel.Writer.TryComplete();
            orderedChannel.Writer.TryComplete();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var extractors = Enumerable.Range(0, settings.EffectiveExtractWorkers)
            .Select(_ => Task.Run(() => ExtractAsync(extractChannel.Reader, abort.Token), CancellationToken.None))
            .ToArray();
        var writing = Task.Run(() => WriteAsync(orderedChannel.Reader, sink, abort.Token), CancellationToken.None);

        var interrupted = false;
        try
        {
            await writing.ConfigureAwait(false);
            await readers.ConfigureAwait(false);
            if (stopToken.IsCancellationRequested)
                interrupted = true;
            else
                await sink.CompleteAsync(abort.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
        {
            interrupted = true;
        }
        finally
        {
            // A failed write stage leaves readers blocked on full channels or waiting for input: cancel them, then let every task end.
            readStop.Cancel();
            abort.Cancel();
            extractChannel.Writer.TryComplete();
            orderedChannel.Writer.TryComplete();
            await Task.WhenAll([readers, closeChannels, .. extractors]).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            status.Attach(() => 0, () => 0);
        }

        var summary = new PipelineSummary(
            status.Read - read, status.Written - written, status.Unchanged - unchanged,
            setAside.Entries, status.SetAside - setAsideBefore, Stopwatch.GetElapsedTime(started), interrupted);
        Log.LogFinished(logger, summary.Read, summary.Written, summary.Unchanged, summary.SetAsideCount, summary.Elapsed, interrupted);
        return summary;
    }

    private async Task ReadAsync(IArticleSource source, ChannelWriter<PipelineJob> extract, ChannelWriter<PipelineJob> ordered, CancellationToken readToken)
    {
        try
        {
            await foreach (var item in source.ReadAsync(readToken).WithCancellation(readToken).ConfigureAwait(false))
            {
                var job = new PipelineJob(item, Stopwatch.GetTimestamp());
                if (item is SourceArticle)
                {
                    status.ArticleRead();
                    metrics.ArticleRead();
                    await extract.WriteAsync(job, readToken).ConfigureAwait(false);
                }
                await ordered.WriteAsync(job, readToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (readToken.IsCancellationRequested)
        {
            // Stopped: what was handed over is finished, the rest is read again next time.
        }
        catch (ChannelClosedException)
        {
            // The write stage ended (it failed); its error is what the run reports.
        }
        Log.LogSourceEnded(logger, source.Name);
    }

    private async Task ExtractAsync(ChannelReader<PipelineJob> jobs, CancellationToken abortToken)
    {
        try
        {
            await foreach (var job in jobs.ReadAllAsync(abortToken).ConfigureAwait(false))
            {
                var article = ((SourceArticle)job.Item).Article;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var document = extractor.Extract(article, abortToken);
                    job.Complete(new ExtractedArticle(article, document, job.ReadTimestamp));
                    status.ArticleExtracted();
                    metrics.ArticleExtracted(Stopwatch.GetElapsedTime(started));
                }
                catch (OperationCanceledException) when (abortToken.IsCancellationRequested)
                {
                    job.Abandon();
                    throw;
                }
                catch (Exception e)
                {
                    // The extractor failing on one article sets that article aside; the others go on.
                    Log.LogExtractionFailed(logger, e, article.Id);
                    job.Complete(new ExtractionFailed(article, $"extraction failed: {e.GetType().Name}: {e.Message}"));
                }
            }
        }
        catch (OperationCanceledException) when (abortToken.IsCancellationRequested)
        {
            // Abandoned at shutdown; jobs left in the channel are never written, and their sources read them again.
        }
    }

    private async Task WriteAsync(ChannelReader<PipelineJob> ordered, IArticleSink sink, CancellationToken abortToken)
    {
        var settings = options.Value;
        var batch = new List<PipelineJob>();
        while (await ordered.WaitToReadAsync(abortToken).ConfigureAwait(false))
        {
            // Take what is already read (not waiting for more input), up to a batch of articles; problems and
            // checkpoints between them ride along, within a bound.
            batch.Clear();
            var articles = 0;
            while (articles < settings.WriteBatchSize && batch.Count < settings.WriteBatchSize + settings.ChannelCapacity && ordered.TryRead(out var job))
            {
                batch.Add(job);
                if (job.Item is SourceArticle)
                    articles++;
            }
            var results = new List<JobResult>(batch.Count);
            foreach (var job in batch)
                results.Add(await job.Result.WaitAsync(abortToken).ConfigureAwait(false));
            await FlushAsync(results, sink, abortToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(List<JobResult> results, IArticleSink sink, CancellationToken abortToken)
    {
        var extracted = results.OfType<ExtractedArticle>().ToList();
        var outcomes = extracted.Count == 0 ? [] : await WriteWithRetryAsync(extracted, sink, abortToken).ConfigureAwait(false);
        var next = 0;
        foreach (var result in results)
        {
            switch (result)
            {
                case ExtractedArticle article:
                    await RecordAsync(article, outcomes[next++], abortToken).ConfigureAwait(false);
                    break;
                case ExtractionFailed failed:
                    await setAside.AddAsync(failed.Article, failed.Reason, abortToken).ConfigureAwait(false);
                    break;
                case PassedOn { Item: SourceProblem problem }:
                    await setAside.AddAsync(problem.Problem, abortToken).ConfigureAwait(false);
                    break;
                case PassedOn { Item: SourceCheckpoint checkpoint }:
                    await checkpoints.CommitAsync(checkpoint, abortToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task RecordAsync(ExtractedArticle article, ArticleWriteOutcome outcome, CancellationToken abortToken)
    {
        switch (outcome.Status)
        {
            case ArticleWriteStatus.Written:
                status.ArticleWritten();
                metrics.ArticleWritten(Stopwatch.GetElapsedTime(article.ReadTimestamp));
                Log.LogWritten(logger, article.Article.Id);
                break;
            case ArticleWriteStatus.Unchanged:
                status.ArticleUnchanged();
                metrics.ArticleSkipped();
                Log.LogUnchanged(logger, article.Article.Id);
                break;
            default:
                await setAside.AddAsync(article.Article, $"not written ({outcome.Status}): {outcome.Error}", abortToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// Writes, waiting as long as it takes while the sink is unavailable. An article that fails on its own is the
    /// sink's to set aside (the graph writer writes a refused batch one by one); what is thrown here concerns the store.
    /// </summary>
    private async Task<IReadOnlyList<ArticleWriteOutcome>> WriteWithRetryAsync(IReadOnlyList<ExtractedArticle> articles, IArticleSink sink, CancellationToken abortToken)
    {
        var started = Stopwatch.GetTimestamp();
        var wait = StoreWait.Create(options.Value, time, e =>
        {
            if (!sink.IsUnavailable(e))
                return ValueTask.FromResult(false);
            if (status.WaitingSince is null)
                Log.LogWaiting(logger, e.Message, sink.Description);
            status.Waiting(time.GetUtcNow(), e.Message);
            return ValueTask.FromResult(true);
        }, (_, _) => ValueTask.CompletedTask);
        IReadOnlyList<ArticleDocument> documents = [.. articles.Select(a => new ArticleDocument(a.Article, a.Document))];
        var outcomes = await wait.ExecuteAsync(async token => await sink.WriteAsync(documents, token).ConfigureAwait(false), abortToken).ConfigureAwait(false);
        if (status.WaitingSince is { } since)
        {
            Log.LogResumed(logger, time.GetUtcNow() - since);
            status.Flowing();
        }
        metrics.BatchWritten(Stopwatch.GetElapsedTime(started));
        return outcomes;
    }
}
