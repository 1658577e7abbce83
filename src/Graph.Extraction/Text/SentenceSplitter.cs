namespace Graph.Extraction.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ? ! … (with any closing quotes right after them) when
/// the next token does not continue it (lower-case word, comma…), at a blank line, and at a line break unless
/// the next line goes on in lower case. Abbreviations end a sentence only before an obvious sentence start.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Words that open sentences and rarely follow "U.S." or "Jan." inside one.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "You", "But", "And", "This", "That", "These", "Those", "There",
        "His", "Her", "Their", "Its", "Our", "My", "In", "On", "At", "After", "Before", "While", "When", "A", "An",
        "As", "However", "Meanwhile", "Also", "Yet", "So", "If", "Earlier", "Later", "Today", "Yesterday", "Still",
        "Officials", "Some", "Many", "Most", "According", "Although", "Since", "During", "Both", "Neither", "What",
        "Why", "How", "Who", "Where", "For", "Such", "Instead", "Now", "Then", "Last", "Next", "One", "Two",
    };

    public static void Split(string text, IReadOnlyList<Token> tokens, List<Sentence> into)
    {
        var n = tokens.Count;
        var first = 0;
        var k = 0;
        while (k < n)
        {
            var last = k;
            var boundary = false;
            var token = tokens[k];
            if (IsTerminal(token.Text))
            {
                while (last + 1 < n && tokens[last + 1].Start == tokens[last].End && IsCloser(tokens[last + 1].Text))
                    last++;
                boundary = last + 1 >= n || OpensSentence(tokens[last + 1].Text);
            }
            else if (token.Length > 1 && token.Text[^1] == '.' && !IsInitialOrTitle(token.Text))
            {
                boundary = last + 1 < n && (SentenceStarters.Contains(tokens[last + 1].Text) || IsOpeningQuote(tokens[last + 1].Text));
            }
            else if (IsInitial(token.Text))
            {
                // "… she said on X. She added": a name goes on after an initial, a pronoun or article does not; and a letter
                // after "on" or "via" names a platform ("posted on X."), whose period ends the sentence before a capital.
                boundary = last + 1 < n && (NoName.Contains(tokens[last + 1].Text)
                    || k > 0 && tokens[k - 1].Text is "on" or "via" && OpensSentence(tokens[last + 1].Text) && char.IsUpper(tokens[last + 1].Text[0]));
            }

            if (!boundary && last + 1 < n)
                boundary = LineBreakEnds(text, tokens[last], tokens[last + 1]);

            if (boundary)
            {
                Add(text, tokens, first, last + 1, into);
                first = last + 1;
            }

            k = last + 1;
        }

        if (first < n)
            Add(text, tokens, first, n, into);
    }

    private static void Add(string text, IReadOnlyList<Token> tokens, int first, int end, List<Sentence> into)
    {
        var slice = new Token[end - first];
        for (var i = first; i < end; i++)
            slice[i - first] = tokens[i];
        var start = slice[0].Start;
        var stop = slice[^1].End;
        into.Add(new Sentence(into.Count, start, stop, text.Substring(start, stop - start), slice));
    }

    private static bool IsTerminal(string t) => t is "." or "?" or "!" or "..." or "\u2026";

    private static bool IsCloser(string t) => t.Length == 1 && CharClass.IsClosingQuote(t[0]);

    private static bool IsOpeningQuote(string t) => t.Length == 1 && CharClass.IsOpeningQuote(t[0]);

    /// <summary>A token that may begin a new sentence: anything but a lower-case word or continuing punctuation.</summary>
    private static bool OpensSentence(string t) =>
        !char.IsLower(t[0]) && t is not ("," or ";" or ":" or ")" or "]" or "." or "?" or "!");

    /// <summary>Initials ("J.") and titles ("Gen.", "Mr.") are followed by a name: their period ends no sentence but before a word no name has.</summary>
    private static bool IsInitialOrTitle(string t) => IsInitial(t) || Abbreviations.IsTitle(t.AsSpan(0, t.Length - 1));

    private static bool IsInitial(string t) => t.Length == 2 && char.IsLetter(t[0]) && t[1] == '.';

    /// <summary>Pronouns and articles that open a sentence and are no part of a name.</summary>
    private static readonly HashSet<string> NoName = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "They", "We", "I", "You", "The", "This", "These", "Those", "His", "Her", "Their", "Its", "Our", "My",
    };

    private static bool LineBreakEnds(string text, Token before, Token after)
    {
        var newlines = 0;
        for (var i = before.End; i < after.Start; i++)
        {
            if (text[i] == '\n')
                newlines++;
        }

        return newlines >= 2 || newlines == 1 && !char.IsLower(after.Text[0]);
    }
}
