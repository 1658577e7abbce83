using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Where a news agency is named only to credit a picture or the copy: "REUTERS/Amr Salem", "Photo: Yves Herman/Reuters",
/// "(AP Photo/Hassan Ammar)", "© 2025 Reuters", "Source: Reuters, AFP", "AFP contributed to this report", "Photo by AFP". A credit is a
/// byline, not an organisation of the article (annotation guidelines), as the agency in a dateline is.
/// </summary>
internal static class CreditLines
{
    /// <summary>English labels that open a caption's or a graphic's credit line.</summary>
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "source", "sources", "credit", "credits",
        "video", "graphic",
    };

    /// <summary>Words right after an agency that make it a credit ("Reuters photo", "AFP contributed").</summary>
    private static readonly HashSet<string> After = new(StringComparer.OrdinalIgnoreCase) { "photo", "photos", "pictures", "images", "contributed" };

    /// <summary>Whether the mention of <paramref name="sentence"/> from <paramref name="first"/> to <paramref name="end"/> (tokens) stands in a credit.</summary>
    public static bool Credits(string text, Sentence sentence, int first, int end)
    {
        var tokens = sentence.Tokens;
        if (first < 0 || end > tokens.Count || first >= end)
            return false;
        if (tokens.Count > 1 && Labels.Contains(tokens[0].Text) && tokens[1].Text == ":")
            return true;
        for (var k = 0; k < first; k++)
        {
            if (tokens[k].Text is "\u00A9" or "Copyright" or "(c)")
                return true;
        }

        var start = tokens[first].Start;
        var stop = tokens[end - 1].End;
        return start > 0 && text[start - 1] == '/' || stop < text.Length && text[stop] == '/'
            || end < tokens.Count && After.Contains(tokens[end].Text)
            // "Photo by AFP", "Additional reporting by Reuters".
            || first > 1 && tokens[first - 1].Text == "by" && (Labels.Contains(tokens[first - 2].Text) || WordLists.CreditWords.Contains(tokens[first - 2].Text));
    }
}
