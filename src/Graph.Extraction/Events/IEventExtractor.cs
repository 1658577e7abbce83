using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>Finds the events of one analysed article.</summary>
public interface IEventExtractor
{
    IReadOnlyList<GraphEvent> Extract(ArticleAnalysis analysis);
}
