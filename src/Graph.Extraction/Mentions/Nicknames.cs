using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// A person's name with a nickname in quotes inside it, as the wires write one ('Col. Ana "Kiki" Ruiz', 'Luis "El
/// Toro" Vega'): one person, where the rules and the name tagger stop at the quote and leave a forename alone
/// ("Ana", a person of its own) and the rest unread. The forename must be read as a person's already, and the
/// nickname and surname be capitalised words.
/// </summary>
internal static class Nicknames
{
    /// <summary>Longest nickname, in words: "El Toro", "Abu Ali".</summary>
    private const int MaxNicknameWords = 3;

    /// <summary>Longest surname after the nickname, in words: "Vega", "de la Cruz" is read as far as its capitals go.</summary>
    private const int MaxSurnameWords = 2;

    /// <summary>Joins each such name among the sentence's candidates (from <paramref name="from"/> on) into one person candidate.</summary>
    public static void Join(Sentence sentence, List<MentionCandidate> found, int from)
    {
        var tokens = sentence.Tokens;
        for (var k = from; k < found.Count; k++)
        {
            var forename = found[k];
            var open = forename.EndToken;
            if (forename.Kind != CandidateKind.Person || open >= tokens.Count || !IsOpening(tokens[open].Text))
                continue;
            var close = open + 1;
            // A nickname may be ordinary words ("Black Snake"); the surname after it may not.
            while (close < tokens.Count && close - open <= MaxNicknameWords && IsWord(tokens[close]))
                close++;
            if (close == open + 1 || close >= tokens.Count || !IsClosing(tokens[close].Text, tokens[open].Text))
                continue;
            var end = close + 1;
            while (end < tokens.Count && end - close <= MaxSurnameWords && IsWord(tokens[end]) && !WordLists.IsCommonWord(tokens[end].Text))
                end++;
            if (end == close + 1)
                continue;
            var (start, stop) = (tokens[forename.FirstToken].Start, tokens[end - 1].End);
            var joined = forename with
            {
                EndToken = end,
                End = stop,
                Text = sentence.Text.Substring(start - sentence.Start, stop - start),
            };
            found[k] = joined;
            for (var o = found.Count - 1; o >= from; o--)
            {
                if (o != k && found[o].FirstToken < end && forename.FirstToken < found[o].EndToken)
                {
                    found.RemoveAt(o);
                    k -= o < k ? 1 : 0;
                }
            }
        }
    }

    private static bool IsWord(Token token) =>
        token.IsCapitalized && token.Text.All(c => char.IsLetter(c) || c is '-' or '.' or '\'');

    private static bool IsOpening(string text) => text is "\"" or "\u201C" or "\u2018" or "'";

    /// <summary>The quote that closes the one opened: the same straight quote, or the curly one of its pair.</summary>
    private static bool IsClosing(string text, string opening) => opening switch
    {
        "\u201C" => text is "\u201D",
        "\u2018" => text is "\u2019",
        _ => text == opening,
    };
}
