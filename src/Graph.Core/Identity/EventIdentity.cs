using Graph.Core.Model;

namespace Graph.Core.Identity;

/// <summary>
/// When two articles report one event. A report joins an event when the event is of its type, no other report
/// of its own article is in it, their anchor days (date, else publication date) are at most one day apart,
/// their places agree where both have one, and their sides are the same:
/// <list type="bullet">
/// <item>Meeting, PhoneCall, Negotiation, Agreement (symmetric): the same set of participants, in any order;</item>
/// <item>Visit: the same visitors (and the same destination, the place);</item>
/// <item>Offer, Sanction, Threat, MilitaryAction: the same entities in the same roles;</item>
/// <item>Statement, Denial: the same speakers and the same quote (statements without a quote never merge);</item>
/// <item>a Visit and a hosted Meeting (CAMEO 043) are one event when the meeting's participants are the visitors
/// plus hosts, and the destination is a host, a country or organisation where a host holds a role, or the
/// meeting's place.</item>
/// </list>
/// Accusations are not merged: an actor repeats them, and a repetition is news of its own.
/// </summary>
public static class EventIdentity
{
    /// <summary>The CAMEO code of hosting a visit: a meeting that is the other side of a visit.</summary>
    public const string HostCameo = "043";

    private static readonly HashSet<EventType> BySides =
    [
        EventType.Meeting, EventType.PhoneCall, EventType.Visit, EventType.Negotiation, EventType.Agreement,
        EventType.Offer, EventType.Sanction, EventType.MilitaryAction, EventType.Threat,
    ];

    /// <summary>Whether reports of this one may join other articles' reports at all.</summary>
    public static bool IsMergeable(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Anchor is null || report.Event.Participants.Count == 0)
            return false;
        var type = report.Event.Type;
        return BySides.Contains(type) || type is EventType.Statement or EventType.Denial && report.QuoteKey is not null;
    }

    /// <summary>Whether the report is a report of the candidate event.</summary>
    /// <param name="rolesOf">Countries and organisations an entity holds a role at (for visits and their hosts).</param>
    public static bool Matches(EventReport report, EventCandidate candidate, Func<string, IReadOnlySet<string>> rolesOf)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(rolesOf);
        var e = report.Event;
        if (!IsMergeable(report) || candidate.Articles.Contains(e.Article) || Distance(report, candidate) > 1)
            return false;
        if (e.Type != candidate.Type)
            return IsVisitAndHost(report, candidate, rolesOf);
        if (e.Location is not null && candidate.Places.Count > 0 && !candidate.Places.Contains(e.Location))
            return false;
        var kind = EventCatalog.Kinds[e.Type];
        if (e.Type is EventType.Statement or EventType.Denial)
        {
            return report.QuoteKey == candidate.QuoteKey
                && Entities(e.Participants, ParticipantRoles.Speaker).SetEquals(Entities(candidate.Participants, ParticipantRoles.Speaker));
        }

        if (kind.Symmetric)
            return e.Participants.Select(p => p.Entity).ToHashSet(StringComparer.Ordinal).SetEquals(candidate.Participants.Select(p => p.Entity));
        if (e.Type == EventType.Visit)
            return Entities(e.Participants, ParticipantRoles.Visitor).SetEquals(Entities(candidate.Participants, ParticipantRoles.Visitor));
        var roles = kind.Roles.ToHashSet(StringComparer.Ordinal);
        return e.Participants.Where(p => roles.Contains(p.Role)).Select(p => (p.Role, p.Entity)).ToHashSet()
            .SetEquals(candidate.Participants.Where(p => roles.Contains(p.Role)));
    }

    /// <summary>Days between the report's anchor and the event's (for choosing among several fitting events).</summary>
    public static int Distance(EventReport report, EventCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(candidate);
        return report.Anchor is { } a && candidate.Anchor is { } b ? Math.Abs(a.DayNumber - b.DayNumber) : int.MaxValue;
    }

    /// <summary>
    /// The event a report joins among those that fit: the nearest in time, then the smallest key; null when none
    /// fits. <paramref name="taken"/> holds events another report of the same article joined already.
    /// </summary>
    public static EventCandidate? Choose(EventReport report, IEnumerable<EventCandidate> candidates, IReadOnlySet<string> taken, Func<string, IReadOnlySet<string>> rolesOf) =>
        candidates
            .Where(c => !taken.Contains(c.Key) && Matches(report, c, rolesOf))
            .OrderBy(c => Distance(report, c)).ThenBy(c => c.Key, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The order in which reports are taken, so that the first report of an event names it whatever the input order.</summary>
    public static IOrderedEnumerable<EventReport> InOrder(IEnumerable<EventReport> reports) =>
        reports
            .OrderBy(r => r.Anchor ?? DateOnly.MaxValue)
            .ThenBy(r => r.Published ?? DateOnly.MaxValue)
            .ThenBy(r => r.Event.Article, StringComparer.Ordinal)
            .ThenBy(r => r.Event.Start)
            .ThenBy(r => r.Event.Id, StringComparer.Ordinal);

    private static bool IsVisitAndHost(EventReport report, EventCandidate candidate, Func<string, IReadOnlySet<string>> rolesOf)
    {
        var e = report.Event;
        HashSet<string> visitors, met, destinations, meetingPlaces;
        if (e.Type == EventType.Visit && candidate.Type == EventType.Meeting && candidate.Cameos.Contains(HostCameo))
        {
            visitors = Entities(e.Participants, ParticipantRoles.Visitor);
            met = candidate.Participants.Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);
            destinations = e.Location is null ? [] : [e.Location];
            meetingPlaces = [.. candidate.Places];
        }
        else if (e.Type == EventType.Meeting && e.Cameo == HostCameo && candidate.Type == EventType.Visit)
        {
            visitors = Entities(candidate.Participants, ParticipantRoles.Visitor);
            met = e.Participants.Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);
            destinations = [.. candidate.Places];
            meetingPlaces = e.Location is null ? [] : [e.Location];
        }
        else
        {
            return false;
        }

        if (visitors.Count == 0 || destinations.Count == 0 || !visitors.IsProperSubsetOf(met))
            return false;
        var hosts = met.Except(visitors, StringComparer.Ordinal).ToList();
        return destinations.Any(d => hosts.Contains(d, StringComparer.Ordinal) || meetingPlaces.Contains(d) || hosts.Any(h => rolesOf(h).Contains(d)));
    }

    private static HashSet<string> Entities(IEnumerable<Participant> participants, string role) =>
        participants.Where(p => p.Role == role).Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Entities(IEnumerable<(string Role, string Entity)> participants, string role) =>
        participants.Where(p => p.Role == role).Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);
}
