using Graph.Core.Model;

namespace Graph.Core.Identity;

/// <summary>
/// An event that reports may join: a group of reports in a batch, or an :Event already in Neo4j. It holds the
/// union of what its reports say: participants (role and entity), places, report types and CAMEO codes, the
/// earliest date and the earliest publication date, and the articles that report it.
/// </summary>
public sealed class EventCandidate
{
    public EventCandidate(string key, EventType type, string? quoteKey)
    {
        Key = key;
        Type = type;
        QuoteKey = quoteKey;
    }

    public string Key { get; }

    /// <summary>The event's type: that of its first report.</summary>
    public EventType Type { get; }

    public string? QuoteKey { get; }

    public HashSet<(string Role, string Entity)> Participants { get; } = [];

    public HashSet<string> Places { get; } = new(StringComparer.Ordinal);

    public HashSet<EventType> Types { get; } = [];

    public HashSet<string> Cameos { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

    public DateOnly? Date { get; set; }

    public DateOnly? Published { get; set; }

    public DateOnly? Anchor => Date ?? Published;

    public static EventCandidate Of(EventReport report, string key)
    {
        ArgumentNullException.ThrowIfNull(report);
        var candidate = new EventCandidate(key, report.Event.Type, report.QuoteKey);
        candidate.Add(report);
        return candidate;
    }

    /// <summary>Adds a report's facts (the report joined the event).</summary>
    public void Add(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var e = report.Event;
        foreach (var p in e.Participants)
            Participants.Add((p.Role, p.Entity));
        if (e.Location is not null)
            Places.Add(e.Location);
        Types.Add(e.Type);
        Cameos.Add(e.Cameo);
        Articles.Add(e.Article);
        Date = Min(Date, report.Date);
        Published = Min(Published, report.Published);
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
