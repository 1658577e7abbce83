using System.Diagnostics.Metrics;

namespace Graph.Worker.Hosting;

/// <summary>The worker's one Meter: how many articles were extracted and how many inputs were set aside.</summary>
internal sealed class WorkerMetrics
{
    public const string MeterName = "Graph.Worker";

    private readonly Counter<long> _articlesExtracted;
    private readonly Counter<long> _inputsSetAside;

    public WorkerMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _articlesExtracted = meter.CreateCounter<long>("graph.articles.extracted", "{article}", "Articles turned into graph documents.");
        _inputsSetAside = meter.CreateCounter<long>("graph.inputs.set_aside", "{input}", "Inputs (files, lines, articles) set aside as bad.");
    }

    public void ArticleExtracted() => _articlesExtracted.Add(1);

    public void InputSetAside() => _inputsSetAside.Add(1);
}
