using System.Globalization;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Identity;

namespace Graph.Neo4j.Writing;

/// <summary>
/// The statements that write one article, in the order they run in its single transaction: first remove
/// what an earlier version of the article contributed, then merge the new content, batch by batch.
/// </summary>
/// <param name="Statements">The statements.</param>
/// <param name="Elements">Nodes plus relationships the article consists of (what a naive writer would merge one by one).</param>
internal sealed record ArticleWritePlan(IReadOnlyList<CypherStatement> Statements, int Elements)
{
    private static readonly string[] Encounters = [.. Enum.GetValues<EventType>().Where(GraphNames.IsEncounter).Select(t => t.ToString())];

    public static ArticleWritePlan Build(ArticleSlice slice, int batchSize) => Build(slice, batchSize, new StoredArticle([], false), new HashSet<string>());

    /// <param name="stored">What the article's stored version has that the new one must replace.</param>
    /// <param name="joined">Stored events the article's reports joined (other articles report them too).</param>
    public static ArticleWritePlan Build(ArticleSlice slice, int batchSize, StoredArticle stored, IReadOnlySet<string> joined)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentNullException.ThrowIfNull(stored);
        var key = slice.Article.Id;
        var types = slice.Entities.ToDictionary(e => e.Entity.Id, e => e.Entity.Type, StringComparer.Ordinal);
        var outlet = SourceConfidence.OutletOf(slice.Article.Url);
        List<CypherStatement> statements = [.. RemoveReports(key, stored), RemoveFacts(key), new(WriteCypher.MergeArticle, ArticleParameters(slice.Article))];

        var entityRows = slice.Entities.GroupBy(e => e.Entity.Type).OrderBy(g => g.Key)
            .Select(g => (WriteCypher.MergeEntities(g.Key), g.Select(EntityRow).ToList()));
        var eventRows = slice.Events.GroupBy(e => e.Type).OrderBy(g => g.Key)
            .Select(g => (WriteCypher.MergeEvents(g.Key), g.Select(e => EventRow(e, outlet, slice.Article)).ToList()));

        var participations = slice.Events
            .SelectMany(e => e.Participants.Select(p => (Event: e.Id, p.Entity, p.Role)))
            .Distinct().ToList();
        var participantRows = participations.GroupBy(p => types[p.Entity]).OrderBy(g => g.Key)
            .Select(g => (WriteCypher.MergeParticipants(g.Key), g.Select(p => Row(("event", p.Event), ("entity", p.Entity), ("role", p.Role))).ToList()));

        var places = slice.Events.Where(e => e.Location is not null).Select(e => (Event: e.Id, Place: e.Location!)).ToList();
        var placeRows = places.GroupBy(p => types[p.Place]).OrderBy(g => g.Key)
            .Select(g => (WriteCypher.MergePlaces(g.Key), g.Select(p => Row(("event", p.Event), ("place", p.Place))).ToList()));

