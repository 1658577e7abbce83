using System.Text.RegularExpressions;

namespace Graph.Extraction.Dates;

/// <summary>
/// "A day earlier, she had met …", "Two days later, he met …", "The previous day, …": a sentence that opens by counting
/// days from the story told just before it. Its offset in days from that story's day; none for "Hours later, …",
/// "Later that day, …", "On the same day, …" (that story's own day).
/// </summary>
public static partial class RelativeDays
{
    [GeneratedRegex(@"^\W*(?:(?<n>a|an|one|two|three|four|five|six|\d{1,2})\s+days?\s+(?<dir>earlier|later|before|after)|the\s+(?<rel>previous|next|following)\s+day|the\s+day\s+(?<dir>before|after)|(?<same>hours\s+(?:later|earlier)|(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:later|earlier)\s+in\s+the\s+day|(?:on\s+)?(?:the|that)\s+same\s+day))\s*,", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>The days the sentence's opening counts from the day told before (negative: earlier), or null.</summary>
    public static int? Offset(string sentence)
    {
        if (Opening().Match(sentence) is not { Success: true } m)
            return null;
        if (m.Groups["same"].Success)
            return 0;
        var back = m.Groups["dir"].Value.ToLowerInvariant() is "earlier" or "before" || m.Groups["rel"].Value.Equals("previous", StringComparison.OrdinalIgnoreCase);
        var n = m.Groups["n"].Success ? DateResolver.Count(m.Groups["n"].Value) : 1;
        return back ? -n : n;
    }
}
