using System.Diagnostics;
using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Writing;

/// <summary>
/// Writes each article of a document as one transaction of a few <c>UNWIND $rows … MERGE</c>
/// statements (see <see cref="ArticleWritePlan"/>), after the reads identity across articles needs
/// (<see cref="SliceWriter"/>); the model is documented in <c>cypher/README.md</c>.
/// </summary>
public sealed partial class Neo4jGraphWriter(
    INeo4jClient client,
    ISchemaBootstrapper schema,
    IOptions<GraphWriterOptions> options,
    GraphWriterMetrics metrics,
    ILogger<Neo4jGraphWriter> logger) : IGraphWriter
{
    private readonly SliceWriter _slices = new(client, metrics, logger);

    public async Task<GraphWriteResult> WriteAsync(GraphDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var settings = options.Value;
        if (settings.ApplySchema)
            await schema.EnsureAppliedAsync(cancellationToken).ConfigureAwait(false);

        var slices = ArticleSlicer.Slice(document);
        var valid = slices.Where(s => s.Slice is not null).Select(s => s.Slice!).ToList();
        var stored = await ReadContentHashesAsync(valid.Select(s => s.Article.Id).ToList(), cancellationToken).ConfigureAwait(false);

        var outcomes = new List<ArticleWriteOutcome>(slices.Count);
        foreach (var result in slices)
        {
            var outcome = result.Slice is null
                ? Reject(result)
                : stored.TryGetValue(result.ArticleId, out var hash) && hash == result.Slice.Article.ContentHash
                    ? new ArticleWriteOutcome(result.ArticleId, ArticleWriteStatus.Unchanged)
                    : await WriteArticleAsync(result.Slice, settings.BatchSize, cancellationToken).ConfigureAwait(false);
            metrics.Article(outcome.Status);
            outcomes.Add(outcome);
        }

        return new GraphWriteResult(outcomes);
    }

    private async Task<ArticleWriteOutcome> WriteArticleAsync(ArticleSlice slice, int batchSize, CancellationToken cancellationToken)
    {
        var id = slice.Article.Id;
        var started = Stopwatch.GetTimestamp();
        ArticleWritePlan plan;
        try
        {
            plan = await _slices.WriteAsync(slice, batchSize, absorb: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex) when (IsRefusal(ex))
        {
            LogFailed(logger, id, ex.Code, ex);
            return new ArticleWriteOutcome(id, ArticleWriteStatus.Failed, Error: ex.Message);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.Written(plan.Elements, elapsed);
        LogWritten(logger, id, plan.Elements, plan.Statements.Count, elapsed.TotalMilliseconds);
        return new ArticleWriteOutcome(id, ArticleWriteStatus.Written, plan.Elements);
    }

    private ArticleWriteOutcome Reject(SliceResult result)
    {
        const int Shown = 5;
        var error = string.Join("; ", result.Errors.Take(Shown))
            + (result.Errors.Count > Shown ? $"; and {result.Errors.Count - Shown} more" : "");
        LogRejected(logger, result.ArticleId, error);
        return new ArticleWriteOutcome(result.ArticleId, ArticleWriteStatus.Rejected, Error: error);
    }

    private async Task<Dictionary<string, string>> ReadContentHashesAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0)
            return stored;
        var results = await client.ExecuteAsync(
            [new CypherStatement(WriteCypher.ReadContentHashes, new Dictionary<string, object?> { ["keys"] = keys.ToArray() })],
            cancellationToken).ConfigureAwait(false);
        foreach (var row in results[0].Rows)
        {
            if (row[0].GetString() is { } key && row[1].GetString() is { } hash)
                stored[key] = hash;
        }

        return stored;
    }

    /// <summary>
    /// Neo4j refused the statements because of this article's data (a type error, a constraint): set the
    /// article aside. Anything else (server, network, security) concerns every article and is thrown.
    /// </summary>
    internal static bool IsRefusal(Neo4jException ex) =>
        !ex.IsRetryable
        && (ex.Code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal)
            || ex.Code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {ArticleId} written: {Elements} elements in {Statements} statements, {ElapsedMs:F1} ms")]
    private static partial void LogWritten(ILogger logger, string articleId, int elements, int statements, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} set aside, invalid graph: {Reason}")]
    private static partial void LogRejected(ILogger logger, string articleId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Article {ArticleId} not written, Neo4j refused it ({Code})")]
    private static partial void LogFailed(ILogger logger, string articleId, string code, Exception exception);
}
