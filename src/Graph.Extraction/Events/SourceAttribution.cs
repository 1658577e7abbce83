using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// "X spoke by phone with Y on Tuesday, the ministry said": a bare "…, Z said" after a clause that reports
/// another event names the source of that report; it is not a statement of its own.
/// </summary>
internal static class SourceAttribution
{
    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal) { "said", "says", "reported", "reports", "confirmed", "announced" };

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "but", "while", "whereas", "although", "though", "who", "which" };

    /// <summary>The sentence's drafts without the statements that only attribute another draft's event.</summary>
    public static IEnumerable<EventDraft> Without(SentenceContext s, List<EventDraft> drafts) =>
        drafts.Where(d => !IsAttribution(s, d, drafts));

    private static bool IsAttribution(SentenceContext s, EventDraft d, List<EventDraft> drafts)
    {
        var t = d.Trigger;
        if (d.Type != EventType.Statement || d.Quote is not null || !Reporting.Contains(s.Word(t))
            || s.Word(t + 1) is not ("," or "." or ";" or ""))
            return false;
        var comma = t - 1;
        while (comma >= 0 && s.Word(comma) != ",")
        {
            if (Joiners.Contains(s.Word(comma)))
                return false;
            comma--;
        }

        return comma > 0 && drafts.Any(o => o.Type != EventType.Statement && o.Trigger < comma);
    }
}
