using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Identity;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Writing;

/// <summary>
/// Writes one article's slice with identity across articles: its short forms join full forms stored with other
/// articles, stored short forms its full forms take in are written again as those full forms (their articles
/// re-written from the graph), its reports join the stored events they fit, then its write plan runs as one
/// transaction.
/// </summary>
internal sealed class SliceWriter(ICypherRunner client, GraphWriterMetrics metrics, ILogger logger)
{
    /// <param name="absorb">Also let the slice's full forms take in stored short forms (not when re-writing an article for another's sake).</param>
    public async Task<ArticleWritePlan> WriteAsync(ArticleSlice slice, int batchSize, bool absorb, CancellationToken cancellationToken) =>
        (await WriteAsync(slice, batchSize, absorb, prefetched: null, next: [], cancellationToken).ConfigureAwait(false)).Plan;

    /// <summary>The first reads of a slice (<see cref="EntityIdentityLookup.FirstReads"/>, with the event reads alongside).</summary>
    public static IReadOnlyList<CypherStatement> FirstReads(ArticleSlice slice, bool absorb) =>
        EntityIdentityLookup.FirstReads(slice, absorb, EventKeyLookup.Reads(slice));

    /// <param name="prefetched">The results of <see cref="FirstReads"/> for this slice, read after all written before it; null to read them here.</param>
    /// <param name="next">Statements to run right after this slice's writes, in the same request (the next slice's first reads, which must see them).</param>
    /// <returns>The plan written, and the results of <paramref name="next"/>.</returns>
    public async Task<(ArticleWritePlan Plan, IReadOnlyList<CypherResult> Next)> WriteAsync(
        ArticleSlice slice, int batchSize, bool absorb, IReadOnlyList<CypherResult>? prefetched, IReadOnlyList<CypherStatement> next, CancellationToken cancellationToken)
    {
        // One request reads what entity and event identity need; events are read again only when joins changed what to look for.
        var first = prefetched ?? await client.ExecuteAsync(FirstReads(slice, absorb), cancellationToken).ConfigureAwait(false);
        var entities = await EntityIdentityLookup.RunAsync(client, slice, absorb, first, cancellationToken).ConfigureAwait(false);
        foreach (var group in entities.Absorptions.GroupBy(a => a.Article, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var joins = group.ToList();
            await RewriteAsync(group.Key, stored =>
            {
                var replacements = joins.ToDictionary(j => j.ShortId, j => SliceMapper.WithNames(j.Full, [j.ShortName]), StringComparer.Ordinal);
                var merges = stored.Merges.Concat(joins.Select(j => new EntityMerge(j.ShortId, j.ShortName, j.Full.Id, j.Rule, group.Key))).ToList();
                return SliceMapper.Map(stored, replacements, merges);
            }, batchSize, cancellationToken).ConfigureAwait(false);
            foreach (var j in joins)
                Log.LogAbsorbed(logger, j.ShortId, j.Article, j.Full.Id, j.Rule);
        }

        IReadOnlyList<CypherResult> events = entities.Alongside;
        if (entities.Absorptions.Count > 0 || !EventKeyLookup.SameReads(slice, entities.Slice))
        {
            var reads = EventKeyLookup.Reads(entities.Slice);
            events = reads.Count == 0 ? [] : await client.ExecuteAsync(reads, cancellationToken).ConfigureAwait(false);
        }

        var (keyed, joined) = EventKeyLookup.Assign(entities.Slice, events, entities.Roles);
        var plan = ArticleWritePlan.Build(keyed, batchSize, entities.Stored, joined);
        var results = await client.ExecuteAsync([.. plan.Statements, .. next], cancellationToken).ConfigureAwait(false);
        var joinedReports = keyed.Events.Zip(entities.Slice.Events).Count(p => p.First.Id != p.Second.Id);
        metrics.Joined(entities.Slice.Merges.Count - slice.Merges.Count + entities.Absorptions.Count, joinedReports);
        return (plan, [.. results.Skip(plan.Statements.Count)]);
    }

    /// <summary>
    /// Writes a stored article again, changed by <paramref name="change"/> (same id and content hash). False when
    /// it cannot be read back (not stored, or written before reports kept their facts) or Neo4j refuses it.
    /// </summary>
    public async Task<bool> RewriteAsync(string article, Func<ArticleSlice, ArticleSlice> change, int batchSize, CancellationToken cancellationToken)
    {
        var stored = await StoredSliceReader.ReadAsync(client, article, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            Log.LogNotRewritable(logger, article);
            return false;
        }

        try
        {
            await WriteAsync(change(stored), batchSize, absorb: false, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Neo4jException ex) when (Neo4jGraphWriter.IsRefusal(ex))
        {
            Log.LogRewriteFailed(logger, article, ex.Code, ex);
            return false;
        }
    }
}
