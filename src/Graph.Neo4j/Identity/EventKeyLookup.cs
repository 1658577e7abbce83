using Graph.Core.Articles;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Writing;

namespace Graph.Neo4j.Identity;

/// <summary>
/// Event identity for one article arriving in a graph that holds others (<see cref="EventIdentity"/>, the rules
/// the batch applies too): each report that fits a stored event other articles report takes that event's key,
/// so the article adds a REPORTED_IN to it instead of a new event. A report that fits none keeps its own id;
/// when that id is already taken by a stored event it does not fit (an article whose facts changed), it gets a
/// key of its own derived from the id and the article. The reads are statements the caller may send along with
/// others (<see cref="Reads"/>); <see cref="Assign"/> decides from their results.
/// </summary>
internal static class EventKeyLookup
{
    /// <summary>
    /// The slots (as the writer stores them on events: anchor day, type, and a statement's or denial's quote key) of the
    /// events a report may join: anchored at most a day from its own anchor, of its type (a visit may join a hosted
    /// meeting and the other way round), with its quote.
    /// </summary>
    public static IEnumerable<string> Slots(EventReport report)
    {
        var type = report.Event.Type;
        EventType[] types = type is EventType.Visit or EventType.Meeting ? [EventType.Visit, EventType.Meeting] : [type];
        foreach (var day in new[] { -1, 0, 1 }.Select(d => report.Anchor!.Value.AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
        {
            foreach (var t in types)
                yield return Slot(day, t.ToString(), report.QuoteKey);
        }
    }

    /// <summary>The slot of an event anchored on <paramref name="day"/> of <paramref name="type"/> with <paramref name="quoteKey"/> (WriteCypher's SlotOf in code).</summary>
    public static string Slot(string? day, string? type, string? quoteKey) =>
        type is nameof(EventType.Statement) or nameof(EventType.Denial) ? $"{day}\u0001{type}\u0001{quoteKey}" : $"{day}\u0001{type}";

    /// <summary>The statements that read the stored events the slice's reports may join; empty when none may join any.</summary>
    public static IReadOnlyList<CypherStatement> Reads(ArticleSlice slice)
    {
        var mergeable = Mergeable(slice);
        if (mergeable.Count == 0)
            return [];
        var types = slice.Entities.ToDictionary(e => e.Entity.Id, e => e.Entity.Type, StringComparer.Ordinal);
        var article = slice.Article.Id;
        var onDays = new Dictionary<string, object?>
        {
            ["article"] = article,
            ["slots"] = mergeable.SelectMany(Slots).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            ["keys"] = mergeable.SelectMany(r => Anchor(r, types)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        };
        var byKey = new Dictionary<string, object?>
        {
            ["article"] = article,
            ["ids"] = mergeable.Select(r => r.Event.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        };
        List<CypherStatement> statements =
        [
            new(IdentityCypher.EventsOn(derived: true), onDays),
            new(IdentityCypher.EventsOn(derived: false), onDays),
            new(IdentityCypher.EventsByKey(derived: true), byKey),
            new(IdentityCypher.EventsByKey(derived: false), byKey),
            new(IdentityCypher.EventsOfArticle, new Dictionary<string, object?> { ["article"] = article }),
        ];
        return statements;
    }

    /// <summary>
    /// The slice with each report that joins a stored event keyed as that event, from the results of <see cref="Reads"/>,
    /// and the keys of the stored events joined.
    /// </summary>
    public static (ArticleSlice Slice, IReadOnlySet<string> Joined) Assign(
        ArticleSlice slice, IEnumerable<CypherResult> results, IReadOnlyDictionary<string, IReadOnlySet<string>> roles)
    {
        var mergeable = Mergeable(slice);
        if (mergeable.Count == 0)
            return (slice, new HashSet<string>(StringComparer.Ordinal));
        var stored = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var candidates = new Dictionary<string, EventCandidate>(StringComparer.Ordinal);
        foreach (var row in results.SelectMany(r => r.Rows))
        {
            if (Candidate(row, stored) is { } candidate)
                candidates.TryAdd(candidate.Key, candidate);
        }

        foreach (var (entity, targets) in roles)
            stored[entity] = stored.TryGetValue(entity, out var more) ? new HashSet<string>(more.Concat(targets), StringComparer.Ordinal) : targets;
        IReadOnlySet<string> RolesOf(string entity) => stored.TryGetValue(entity, out var set) ? set : new HashSet<string>();

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var assigned = new Dictionary<GraphEvent, string>(ReferenceEqualityComparer.Instance);
        foreach (var report in EventIdentity.InOrder(mergeable))
        {
            if (EventIdentity.Choose(report, candidates.Values, taken, RolesOf) is { } joined)
            {
                taken.Add(joined.Key);
                assigned[report.Event] = joined.Key;
            }
            else if (candidates.ContainsKey(report.Event.Id))
            {
                assigned[report.Event] = "event:" + ContentHashing.ShortId(report.Event.Id, slice.Article.Id);
            }
        }

        return (assigned.Count == 0
            ? slice
            : slice with { Events = [.. slice.Events.Select(e => assigned.TryGetValue(e, out var key) ? e with { Id = key } : e)] }, taken);
    }

    /// <summary>Whether two slices' mergeable reports search the same stored events (same anchors), so one read serves both.</summary>
    public static bool SameReads(ArticleSlice a, ArticleSlice b)
    {
        static IEnumerable<string> Keys(ArticleSlice s)
        {
            var types = s.Entities.ToDictionary(e => e.Entity.Id, e => e.Entity.Type, StringComparer.Ordinal);
            return Mergeable(s).SelectMany(r => Anchor(r, types).Append(r.Event.Id).Append(r.Anchor!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture))).Order(StringComparer.Ordinal);
        }

        return Keys(a).SequenceEqual(Keys(b), StringComparer.Ordinal);
    }

    private static List<EventReport> Mergeable(ArticleSlice slice)
    {
        var published = EventReport.ParseDate(slice.Article.Published);
        var outlet = SourceConfidence.OutletOf(slice.Article.Url);
        return [.. slice.Events.Select(e => new EventReport(e, published, outlet)).Where(EventIdentity.IsMergeable)];
    }

    /// <summary>
    /// The participant whose events are searched for a report: one that any event the report fits must have (a
    /// speaker, a visitor, a side), preferring persons: fewer of the days' events have them than have a country, so
    /// fewer candidates need their details read. A hosted meeting searches from every participant: the visit it may
    /// be is the guest's, and which side is the guest is not said.
    /// </summary>
    private static IEnumerable<string> Anchor(EventReport report, Dictionary<string, EntityType> types)
    {
        var e = report.Event;
        if (e.Type == EventType.Meeting && e.Cameo == EventIdentity.HostCameo)
            return e.Participants.Select(p => p.Entity);
        var role = e.Type switch
        {
            EventType.Statement or EventType.Denial => ParticipantRoles.Speaker,
            EventType.Visit => ParticipantRoles.Visitor,
            _ => null,
        };
        var sides = e.Participants.Where(p => role is null || p.Role == role).Select(p => p.Entity).ToList();
        return sides.OrderBy(id => types[id] switch
        {
            EntityType.Person => 0,
            EntityType.Organization => 1,
            EntityType.Location => 2,
            _ => 3,
        }).ThenBy(id => id, StringComparer.Ordinal).Take(1);
    }

    /// <summary>A stored event as the rules read it; collects the roles its participants hold into <paramref name="roles"/>.</summary>
    private static EventCandidate? Candidate(IReadOnlyList<System.Text.Json.JsonElement> row, Dictionary<string, IReadOnlySet<string>> roles)
    {
        if (!Enum.TryParse<EventType>(CypherValues.String(row[1]), out var type))
            return null;
        var complete = CypherValues.Bool(row[12]);
        var candidate = new EventCandidate(CypherValues.String(row[0])!, type, EventReport.QuoteKeyOf(CypherValues.String(row[3])));
        var participants = complete
            ? CypherValues.Lists(row[10]).SelectMany(l => l).Select(Split).OfType<(string, string)>()
            : CypherValues.Pairs(row[13]);
        foreach (var p in participants)
            candidate.Participants.Add(p);
        foreach (var place in complete ? CypherValues.Strings(row[11]) : CypherValues.Strings(row[14]))
            candidate.Places.Add(place);
        foreach (var cameo in complete ? CypherValues.Strings(row[8]) : [CypherValues.String(row[2]) ?? ""])
            candidate.Cameos.Add(cameo);
        foreach (var t in CypherValues.Strings(row[9]))
        {
            if (Enum.TryParse<EventType>(t, out var reported))
                candidate.Types.Add(reported);
        }

        candidate.Articles.UnionWith(CypherValues.Strings(row[5]));
        candidate.Published = EventReport.ParseDate(CypherValues.String(row[6]));
        candidate.Date = EventReport.ParseDate(CypherValues.String(complete ? row[7] : row[4]));
        foreach (var group in CypherValues.Pairs(row[15]).GroupBy(p => p.First, StringComparer.Ordinal))
            roles[group.Key] = group.Select(p => p.Second).ToHashSet(StringComparer.Ordinal);
        return candidate;
    }

    /// <summary>"role=key" → (role, key).</summary>
    private static (string Role, string Entity)? Split(string participant)
    {
        var at = participant.IndexOf('=', StringComparison.Ordinal);
        return at > 0 ? (participant[..at], participant[(at + 1)..]) : null;
    }
}
