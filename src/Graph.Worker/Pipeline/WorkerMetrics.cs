using System.Diagnostics.Metrics;

namespace Graph.Worker.Pipeline;

/// <summary>
/// The worker's one Meter (<c>Graph.Worker</c>): articles read, extracted, written, skipped (unchanged) and failed
/// (set aside), latency histograms, and the queue depths of the running pipeline.
/// </summary>
internal sealed class WorkerMetrics
{
    public const string MeterName = "Graph.Worker";

    private readonly Counter<long> _articlesRead;
    private readonly Counter<long> _articlesExtracted;
    private readonly Counter<long> _articlesWritten;
    private readonly Counter<long> _articlesSkipped;
    private readonly Counter<long> _inputsSetAside;
    private readonly Histogram<double> _extractDuration;
    private readonly Histogram<double> _writeDuration;
    private readonly Histogram<double> _articleLatency;

    public WorkerMetrics(IMeterFactory meterFactory, PipelineStatus status)
    {
        var meter = meterFactory.Create(MeterName);
        _articlesRead = meter.CreateCounter<long>("graph.articles.read", "{article}", "Articles read from the sources.");
        _articlesExtracted = meter.CreateCounter<long>("graph.articles.extracted", "{article}", "Articles turned into graph documents.");
        _articlesWritten = meter.CreateCounter<long>("graph.articles.written", "{article}", "Articles committed to the graph (new or changed).");
        _articlesSkipped = meter.CreateCounter<long>("graph.articles.skipped", "{article}", "Articles already stored with the same content hash.");
        _inputsSetAside = meter.CreateCounter<long>("graph.inputs.set_aside", "{input}", "Inputs (files, lines, pages, articles) set aside as bad.");
        _extractDuration = meter.CreateHistogram<double>("graph.article.extract.duration", "s", "Time to extract one article.");
        _writeDuration = meter.CreateHistogram<double>("graph.batch.write.duration", "s", "Time to write one batch of articles, waits for Neo4j included.");
        _articleLatency = meter.CreateHistogram<double>("graph.article.latency", "s", "Time from reading an article to its commit.");
        meter.CreateObservableGauge("graph.pipeline.extract_queue", () => status.ExtractQueue, "{article}", "Articles waiting for an extract worker.");
        meter.CreateObservableGauge("graph.pipeline.write_queue", () => status.WriteQueue, "{item}", "Items waiting to be written.");
    }

    public void ArticleRead() => _articlesRead.Add(1);

    public void ArticleExtracted(TimeSpan duration)
    {
        _articlesExtracted.Add(1);
        _extractDuration.Record(duration.TotalSeconds);
    }

    /// <summary>An extraction outside the ingestion pipeline (the extract verb), not timed.</summary>
    public void ArticleExtracted() => _articlesExtracted.Add(1);

    public void ArticleWritten(TimeSpan latency)
    {
        _articlesWritten.Add(1);
        _articleLatency.Record(latency.TotalSeconds);
    }

    public void ArticleSkipped() => _articlesSkipped.Add(1);

    public void InputSetAside() => _inputsSetAside.Add(1);

    public void BatchWritten(TimeSpan duration) => _writeDuration.Record(duration.TotalSeconds);
}
