using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Sinks;

/// <summary>
/// Writes into Neo4j through the graph writer: each article all or nothing, with its content hash stored
/// on its :Article node, so an article counts as done exactly when its facts are committed, and an unchanged
/// article is skipped. Those nodes are the ledger; nothing else needs to be kept in step with the graph.
/// </summary>
internal sealed class Neo4jArticleSink(IGraphWriter writer, IOptions<Neo4jOptions> options) : IArticleSink
{
    public string Description => $"Neo4j at {options.Value.Uri}";

    public async Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken) =>
        (await writer.WriteAsync([.. articles.Select(a => a.Document)], cancellationToken).ConfigureAwait(false)).Articles;

    public bool IsUnavailable(Exception exception) => Neo4jFailures.IsUnavailable(exception);

    public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
