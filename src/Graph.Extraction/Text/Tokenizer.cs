namespace Graph.Extraction.Text;

/// <summary>
/// Splits text into word and punctuation tokens with offsets into the article text. One forward scan, no
/// regular expressions. Keeps together: hyphenated words ("Thomas-Greenfield", "30-minute"), numbers
/// ("3.5", "1,000"), dotted abbreviations ("U.S.", "a.m.", initials "J."), known abbreviations ("Gen.", "Jan.");
/// splits possessives ("Russia's" → "Russia" + "'s").
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (CharClass.IsSpace(c))
            {
                i++;
                continue;
            }

            int j;
            if (CharClass.IsWordChar(c))
                j = ScanWord(text, i, end);
            else if (CharClass.IsApostrophe(c) && IsPossessive(text, i, end, into))
                j = i + 2;
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
                j = i + 2;
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
                j = i + 3;
            else if (char.IsHighSurrogate(c) && i + 1 < end)
                j = i + 2;
            else
                j = i + 1;

            into.Add(new Token(i, j, text.Substring(i, j - i)));
            i = j;
        }
    }

    /// <summary>"'s" right after a word and before a non-letter: the possessive (or "is") clitic.</summary>
    private static bool IsPossessive(string text, int i, int end, List<Token> tokens) =>
        tokens.Count > 0 && tokens[^1].End == i && i + 1 < end && text[i + 1] is 's' or 'S'
        && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));

    private static int ScanWord(string text, int start, int end)
    {
        var j = start;
        while (true)
        {
            var runStart = j;
            while (j < end && CharClass.IsWordChar(text[j]))
                j++;
            if (j >= end)
                return j;

            var c = text[j];
            var next = j + 1 < end ? text[j + 1] : '\0';
            if (CharClass.IsHyphen(c) && CharClass.IsWordChar(next))
            {
                // "UPDATE 2-Turkey strikes …", "EXCLUSIVE-Russia …": a wire service's tag glued to the headline's first word
                // (a whole word after it: not a date, "01-Feb-2002").
                if (runStart == start && char.IsUpper(next) && IsWireTag(text.AsSpan(start, j - start)) && IsWholeWord(text, j + 1, end))
                    return j;
                j++;
                continue;
            }

            if (c is '.' or ',' && char.IsDigit(text[j - 1]) && char.IsDigit(next) && char.IsDigit(text[start]))
            {
                j++;
                continue;
            }

            if (CharClass.IsApostrophe(c) && char.IsLetter(next))
            {
                // A clitic "'s" ends the word; other apostrophes are inside it (O'Brien, don't, Ja'afari).
                var afterNext = j + 2 < end ? text[j + 2] : '\0';
                if (next is 's' or 'S' && !char.IsLetterOrDigit(afterNext))
                    return j;
                j++;
                continue;
            }

            if (c == '.')
            {
                var run = text.AsSpan(runStart, j - runStart);
                if (run.Length == 1 && char.IsLetter(run[0]))
                {
                    // Initials and dotted abbreviations: J. / U.S. / a.m. / D.C.
                    j++;
                    if (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !char.IsLetter(text[j + 2])))
                        continue;
                    if (j < end && CharClass.IsHyphen(text[j]) && j + 1 < end && CharClass.IsWordChar(text[j + 1]))
                    {
                        j++;
                        continue;
                    }
                    return j;
                }

                // "No." abbreviates "number" only before a digit; otherwise it is the word "no" ending a sentence.
                if (runStart == start && Abbreviations.IsKnown(run)
                    && (!run.Equals("No", StringComparison.OrdinalIgnoreCase) || NextIsDigit(text, j + 1, end)))
                    return j + 1;
            }

            return j;
        }
    }

    /// <summary>The tags news agencies put before a headline with a hyphen: an update's number, or a word in capitals (Reuters' and others' usage).</summary>
    private static bool IsWireTag(ReadOnlySpan<char> word)
    {
        if (word.Length is 1 or 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^1]))
            return true;
        foreach (var tag in WireTags)
        {
            if (word.SequenceEqual(tag))
                return true;
        }

        return false;
    }

    /// <summary>A word of four letters or more from <paramref name="i"/>, ended by neither a hyphen nor a digit.</summary>
    private static bool IsWholeWord(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsLetter(text[j]))
            j++;
        return j - i >= 4 && (j >= end || !CharClass.IsHyphen(text[j]) && !char.IsDigit(text[j]));
    }

    private static readonly string[] WireTags =
        ["BRIEF", "UPDATE", "EXCLUSIVE", "CORRECTED", "REFILE", "RPT", "WRAPUP", "FACTBOX", "ANALYSIS", "INSIGHT", "EXPLAINER", "FOCUS", "TIMELINE", "BREAKING"];

    private static bool NextIsDigit(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
            i++;
        return i < end && char.IsDigit(text[i]);
    }
}
