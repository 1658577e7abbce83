using System.Text;

namespace Graph.Extraction.Gazetteers;

/// <summary>How phrases and token text are compared: whitespace runs are one space, typographic apostrophes are "'".</summary>
internal static class PhraseText
{
    /// <summary>The key character the trie is built on: lower-case, apostrophes unified.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Trims, collapses whitespace to single spaces and unifies apostrophes.</summary>
    public static string Normalize(string phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        var space = false;
        foreach (var c in phrase)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when text[k..] is an ending a phrase may stop before inside one token: a possessive ("'s") or a
    /// hyphen and a lower-case modifier ("-led", "-backed", "-made").
    /// </summary>
    public static bool EndsInside(string text, int k)
    {
        if (IsApostrophe(text[k]))
        {
            return IsPossessive(text.AsSpan(k));
        }

        if (text[k] != '-' || k + 1 >= text.Length)
        {
            return false;
        }

        foreach (var c in text.AsSpan(k + 1))
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for the possessive ending left attached to a word: "'s", "’s" or a lone apostrophe.</summary>
    private static bool IsPossessive(ReadOnlySpan<char> rest) =>
        rest.Length switch
        {
            1 => IsApostrophe(rest[0]),
            2 => IsApostrophe(rest[0]) && rest[1] is 's' or 'S',
            _ => false,
        };

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';
}
