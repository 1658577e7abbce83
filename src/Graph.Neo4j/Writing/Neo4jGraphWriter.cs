using System.Diagnostics;
using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Writing;

/// <summary>
/// Writes each article's document with a few <c>UNWIND $rows … MERGE</c> statements (see
/// <see cref="ArticleWritePlan"/>), after the reads identity across articles needs (<see cref="SliceWriter"/>),
/// several articles to a transaction (<see cref="GraphWriterOptions.ArticlesPerTransaction"/>); the model is
/// documented in <c>cypher/README.md</c>.
/// </summary>
public sealed class Neo4jGraphWriter(
    INeo4jClient client,
    ISchemaBootstrapper schema,
    IOptions<GraphWriterOptions> options,
    GraphWriterMetrics metrics,
    ILogger<Neo4jGraphWriter> logger) : IGraphWriter
{
    private readonly SliceWriter _slices = new(client, metrics, logger);

    public async Task<GraphWriteResult> WriteAsync(IReadOnlyList<GraphDocument> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var settings = options.Value;
        if (settings.ApplySchema)
            await schema.EnsureAppliedAsync(cancellationToken).ConfigureAwait(false);

        var slices = articles.Select(ArticleValidator.Validate).ToList();
        var outcomes = new ArticleWriteOutcome[slices.Count];
        foreach (var run in Runs(slices))
        {
            var stored = await ReadContentHashesAsync([.. run.Where(i => slices[i].Slice is not null).Select(i => slices[i].ArticleId)], cancellationToken).ConfigureAwait(false);
            var pending = new List<int>();
            foreach (var i in run)
            {
                var result = slices[i];
                if (result.Slice is null)
                    outcomes[i] = Reject(result);
                else if (stored.TryGetValue(result.ArticleId, out var hash) && hash == result.Slice.Article.ContentHash)
                    outcomes[i] = new ArticleWriteOutcome(result.ArticleId, ArticleWriteStatus.Unchanged);
                else
                    pending.Add(i);
            }

            foreach (var group in pending.Chunk(settings.ArticlesPerTransaction))
            {
                var together = group.Length > 1
                    ? await WriteTogetherAsync([.. group.Select(i => slices[i].Slice!)], settings.BatchSize, cancellationToken).ConfigureAwait(false)
                    : null;
                for (var k = 0; k < group.Length; k++)
                    outcomes[group[k]] = together?[k] ?? await WriteArticleAsync(slices[group[k]].Slice!, settings, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var outcome in outcomes)
            metrics.Article(outcome.Status);
        return new GraphWriteResult(outcomes);
    }

    /// <summary>
    /// The articles' positions cut where an article comes again: its content hash is read once per run, so a later
    /// copy meets the earlier one stored (unchanged when the same), as when each is written in a call of its own.
    /// </summary>
    private static IEnumerable<List<int>> Runs(List<SliceResult> slices)
    {
        var run = new List<int>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < slices.Count; i++)
        {
            if (!ids.Add(slices[i].ArticleId))
            {
                yield return run;
                run = [];
                ids.Clear();
                ids.Add(slices[i].ArticleId);
            }

            run.Add(i);
        }

        if (run.Count > 0)
            yield return run;
    }

    /// <summary>
    /// Several articles in one transaction, each still all or nothing: one commit instead of one per article (on
    /// Neo4j 3.1 the commit, which updates the indexes, costs more than all else an article does). Each article's
    /// identity reads see the articles written before it in the same transaction, so the graph is the one writing
    /// them one at a time gives. Null when the failure was the articles' own (<see cref="IsArticlesFaultAsync"/>): the
    /// transaction is rolled back whole, and the caller writes them one by one, so only the failing one is set aside.
    /// </summary>
    private async Task<ArticleWriteOutcome[]?> WriteTogetherAsync(ArticleSlice[] slices, int batchSize, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        List<ArticleWritePlan> plans;
        try
        {
            plans = await client.InTransactionAsync(async (transaction, token) =>
            {
                var writer = new SliceWriter(transaction, metrics, logger);
                var written = new List<ArticleWritePlan>(slices.Length);
                IReadOnlyList<CypherResult>? prefetched = null;
                for (var i = 0; i < slices.Length; i++)
                {
                    // The next article's first reads ride in this one's write request, after its writes: one request per article.
                    var next = i + 1 < slices.Length ? SliceWriter.FirstReads(slices[i + 1], absorb: true) : [];
                    var (plan, nextResults) = await writer.WriteAsync(slices[i], batchSize, absorb: true, prefetched, next, token).ConfigureAwait(false);
                    written.Add(plan);
                    prefetched = nextResults;
                }

                return written;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (!await IsArticlesFaultAsync(ex, cancellationToken).ConfigureAwait(false))
                throw;
            Log.LogTogetherRefused(logger, slices.Length, ex is Neo4jException neo4j ? neo4j.Code : ex.GetType().Name);
            return null;
        }

        var share = Stopwatch.GetElapsedTime(started) / slices.Length;
        return
        [
            .. slices.Zip(plans, (slice, plan) =>
            {
                metrics.Written(plan.Elements, share);
                Log.LogWritten(logger, slice.Article.Id, plan.Elements, plan.Statements.Count, share.TotalMilliseconds);
                return new ArticleWriteOutcome(slice.Article.Id, ArticleWriteStatus.Written, plan.Elements);
            }),
        ];
    }

    /// <summary>
    /// One article in a transaction of its own. Refused, it is set aside at once; failing while Neo4j answers other
    /// queries, it is tried again, and set aside after <see cref="GraphWriterOptions.PoisonAttempts"/> such failures.
    /// </summary>
    private async Task<ArticleWriteOutcome> WriteArticleAsync(ArticleSlice slice, GraphWriterOptions settings, CancellationToken cancellationToken)
    {
        var id = slice.Article.Id;
        var started = Stopwatch.GetTimestamp();
        ArticleWritePlan? plan = null;
        for (var attempt = 1; plan is null; attempt++)
        {
            try
            {
                plan = await _slices.WriteAsync(slice, settings.BatchSize, absorb: true, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (IsRefusal(ex))
            {
                Log.LogFailed(logger, id, ex.Code, ex);
                return new ArticleWriteOutcome(id, ArticleWriteStatus.Failed, Error: ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (!await IsArticlesFaultAsync(ex, cancellationToken).ConfigureAwait(false))
                    throw;
                Log.LogSuspect(logger, id, attempt, settings.PoisonAttempts, ex);
                if (attempt >= settings.PoisonAttempts)
                    return new ArticleWriteOutcome(id, ArticleWriteStatus.Failed,
                        Error: $"it failed {attempt} times while Neo4j answered other queries: {ex.Message}");
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.Written(plan.Elements, elapsed);
        Log.LogWritten(logger, id, plan.Elements, plan.Statements.Count, elapsed.TotalMilliseconds);
        return new ArticleWriteOutcome(id, ArticleWriteStatus.Written, plan.Elements);
    }

    private ArticleWriteOutcome Reject(SliceResult result)
    {
        const int Shown = 5;
        var error = string.Join("; ", result.Errors.Take(Shown))
            + (result.Errors.Count > Shown ? $"; and {result.Errors.Count - Shown} more" : "");
        Log.LogRejected(logger, result.ArticleId, error);
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
    /// The failure is the articles' own: Neo4j refused them, or the write failed (a timeout, a transient error that
    /// outlasted the client's retries) while Neo4j answers other queries. An outage (Neo4j stopped or restarted under
    /// the transaction) is never the articles' fault, even when Neo4j answers again by the probe.
    /// </summary>
    private async Task<bool> IsArticlesFaultAsync(Exception ex, CancellationToken cancellationToken) =>
        ex is Neo4jException refused && IsRefusal(refused)
        || Neo4jFailures.IsUnavailable(ex) && !Neo4jFailures.IsOutage(ex) && await Neo4jFailures.IsReachableAsync(client, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Neo4j refused the statements because of this article's data (a type error, a constraint): set the
    /// article aside. Anything else (server, network, security) concerns every article and is thrown.
    /// </summary>
    internal static bool IsRefusal(Neo4jException ex) =>
        !ex.IsRetryable
        && (ex.Code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal)
            || ex.Code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal));
}
