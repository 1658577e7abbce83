using Graph.Core.Model;

namespace Graph.Neo4j.Writing;

/// <summary>Writes articles, each given as its own graph document, into Neo4j.</summary>
public interface IGraphWriter
{
    /// <summary>
    /// Writes each article all or nothing, in order (several to a transaction, each article's identity decided as
    /// if they were written one at a time), and returns one outcome per document, aligned with the input. An
    /// unchanged article (same id and content hash as stored) is skipped; a changed one replaces what its earlier
    /// version contributed. An invalid article (a document holding other than one article is invalid), or one
    /// Neo4j refuses, is set aside with its reason and the others still go in; a failure of the server or the
    /// connection (after the client's retries) is thrown.
    /// </summary>
    Task<GraphWriteResult> WriteAsync(IReadOnlyList<GraphDocument> articles, CancellationToken cancellationToken);
}
