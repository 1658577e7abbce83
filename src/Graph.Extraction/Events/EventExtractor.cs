using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>Rule-based event extraction over resolved mentions.</summary>
public sealed class EventExtractor : IEventExtractor
{
    public IReadOnlyList<GraphEvent> Extract(ArticleAnalysis analysis) => [];
}
