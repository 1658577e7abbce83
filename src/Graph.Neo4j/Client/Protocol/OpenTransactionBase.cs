using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Client.Protocol;

/// <summary>What both APIs' open transactions share: the transaction's address once opened, and the rollback.</summary>
internal abstract class OpenTransactionBase(HttpClient http, string username, ILogger logger) : IOpenTransaction
{
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(5);

    protected HttpClient Http { get; } = http;

    protected string Username { get; } = username;

    /// <summary>The transaction's address (<c>…/{id}</c>), null until the first statement opened it.</summary>
    protected Uri? Transaction { get; set; }

    public abstract Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<PreparedStatement> statements, CancellationToken cancellationToken);

    public abstract Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Adds what every request after the first needs (the Query API's cluster affinity).</summary>
    protected virtual void Prepare(HttpRequestMessage request)
    {
    }

    public async Task RollbackAsync(Exception failure)
    {
        if (Transaction is null || failure is Neo4jException { Code: var code } && code.StartsWith("Neo.", StringComparison.Ordinal))
            return;
        using var timeout = new CancellationTokenSource(RollbackTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Delete, Transaction);
        Prepare(request);
        try
        {
            await Neo4jHttp.SendAsync(Http, request, Username, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            Log.RollbackFailed(logger, Transaction, ex.Message);
        }
    }
}