        var relations = slice.Relations
            .DistinctBy(r => (r.Type, r.Source, r.Target, r.Properties[RelationShapes.IdentityOf(r.Type)]))
            .ToList();
        var relationRows = relations.GroupBy(r => (r.Type, Source: types[r.Source], Target: types[r.Target]))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Source).ThenBy(g => g.Key.Target)
            .Select(g => (WriteCypher.MergeRelations(g.Key.Type, g.Key.Source, g.Key.Target), g.Select(RelationRow).ToList()));

        // An event neither joined nor reported by the stored version is new here: it has no MET yet.
        var stale = stored.Events.ToHashSet(StringComparer.Ordinal);
        bool IsNew(string e) => !joined.Contains(e) && !stale.Contains(e);
        var meetings = slice.Events.Where(e => GraphNames.IsEncounter(e.Type)).SelectMany(MetPairs).ToList();
        var metRows = meetings.GroupBy(m => (From: types[m.From], To: types[m.To], New: IsNew(m.Event))).OrderBy(g => g.Key.From).ThenBy(g => g.Key.To).ThenBy(g => g.Key.New)
            .Select(g => (WriteCypher.MergeMet(g.Key.From, g.Key.To, g.Key.New), g.Select(m => m.Row).ToList()));

        var merges = slice.Merges.DistinctBy(m => (m.Alias, m.Entity)).ToList();
        var aliasRows = merges.GroupBy(m => types[m.Entity]).OrderBy(g => g.Key)
            .Select(g => (WriteCypher.MergeAliases(g.Key), g.Select(m => Row(("alias", m.Alias), ("name", m.Name), ("entity", m.Entity), ("rule", m.Rule))).ToList()));

        foreach (var (text, rows) in entityRows.Concat(eventRows).Concat(participantRows).Concat(placeRows).Concat(relationRows).Concat(metRows).Concat(aliasRows))
        {
            foreach (var batch in rows.Chunk(batchSize))
                statements.Add(new CypherStatement(text, Params(key, batch)));
        }

        // A stored event the article joins takes its report into its aggregates (its MET their date); events the article
        // reported before are brought in line with all their reports, and so are joined events stored before events
        // kept aggregates. An event new here has its one report, and MergeEvents gave it what the refresh would.
        var joins = slice.Events.Where(e => joined.Contains(e.Id)).ToList();
        if (joins.Count > 0)
        {
            foreach (var batch in joins.Select(e => EventRow(e, outlet, slice.Article)).Chunk(batchSize))
                statements.Add(new CypherStatement(WriteCypher.FoldReports, new Dictionary<string, object?> { ["rows"] = batch, ["published"] = slice.Article.Published, ["cap"] = SourceConfidence.Cap }));
            var encounters = joins.Where(e => GraphNames.IsEncounter(e.Type)).Select(e => e.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (encounters.Length > 0)
                statements.Add(new CypherStatement(WriteCypher.MetDates, new Dictionary<string, object?> { ["keys"] = encounters }));
        }

        statements.AddRange(Refresh(key, stored.Events, joins.Select(e => e.Id)));

        var elements = 1 + 2 * slice.Entities.Count + 2 * slice.Events.Count
            + participations.Count + places.Count + relations.Count + meetings.Count + 2 * merges.Count;
        return new ArticleWritePlan(statements, elements);
    }

    /// <summary>
    /// Detaches the article from its events, deleting those no other article reports (with their MET), and removes its
    /// ALIAS_OF records (found through its MENTIONS, so before <see cref="RemoveFacts"/>).
    /// </summary>
    public static IEnumerable<CypherStatement> RemoveReports(string article, StoredArticle stored)
    {
        yield return new CypherStatement(WriteCypher.RemoveArticleEvents, Params(article));
        if (stored.HasAliases)
            yield return new CypherStatement(WriteCypher.RemoveArticleAliases, Params(article));
    }

    /// <summary>Removes the article's MENTIONS and stated relations, and the entities of it left with no relationship.</summary>
    public static CypherStatement RemoveFacts(string article) => new(WriteCypher.RemoveArticleFacts, Params(article));

    /// <summary>
    /// Brings the given events in line with the reports they still have, and those of <paramref name="legacy"/> that
    /// have no aggregates to fold reports into; none when there are no events.
    /// </summary>
    public static IEnumerable<CypherStatement> Refresh(string article, IEnumerable<string> events, IEnumerable<string>? legacy = null)
    {
        var keys = events.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var others = (legacy ?? []).Except(keys, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0 && others.Length == 0)
            return [];
        return WriteCypher.RefreshEvents.Select(text => new CypherStatement(text, new Dictionary<string, object?>
        {
            ["article"] = article, ["keys"] = keys, ["legacy"] = others, ["encounters"] = Encounters, ["cap"] = SourceConfidence.Cap,
        }));
    }

    /// <summary>
    /// The sort key of a report among its event's reports, as <see cref="WriteCypher"/> builds it from a stored report
    /// (date else publication, publication, article, offset; a missing date last).
    /// </summary>
    public static string FirstKey(GraphEvent e, ArticleRecord article) =>
        string.Create(CultureInfo.InvariantCulture, $"{e.Date ?? article.Published ?? "~"}\u0001{article.Published ?? "~"}\u0001{article.Id}\u0001{e.Start:D10}");

    /// <summary>How an event report's participants are stored on its REPORTED_IN: "role=key", sorted.</summary>
    public static string[] ReportParticipants(GraphEvent e) =>
        [.. e.Participants.Select(p => p.Role + "=" + p.Entity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static Dictionary<string, object?> Params(string article, Dictionary<string, object?>[]? rows = null)
    {
        var parameters = new Dictionary<string, object?> { ["article"] = article };
        if (rows is not null)
            parameters["rows"] = rows;
        return parameters;
    }

    private static Dictionary<string, object?> ArticleParameters(ArticleRecord article) => new()
    {
        ["article"] = article.Id,
        ["id"] = article.Id,
        ["title"] = article.Title,
        ["url"] = article.Url,
        ["published"] = article.Published,
        ["source"] = article.Source,
        ["contentHash"] = article.ContentHash,
        ["byline"] = article.Byline,
        ["language"] = article.Language,
    };

    private static Dictionary<string, object?> EntityRow(EntityInArticle e) => Row(
        ("key", e.Entity.Id),
        ("name", e.Entity.Name),
        ("aliases", e.Entity.Aliases.ToArray()),
        ("iso2", e.Entity.Iso2),
        ("bucket", ShortForms.StoredBucket(e.Entity)),
        ("count", e.MentionCount));

    private static Dictionary<string, object?> EventRow(GraphEvent e, string? outlet, ArticleRecord article) => Row(
        ("key", e.Id),
        ("type", e.Type.ToString()),
        ("cameo", e.Cameo),
        ("goldstein", e.Goldstein),
        ("date", e.Date),
        ("quote", e.Quote),
        ("confidence", e.Confidence),
        ("evidence", e.Evidence),
        ("start", e.Start),
        ("end", e.End),
        ("place", e.Location),
        ("participants", ReportParticipants(e)),
        ("outlet", outlet),
        ("first", FirstKey(e, article)),
        ("quoteKey", EventReport.QuoteKeyOf(e.Quote)));

    private static Dictionary<string, object?> RelationRow(Relation r) => Row(
        ("source", r.Source),
        ("target", r.Target),
        ("identity", r.Properties[RelationShapes.IdentityOf(r.Type)]),
        ("properties", r.Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal)),
        ("evidence", r.Evidence));

    /// <summary>One MET per unordered pair of distinct participants, directed from the smaller key to the larger.</summary>
    private static IEnumerable<(string From, string To, string Event, Dictionary<string, object?> Row)> MetPairs(GraphEvent e)
    {
        var keys = e.Participants.Select(p => p.Entity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
                yield return (keys[i], keys[j], e.Id, Row(("from", keys[i]), ("to", keys[j]), ("event", e.Id), ("date", e.Date), ("type", e.Type.ToString())));
        }
    }

    private static Dictionary<string, object?> Row(params ReadOnlySpan<(string Key, object? Value)> values)
    {
        var row = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        foreach (var (k, v) in values)
            row[k] = v;
        return row;
    }
}

/// <summary>What the stored version of an article has that its new version replaces.</summary>
/// <param name="Events">Keys of the events it reports.</param>
/// <param name="HasAliases">It has ALIAS_OF records.</param>
internal sealed record StoredArticle(IReadOnlyList<string> Events, bool HasAliases)
{
    /// <summary>From the row of <see cref="IdentityCypher.StoredArticle"/>; none when the article is not stored.</summary>
    public static StoredArticle FromRow(IReadOnlyList<System.Text.Json.JsonElement>? row) =>
        row is null ? new StoredArticle([], false) : new StoredArticle(CypherValues.Strings(row[0]), CypherValues.Long(row[1]) > 0);
}
