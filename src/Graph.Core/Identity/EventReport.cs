using System.Globalization;
using System.Text;
using Graph.Core.Model;

namespace Graph.Core.Identity;

/// <summary>
/// One article's report of an event, as event identity reads it: its anchor day (the event's date, else the
/// article's publication date: news reports what just happened), its place, and for statements the quote.
/// </summary>
public sealed class EventReport
{
    public EventReport(GraphEvent graphEvent, DateOnly? published, string? outlet)
    {
        ArgumentNullException.ThrowIfNull(graphEvent);
        Event = graphEvent;
        Published = published;
        Outlet = outlet;
        Date = ParseDate(graphEvent.Date);
        QuoteKey = QuoteKeyOf(graphEvent.Quote);
    }

    public GraphEvent Event { get; }

    public DateOnly? Published { get; }

    /// <summary>The outlet (web host) that published the article, when known: reports of one outlet are one source.</summary>
    public string? Outlet { get; }

    public DateOnly? Date { get; }

    public DateOnly? Anchor => Date ?? Published;

    /// <summary>The quote, lower-case, accents folded, words only: two outlets quoting one sentence give one key.</summary>
    public string? QuoteKey { get; }

    /// <summary>The source this report counts as when confidences combine: its outlet, else its article.</summary>
    public string Source => Outlet ?? "article:" + Event.Article;

    public static DateOnly? ParseDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string? QuoteKeyOf(string? quote)
    {
        if (string.IsNullOrWhiteSpace(quote))
            return null;
        var sb = new StringBuilder(quote.Length);
        var space = false;
        foreach (var c in quote.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                    sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                space = true;
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }
}
