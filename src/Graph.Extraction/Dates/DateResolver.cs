using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Extraction.Dates;

/// <summary>
/// Finds date expressions in news text and resolves them against the publication date.
/// Conventions (news usage):
/// <list type="bullet">
/// <item>A bare weekday ("Tuesday", "on Monday", "Tuesday's call") is the most recent such day on or before
/// publication (the publication day itself when it is that weekday); "last Monday" is strictly before it;
/// "next Monday" / "coming Monday" strictly after it; "this Monday" is that day of the publication week.</item>
/// <item>"today", "tonight", "this morning" are the publication day; "yesterday" / "tomorrow" the day before / after.</item>
/// <item>Periods resolve to their first day with a coarser <see cref="DatePrecision"/>: "last week" is the Monday of
/// the week before the publication week; "last month" / "this month" the first day of that month; "in December"
/// the first day of the most recent December not after publication ("next December" the following one);
/// "last year" January 1 of the year before.</item>
/// <item>Explicit dates: "2022-02-01", "Feb. 1", "February 1, 2022", "1 February 2022", "December 2021". A day and
/// month without a year take the year that puts them nearest the publication date.</item>
/// <item>A year after "in" or "during" ("in 2014", "in late 2014", "in spring 2014") is that year, written as a year (annotation guidelines: a year
/// alone is "2014"); other bare years ("the 2014 elections", "since 2014") date nothing.</item>
/// </list>
/// Expressions that need the publication date are skipped when it is unknown.
/// </summary>
public static partial class DateResolver
{
    private const string MonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private const string FullMonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December";

    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    /// <summary>
    /// The weekday that may open an explicit date ("Monday, March 3", "Thursday 6 March"): one phrase
    /// with it, so the date wins over the weekday counted from publication.
    /// </summary>
    private const string OpeningWeekday = @"(?:\b(?:" + Weekdays + @"),?\s+)?";

    /// <summary>The year a date without one may be counted in: "March 3 last year", "in May this year".</summary>
    private const string CountedYear = @"\s+(?<rel>last|this|next)\s+year\b";

