using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>Finds the events of one analysed article.</summary>
public interface IEventExtractor
{
    /// <param name="roles">The article's HOLDS_ROLE relations, by which "the leaders of X" stands for the persons it names in those offices.</param>
    IReadOnlyList<GraphEvent> Extract(ArticleAnalysis analysis, IReadOnlyList<Relation>? roles = null);
}
