using Graph.Core.Articles;
using Graph.Core.Model;

namespace Graph.Extraction;

/// <summary>Turns one article into its graph document. Pure CPU work: deterministic, no I/O.</summary>
public interface IGraphExtractor
{
    GraphDocument Extract(Article article, CancellationToken cancellationToken);
}