    [GeneratedRegex(OpeningWeekday + @"\b(?<mon>" + MonthNames + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4})\b|" + CountedYear + ")?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    /// <summary>The second day of a span ("3-4 March", "10 to 12 February", "4 and 5 March"): the span is dated by its first.</summary>
    private const string SpanEnd = @"(?:\s*(?:-|\u2013|\bto\b|\band\b)\s*\d{1,2}(?:st|nd|rd|th)?)?";

    [GeneratedRegex(OpeningWeekday + @"\b(?<d>\d{1,2})(?:st|nd|rd|th)?" + SpanEnd + @"\s+(?:of\s+)?(?<mon>" + MonthNames + @")\b\.?(?:,?\s+(?<y>\d{4})\b|" + CountedYear + ")?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<mon>" + MonthNames + @")\.?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid|spring|summer|autumn|fall|winter)[-\s]+)?(?<y>(?:19|20)\d{2})\b(?!\s*[-\u2013/]\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex InYear();

    [GeneratedRegex(@"(?:\b(?<cue>[Ii]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter)\s+|\b[Mm]id-)(?<mon>" + FullMonthNames + @")\b(?!\.?,?\s+\d{4}\b)(?:" + CountedYear + ")?", RegexOptions.CultureInvariant)]
    private static partial Regex CuedMonth();

    [GeneratedRegex(@"\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his\s+coming|[Cc]oming|[Tt]his)\s+)?(?<wd>" + Weekdays + @")\b(?!s\b)(?:\s+(?:of\s+)?(?<week>last|next)\s+week\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?<rel>yesterday|today|tomorrow|tonight)|this\s+(?:morning|afternoon|evening))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?<rel>last|this|next)\s+(?<unit>week|month|year)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>day|week|month|year)s?\s+ago\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    /// <summary>
    /// The date phrases of <paramref name="text"/>, ordered and non-overlapping (the longest wins), with offsets
    /// shifted by <paramref name="offset"/>.
    /// </summary>
    public static IReadOnlyList<DatePhrase> Find(string text, DateOnly? published, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DatePhrase>();
        // Each regex runs only where the words it needs occur: one vectorised search instead of a scan that tries
        // to match at every word. The tests are necessary conditions of a match, so the phrases found are the same.
        var span = text.AsSpan();
        var digits = HasDigit(span);
        var months = span.IndexOfAny(MonthStems) >= 0;
        if (digits && span.Contains('-'))
            Collect(found, IsoDate(), text, offset, m => FromParts(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value));
        if (digits && months)
        {
            Collect(found, MonthDay(), text, offset, m => DayOfMonth(m, published), YearGuessed);
            Collect(found, DayMonth(), text, offset, m => DayOfMonth(m, published), YearGuessed);
            Collect(found, MonthYear(), text, offset, m => MonthOfYear(m));
        }

        if (digits)
            Collect(found, InYear(), text, offset, m => (new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), 1, 1), DatePrecision.Year));

        if (months && span.IndexOfAny(FullMonths) >= 0)
            Collect(found, CuedMonth(), text, offset, m => CuedMonthDate(m, published));
        if (span.Contains("day", StringComparison.Ordinal))
            Collect(found, Weekday(), text, offset, m => WeekdayDate(m, published));
        Collect(found, RelativeDay(), text, offset, m => RelativeDayDate(m, published));
        Collect(found, RelativePeriod(), text, offset, m => RelativePeriodDate(m, published));
        if (span.Contains("ago", StringComparison.OrdinalIgnoreCase))
            Collect(found, Ago(), text, offset, m => AgoDate(m, published));
        return RemoveOverlaps(found);
    }

    /// <summary>What every month name of <see cref="MonthNames"/> starts with (case-sensitive, as the patterns are).</summary>
    private static readonly SearchValues<string> MonthStems = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    private static readonly SearchValues<string> FullMonths = SearchValues.Create(FullMonthNames.Split('|'), StringComparison.Ordinal);

    /// <summary>A decimal digit as <c>\d</c> matches it (any Unicode Nd character, as <see cref="char.IsDigit(char)"/>).</summary>
    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
                return true;
        }

        return false;
    }

    private static void Collect(List<DatePhrase> into, Regex regex, string text, int offset, Func<Match, (DateOnly Date, DatePrecision Precision)?> resolve,
        Func<Match, bool>? guessed = null)
    {
        foreach (Match m in regex.Matches(text))
        {
            if (resolve(m) is { } r)
                into.Add(new DatePhrase(offset + m.Index, offset + m.Index + m.Length, m.Value, r.Date, r.Precision, guessed?.Invoke(m) ?? false));
        }
    }

    private static bool YearGuessed(Match m) => !m.Groups["y"].Success && !m.Groups["rel"].Success;

    private static List<DatePhrase> RemoveOverlaps(List<DatePhrase> found)
    {
        var ordered = found.OrderBy(p => p.Start).ThenByDescending(p => p.End - p.Start).ToList();
        var kept = new List<DatePhrase>();
        foreach (var p in ordered)
        {
            if (kept.Count > 0 && p.Start < kept[^1].End)
            {
                if (p.End - p.Start > kept[^1].End - kept[^1].Start)
                    kept[^1] = p;
                continue;
            }

            kept.Add(p);
        }

        return kept;
    }

    private static (DateOnly, DatePrecision)? FromParts(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return Valid(y, m, d) ? (new DateOnly(y, m, d), DatePrecision.Day) : null;
    }

    private static (DateOnly, DatePrecision)? DayOfMonth(Match m, DateOnly? published)
    {
        var month = MonthNumber(m.Groups["mon"].Value);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Success)
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            return Valid(year, month, day) ? (new DateOnly(year, month, day), DatePrecision.Day) : null;
        }

        if (published is not { } pub)
            return null;
        if (m.Groups["rel"].Success)
            return Valid(pub.Year + YearStep(m), month, day) ? (new DateOnly(pub.Year + YearStep(m), month, day), DatePrecision.Day) : null;

        // Without a year: the occurrence nearest the publication date ("Dec. 30" in a January article is last year).
        DateOnly? best = null;
        for (var year = pub.Year - 1; year <= pub.Year + 1; year++)
        {
            if (!Valid(year, month, day))
                continue;
            var candidate = new DateOnly(year, month, day);
            if (best is null || Math.Abs(candidate.DayNumber - pub.DayNumber) < Math.Abs(best.Value.DayNumber - pub.DayNumber))
                best = candidate;
        }

        return best is { } b ? (b, DatePrecision.Day) : null;
    }

    private static (DateOnly, DatePrecision)? MonthOfYear(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return year is >= 1 and <= 9999 ? (new DateOnly(year, MonthNumber(m.Groups["mon"].Value), 1), DatePrecision.Month) : null;
    }

    private static (DateOnly, DatePrecision)? CuedMonthDate(Match m, DateOnly? published)
    {
        if (published is not { } pub)
            return null;
        var month = MonthNumber(m.Groups["mon"].Value);
        var cue = m.Groups["cue"].Value.ToLowerInvariant();
        int year;
        if (m.Groups["rel"].Success)
            year = pub.Year + YearStep(m);
        else if (cue == "next")
            year = month > pub.Month ? pub.Year : pub.Year + 1;
        else if (cue == "last")
            year = month < pub.Month ? pub.Year : pub.Year - 1;
        else
            year = month <= pub.Month ? pub.Year : pub.Year - 1;
        return (new DateOnly(year, month, 1), DatePrecision.Month);
    }

    private static (DateOnly, DatePrecision)? WeekdayDate(Match m, DateOnly? published)
    {
        if (published is not { } pub)
            return null;
        var target = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : "";
        var back = ((int)pub.DayOfWeek - (int)target + 7) % 7;
        DateOnly date;
        // "on Wednesday last week": that weekday in the week before publication's (or after it).
        if (m.Groups["week"].Success)
            date = MondayOf(pub).AddDays((m.Groups["week"].Value == "last" ? -7 : 7) + ((int)target + 6) % 7);
        else if (rel is "next" or "coming" || rel.StartsWith("this ", StringComparison.Ordinal))
            date = pub.AddDays(back == 0 ? 7 : 7 - back);
        else if (rel == "last")
            date = pub.AddDays(-(back == 0 ? 7 : back));
        else if (rel == "this")
            date = MondayOf(pub).AddDays(((int)target + 6) % 7);
        else
            date = pub.AddDays(-back);
        return (date, DatePrecision.Day);
    }

    private static (DateOnly, DatePrecision)? RelativeDayDate(Match m, DateOnly? published)
    {
        if (published is not { } pub)
            return null;
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var date = rel switch
        {
            "yesterday" => pub.AddDays(-1),
            "tomorrow" => pub.AddDays(1),
            _ => pub,
        };
        return (date, DatePrecision.Day);
    }

    private static (DateOnly, DatePrecision)? RelativePeriodDate(Match m, DateOnly? published)
    {
        if (published is not { } pub)
            return null;
        var step = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "week" => (MondayOf(pub).AddDays(7 * step), DatePrecision.Week),
            "month" => (new DateOnly(pub.Year, pub.Month, 1).AddMonths(step), DatePrecision.Month),
            _ => (new DateOnly(pub.Year + step, 1, 1), DatePrecision.Year),
        };
    }

    private static (DateOnly, DatePrecision)? AgoDate(Match m, DateOnly? published)
    {
        if (published is not { } pub)
            return null;
        var n = Count(m.Groups["n"].Value);
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" => (pub.AddDays(-n), DatePrecision.Day),
            "week" => (MondayOf(pub.AddDays(-7 * n)), DatePrecision.Week),
            "month" => (new DateOnly(pub.Year, pub.Month, 1).AddMonths(-n), DatePrecision.Month),
            _ => (new DateOnly(pub.Year - n, 1, 1), DatePrecision.Year),
        };
    }

    /// <summary>A count written in figures or as an English word up to ten ("a", "one", "two" … "ten").</summary>
    internal static int Count(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };

    /// <summary>The years from publication that a "last year", "this year" or "next year" after a date counts.</summary>
    private static int YearStep(Match m) => m.Groups["rel"].Value switch
    {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };

    private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int MonthNumber(string name) => name[..3] switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        _ => 12,
    };
}
