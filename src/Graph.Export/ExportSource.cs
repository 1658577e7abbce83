using Graph.Core.Model;
using Graph.Export.Model;
using Graph.Export.Neo4j;

namespace Graph.Export;

/// <summary>A graph to export, the title it gets when none is given, and the articles asked for that the graph lacks.</summary>
public sealed record ExportSource(ExportGraph Graph, string Title, IReadOnlyList<string> Missing)
{
    /// <summary>The graph of a graph document (articles extracted here), titled by how many articles it holds.</summary>
    public static ExportSource Of(GraphDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var articles = document.Articles.Count;
        return new ExportSource(DocumentGraphBuilder.Build(document), articles == 1 ? "Graph of 1 article" : $"Graph of {articles} articles", []);
    }

    /// <summary>The graph stored in Neo4j: all of it, or what <paramref name="articles"/> contributed when some are named.</summary>
    public static async Task<ExportSource> ReadAsync(Neo4jGraphReader reader, IReadOnlyList<string> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(articles);
        const string Title = "Graph from Neo4j";
        if (articles.Count == 0)
            return new ExportSource(await reader.ReadAllAsync(cancellationToken).ConfigureAwait(false), Title, []);
        var read = await reader.ReadArticlesAsync(articles, cancellationToken).ConfigureAwait(false);
        return new ExportSource(read.Graph, Title, read.Missing);
    }
}
