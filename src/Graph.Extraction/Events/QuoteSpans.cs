namespace Graph.Extraction.Events;

/// <summary>
/// A quoted passage: [<see cref="Start"/>, <see cref="End"/>) spans the marks, [<see cref="InnerStart"/>,
/// <see cref="InnerEnd"/>) the quoted words.
/// </summary>
internal readonly record struct QuoteSpan(int Start, int End, int InnerStart, int InnerEnd)
{
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>The quoted words without the marks, surrounding blanks and the comma that hands over to "X said".</summary>
    public string Inner(string text) => text[InnerStart..Math.Max(InnerStart, InnerEnd)].Trim().TrimEnd(',').TrimEnd();
}

/// <summary>
/// Finds quoted passages in an article: curly quotes pair as opened/closed, straight quotes alternate, LaTeX-style
/// ``…'' pairs too. A quote never runs past its paragraph (a blank line), where an unclosed one ends.
/// </summary>
internal static class QuoteSpans
{
    public static List<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        var innerStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && IsBlankLineAhead(text, i + 1))
            {
                if (open >= 0)
                    spans.Add(new QuoteSpan(open, i, innerStart, i));
                open = -1;
                continue;
            }

            var opens = c is '\u201C' or '\u00AB' || c == '`' && i + 1 < text.Length && text[i + 1] == '`';
            var closes = c is '\u201D' or '\u00BB' || c == '\'' && i + 1 < text.Length && text[i + 1] == '\'' && open >= 0;
            if (c == '"')
            {
                opens = open < 0;
                closes = open >= 0;
            }

            if (closes && open >= 0)
            {
                var end = c == '\'' ? i + 2 : i + 1;
                spans.Add(new QuoteSpan(open, end, innerStart, i));
                open = -1;
                i = end - 1;
            }
            else if (opens && open < 0)
            {
                open = i;
                if (c == '`')
                    i++;
                innerStart = i + 1;
            }
        }

        if (open >= 0)
            spans.Add(new QuoteSpan(open, text.Length, innerStart, text.Length));
        return spans;
    }

    private static bool IsBlankLineAhead(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
            i++;
        return i >= text.Length || text[i] == '\n';
    }
}
