using Graph.Extraction.Text;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Maps the project's tokens to the treebank's words (UD English EWT conventions), keeping each word's offsets:
/// negation and verb clitics come off ("don't" → "do" + "n't", "can't" → "ca" + "n't", "I'm" → "I" + "'m",
/// "cannot" → "can" + "not"); hyphenated compounds are split into their parts and the hyphen
/// ("Thomas-Greenfield" → "Thomas" "-" "Greenfield") unless they open with a bound prefix ("non-stop",
/// "e-mail") or a digit, or are a model number ("Su-27"), an "X-General" title or an office to come ("President-elect"), or a person's
/// hyphenated surname the mentions found. The possessive "'s" is already a token of its own; quotes stay as written (the
/// features read typographic quotes as ASCII).
/// </summary>
internal static class TreebankWords
{
    // The prefixes EWT keeps attached to the word after a hyphen (its train file's unsplit hyphenated words).
    private static readonly HashSet<string> BoundPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "neo", "psycho",
    };

    private static readonly string[] Clitics = ["'m", "'re", "'ve", "'ll", "'d"];

    /// <param name="sentence">The sentence.</param>
    /// <param name="isPersonName">Whether a token is a person's surname: one of capitalised parts joined by hyphens stays one word.</param>
    public static List<SyntaxWord> Of(Sentence sentence, Func<int, bool>? isPersonName = null)
    {
        var words = new List<SyntaxWord>(sentence.Tokens.Count + 4);
        for (var t = 0; t < sentence.Tokens.Count; t++)
        {
            if (isPersonName is not null && IsNamePartsJoined(sentence.Tokens[t].Text) && isPersonName(t))
                Add(words, sentence.Tokens[t], t, 0, sentence.Tokens[t].Text.Length);
            else
                Split(sentence.Tokens[t], t, words);
        }

        return words;
    }

    /// <summary>"Dumoulin-Vasseur", "Jean-Yves": capitalised words of letters joined by hyphens.</summary>
    private static bool IsNamePartsJoined(string text)
    {
        if (!HasInnerHyphen(text))
            return false;
        var start = true;
        for (var k = 0; k < text.Length; k++)
        {
            if (CharClass.IsHyphen(text[k]))
            {
                if (start)
                    return false;
                start = true;
            }
            else if (start ? !char.IsUpper(text[k]) : !char.IsLetter(text[k]))
            {
                return false;
            }
            else
            {
                start = false;
            }
        }

        return !start;
    }

    private static void Split(Token token, int index, List<SyntaxWord> into)
    {
        var text = token.Text;
        if (text.Length > 3 && IsNegation(text.AsSpan(text.Length - 3)))
        {
            Add(into, token, index, 0, text.Length - 3);
            Add(into, token, index, text.Length - 3, text.Length);
            return;
        }

        if (text.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            Add(into, token, index, 0, 3);
            Add(into, token, index, 3, 6);
            return;
        }

        var apostrophe = text.LastIndexOfAny(['\'', '\u2019']);
        if (apostrophe > 0 && IsClitic(text.AsSpan(apostrophe)))
        {
            Add(into, token, index, 0, apostrophe);
            Add(into, token, index, apostrophe, text.Length);
            return;
        }

        if (!HasInnerHyphen(text) || char.IsDigit(text[0]) || BoundPrefixes.Contains(text[..FirstHyphen(text)]) || IsDesignator(text) || IsGeneralTitle(text))
        {
            Add(into, token, index, 0, text.Length);
            return;
        }

        var start = 0;
        for (var k = 0; k < text.Length; k++)
        {
            if (!CharClass.IsHyphen(text[k]) || k == 0 || k == text.Length - 1)
                continue;
            Add(into, token, index, start, k);
            Add(into, token, index, k, k + 1);
            start = k + 1;
        }

        Add(into, token, index, start, text.Length);
    }

    private static bool IsNegation(ReadOnlySpan<char> last3) =>
        last3[0] is 'n' or 'N' && last3[1] is '\'' or '\u2019' && last3[2] is 't' or 'T';

    private static bool IsClitic(ReadOnlySpan<char> tail)
    {
        foreach (var c in Clitics)
        {
            if (tail.Length == c.Length && char.ToLowerInvariant(tail[1]) == c[1] && (c.Length == 2 || char.ToLowerInvariant(tail[2]) == c[2]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "Su-27", "F-16", "S-400", "Shahed-136", "J-10C": a model's letters and its number are one name, as "G20" is; split,
    /// the number reads as a word of the sentence and the craft as a list.
    /// </summary>
    private static bool IsDesignator(string text)
    {
        var hyphen = FirstHyphen(text);
        if (hyphen > 8 || !char.IsDigit(text[hyphen + 1]))
            return false;
        for (var k = 0; k < text.Length; k++)
        {
            if (k != hyphen && !(k < hyphen ? char.IsLetter(text[k]) : char.IsLetterOrDigit(text[k])))
                return false;
        }

        return true;
    }

    /// <summary>
    /// "Secretary-General", "Director-General", "Attorney-General": an office named "X-General" is one title word (split,
    /// its hyphen reads as a comma and the title as two nouns in apposition); so is an office to come, "President-elect",
    /// "Chancellor-designate" (split, "elect" reads as the sentence's verb), in lower case too ("Iran's president-elect,
    /// X, received …").
    /// </summary>
    private static bool IsGeneralTitle(string text) =>
        TitleSuffixes.FirstOrDefault(x => text.EndsWith(x, StringComparison.Ordinal)) is { } suffix
        && text.Length > suffix.Length + 1 && text[..^suffix.Length].All(char.IsLetter);

    private static readonly string[] TitleSuffixes = ["-General", "-general", "-elect", "-Elect", "-designate", "-Designate"];

    private static bool HasInnerHyphen(string text)
    {
        for (var k = 1; k < text.Length - 1; k++)
        {
            if (CharClass.IsHyphen(text[k]))
                return true;
        }

        return false;
    }

    private static int FirstHyphen(string text)
    {
        for (var k = 1; k < text.Length - 1; k++)
        {
            if (CharClass.IsHyphen(text[k]))
                return k;
        }

        return text.Length;
    }

    private static void Add(List<SyntaxWord> into, Token token, int index, int from, int to) =>
        into.Add(new SyntaxWord(into.Count, from == 0 && to == token.Text.Length ? token.Text : token.Text[from..to], token.Start + from, token.Start + to, index));
}
