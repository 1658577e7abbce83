using System.Diagnostics.Metrics;

namespace Graph.Neo4j.Writing;

/// <summary>The writer's instruments, on the <c>Graph.Neo4j</c> meter.</summary>
public sealed class GraphWriterMetrics
{
    public const string MeterName = "Graph.Neo4j";

    private readonly Counter<long> _articles;
    private readonly Counter<long> _elements;
    private readonly Histogram<double> _duration;

    public GraphWriterMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _articles = meter.CreateCounter<long>("graph.writer.articles", "{article}", "Articles handled by the graph writer, by status.");
        _elements = meter.CreateCounter<long>("graph.writer.elements", "{element}", "Nodes plus relationships written.");
        _duration = meter.CreateHistogram<double>("graph.writer.article.duration", "s", "Time to write one article (its transaction).");
    }

    public void Article(ArticleWriteStatus status) =>
        _articles.Add(1, new KeyValuePair<string, object?>("status", status.ToString()));

    public void Written(int elements, TimeSpan duration)
    {
        _elements.Add(elements);
        _duration.Record(duration.TotalSeconds);
    }
}
