using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Sinks;

/// <summary>
/// Writes into Neo4j through the graph writer: each article all or nothing, with its content hash stored
/// on its :Article node, so an article counts as done exactly when its facts are committed, and an unchanged
/// article is skipped. Those nodes are the ledger; nothing else needs to be kept in step with the graph.
/// </summary>
internal sealed class Neo4jArticleSink(IGraphWriter writer, INeo4jClient client, IOptions<Neo4jOptions> options) : IArticleSink
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public string Description => $"Neo4j at {options.Value.Uri}";

    public async Task<IReadOnlyList<ArticleWriteOutcome>> WriteAsync(IReadOnlyList<ArticleDocument> articles, CancellationToken cancellationToken) =>
        (await writer.WriteAsync([.. articles.Select(a => a.Document)], cancellationToken).ConfigureAwait(false)).Articles;

    public bool IsUnavailable(Exception exception) => Neo4jAvailability.IsUnavailable(exception);

    public bool IsOutage(Exception exception) => Neo4jAvailability.IsOutage(exception);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await client.ExecuteAsync([new CypherStatement("RETURN 1")], timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
