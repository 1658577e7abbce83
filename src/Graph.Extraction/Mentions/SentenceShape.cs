using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>Token and sentence shapes the mention rules test.</summary>
internal static class SentenceShape
{
    /// <summary>A heading in title case ("Allies Weigh New Sanctions Over Border Clash"): its capitals say nothing about names.</summary>
    public static bool IsTitleCaseHeading(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count == 0 || tokens[^1].Text is "." or "?" or "!" or "\"" or "\u201D")
            return false;
        int words = 0, capitals = 0, lowerContent = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            // "(Reporting by A in Bishkek; Editing by B)": a credit line is names, not a heading.
            if (t.Text == "by" && k > 0 && WordLists.CreditWords.Contains(tokens[k - 1].Text))
                return false;
            if (t.Length <= 3 || !char.IsLetter(t.Text[0]))
                continue;
            words++;
            if (char.IsUpper(t.Text[0]))
                capitals++;
            else if (!FunctionWords.Contains(t.Text))
                lowerContent++;
        }

        // Title case capitalises every word but the short and the function words: a lower-case content word ("Daniel
        // Otieno meets Kenji Sato in Nairobi", "…, Lt. Gen. X, provided the following statement") makes a sentence full
        // of names, not a heading.
        return words >= 3 && capitals * 10 >= words * 7 && lowerContent == 0;
    }

    /// <summary>English prepositions and conjunctions of four letters or more, which title case may leave lower-case.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "with", "from", "into", "onto", "over", "upon", "amid", "amidst", "after", "before", "about", "above", "across", "against", "along",
        "among", "around", "behind", "below", "beneath", "beside", "between", "beyond", "despite", "during", "except", "inside", "outside",
        "through", "toward", "towards", "under", "until", "within", "without", "than", "that", "when", "while", "since", "unless", "near",
        "past", "like", "versus", "via",
    };

    /// <summary>
    /// Whether the token at <paramref name="i"/> opens its sentence: nothing before it but opening quotes, dashes,
    /// colons and bullets.
    /// </summary>
    public static bool IsSentenceStart(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            var t = tokens[k].Text;
            if (t.Length == 1 && (CharClass.IsOpeningQuote(t[0]) || t[0] is '\u2014' or '\u2013' or '-' or ':' or '*' or '\u2022'))
                continue;
            return t is "--";
        }

        return true;
    }

    /// <summary>
    /// "spokesman He Yadong said": the Chinese surname He, capitalised inside a sentence and before another name
    /// word, where the pronoun would be written "he". Callers keep title-case headings out, where every word is capitalised.
    /// </summary>
    public static bool IsSurnameHe(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text == "He" && i + 1 < tokens.Count && tokens[i + 1].Text is { Length: > 1 } next && char.IsUpper(next[0]) && char.IsLower(next[1])
        && !WordLists.NeverNames.Contains(next) && !IsSentenceStart(tokens, i);

    /// <summary>A word starting with an upper-case letter.</summary>
    public static bool IsCapitalizedWord(string t) => t.Length > 0 && char.IsUpper(t[0]);

    /// <summary>"'s", "’s" or a bare apostrophe after a plural.</summary>
    public static bool IsPossessive(string t) => t is "'s" or "\u2019s" or "'S" or "\u2019S";

    /// <summary>An all-capitals word of 2–8 letters or digits ("NATO", "ISIL", "CJTF-OIR"), not dotted.</summary>
    public static bool IsAcronym(string t)
    {
        if (t.Length < 2 || t.Length > 12 || !char.IsUpper(t[0]))
            return false;
        var letters = 0;
        foreach (var c in t)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                    return false;
                letters++;
            }
            else if (!char.IsDigit(c) && c != '-' && c != '&')
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>A single-letter initial ("J.").</summary>
    public static bool IsInitial(string t) => t.Length == 2 && char.IsUpper(t[0]) && t[1] == '.';

    /// <summary>A lower-case name particle, alone ("bin", "von") or joined to the name ("al-Baghdadi").</summary>
    public static bool IsParticle(string t)
    {
        if (t.Length == 0 || !char.IsLower(t[0]))
            return false;
        if (WordLists.NameParticles.Contains(t))
            return true;
        var dash = t.IndexOf('-');
        return dash > 0 && dash + 1 < t.Length && char.IsUpper(t[dash + 1]) && WordLists.NameParticles.Contains(t[..dash]);
    }

    /// <summary>"Abc" → "Abc", "BAGHDAD" → "Baghdad": the form a gazetteer knows a shouted word by.</summary>
    public static string TitleCase(string t) => t.Length <= 1 ? t : string.Concat(t.AsSpan(0, 1), t[1..].ToLowerInvariant());

    /// <summary>"82nd", "101st", "3rd", "407th": a numbered unit's ordinal ("the 82nd Airborne Division").</summary>
    public static bool IsOrdinalNumber(string t)
    {
        if (t.Length < 3 || !char.IsDigit(t[0]))
            return false;
        var digits = 0;
        while (digits < t.Length && char.IsDigit(t[digits]))
            digits++;
        return t.Length - digits == 2 && t[digits..].ToLowerInvariant() is "st" or "nd" or "rd" or "th";
    }

    /// <summary>
    /// "Greenwich Mean Time", "Eastern Standard Time": a time zone names a clock, not an actor or a place (the
    /// guidelines list it among things that are not entities).
    /// </summary>
    public static bool IsTimeZone(IReadOnlyList<Token> tokens, int first, int end) =>
        end - first >= 2 && tokens[end - 1].Text == "Time" && IsCapitalizedWord(tokens[first].Text);
}
