using System.Diagnostics.Metrics;

namespace Graph.Neo4j.Writing;

/// <summary>The writer's instruments, on the <c>Graph.Neo4j</c> meter.</summary>
public sealed class GraphWriterMetrics
{
    public const string MeterName = "Graph.Neo4j";

    private readonly Counter<long> _articles;
    private readonly Counter<long> _elements;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _joins;

    public GraphWriterMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _articles = meter.CreateCounter<long>("graph.writer.articles", "{article}", "Articles handled by the graph writer, by status.");
        _elements = meter.CreateCounter<long>("graph.writer.elements", "{element}", "Nodes plus relationships written.");
        _duration = meter.CreateHistogram<double>("graph.writer.article.duration", "s", "Time to write one article (its identity reads and its transaction).");
        _joins = meter.CreateCounter<long>("graph.writer.identity.joins", "{join}", "Identity across articles: short forms joined to full forms (kind=entity), reports joined to stored events (kind=event).");
    }

    public void Joined(int entities, int reports)
    {
        if (entities > 0)
            _joins.Add(entities, new KeyValuePair<string, object?>("kind", "entity"));
        if (reports > 0)
            _joins.Add(reports, new KeyValuePair<string, object?>("kind", "event"));
    }

    public void Article(ArticleWriteStatus status) =>
        _articles.Add(1, new KeyValuePair<string, object?>("status", status.ToString()));

    public void Written(int elements, TimeSpan duration)
    {
        _elements.Add(elements);
        _duration.Record(duration.TotalSeconds);
    }
}
