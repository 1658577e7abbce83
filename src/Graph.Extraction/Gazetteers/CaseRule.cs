namespace Graph.Extraction.Gazetteers;

/// <summary>
/// Whether a surface text (same letters, case aside) may stand for a phrase. Acronyms and phrases without
/// lower-case letters ("NATO", "US", "U.N.") match only as written, so the pronoun "us" never is the US.
/// Other phrases match as written, all in capitals (datelines such as "MOSCOW"), or word by word as written
/// or with the first letter capitalised ("Al-Qaeda", "Secretary Of State"); so "Chad", "Turkey" or "Georgia"
/// never match in lower case. Office titles may also have any of their words in lower case ("the prime minister").
/// </summary>
internal static class CaseRule
{
    public static bool Accepts(ReadOnlySpan<char> surface, PhraseCandidate candidate)
    {
        var phrase = candidate.Phrase;
        if (surface.SequenceEqual(phrase))
        {
            return true;
        }

        if (surface.Length != phrase.Length || !candidate.HasLowerCase)
        {
            return false;
        }

        var allowLowerCase = candidate.AllowLowerCase;
        if (surface.SequenceEqual(candidate.Upper) || (allowLowerCase && surface.SequenceEqual(candidate.Lower)))
        {
            return true;
        }

        var start = 0;
        for (var i = 0; i <= phrase.Length; i++)
        {
            if (i < phrase.Length && phrase[i] is not (' ' or '-'))
            {
                continue;
            }

            if (!WordAccepts(surface.Slice(start, i - start), phrase.AsSpan(start, i - start), allowLowerCase))
            {
                return false;
            }

            start = i + 1;
        }

        return true;
    }

    private static bool WordAccepts(ReadOnlySpan<char> s, ReadOnlySpan<char> p, bool allowLowerCase)
    {
        if (s.SequenceEqual(p) || (s.Length > 0 && s[0] == char.ToUpperInvariant(p[0]) && s[1..].SequenceEqual(p[1..])))
        {
            return true;
        }

        // "ambassador to the United Nations": a title's own words may be in lower case, names inside it keep theirs.
        if (!allowLowerCase)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != char.ToLowerInvariant(p[i]))
            {
                return false;
            }
        }

        return true;
    }
}
