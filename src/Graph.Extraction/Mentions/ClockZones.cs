using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// "14:32 GMT –", "Updated 11:40 BST:", "at 9 a.m. ET": capitals right after a clock time name its time zone, not an
/// organisation (live blogs and wire alerts stamp their entries so). Read from the shape, not from a list of zones.
/// </summary>
internal static partial class ClockZones
{
    /// <summary>Drops the sentence's candidates (from <paramref name="from"/> on) that are a time zone after a clock time.</summary>
    public static void Drop(Sentence sentence, List<MentionCandidate> found, int from)
    {
        var tokens = sentence.Tokens;
        for (var k = found.Count - 1; k >= from; k--)
        {
            var c = found[k];
            if (c.EndToken - c.FirstToken == 1 && c.FirstToken > 0 && Zone().IsMatch(tokens[c.FirstToken].Text)
                && IsClock(tokens, c.FirstToken - 1))
                found.RemoveAt(k);
        }
    }

    /// <summary>A clock time ends at the token: "14:32" (one token or three), "9.15", "9am", "9 a.m.", "9 pm".</summary>
    private static bool IsClock(IReadOnlyList<Token> tokens, int i) =>
        Clock().IsMatch(tokens[i].Text) || Meridiem().IsMatch(tokens[i].Text) && i > 0 && Hour().IsMatch(tokens[i - 1].Text)
        || i > 1 && Minutes().IsMatch(tokens[i].Text) && tokens[i - 1].Text is ":" or "." && Hour().IsMatch(tokens[i - 2].Text);

    [GeneratedRegex(@"^[A-Z]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Zone();

    [GeneratedRegex(@"^\d{1,2}([:.]\d{2}|(am|pm))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(a\.m\.|p\.m\.|am|pm)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Meridiem();

    [GeneratedRegex(@"^\d{1,2}([:.]\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Hour();

    [GeneratedRegex(@"^\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Minutes();
}
