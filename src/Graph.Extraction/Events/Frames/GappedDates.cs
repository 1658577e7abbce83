using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// "visited Laos on Monday and Cambodia on Tuesday", "met X on Monday and Y on Tuesday": a list whose members each
/// carry a date of their own (the verb left out before the second) dates each member's event by its own, not by the
/// date nearest the verb.
/// </summary>
internal static class GappedDates
{
    /// <summary>
    /// For each member (its mention, in reading order), the tokens after it up to the next member or the clause's end,
    /// where its own date stands; null unless there are two members or more and each has a date word there.
    /// </summary>
    public static List<(int From, int To)>? Spans(ParsedSentence s, IReadOnlyList<ResolvedMention> members)
    {
        if (members.Count < 2)
            return null;
        var ordered = members.OrderBy(m => m.FirstToken).ToList();
        var spans = new List<(int From, int To)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var from = ordered[i].EndToken;
            var to = i + 1 < ordered.Count ? ordered[i + 1].FirstToken : ClauseEnd(s, from);
            if (!HasDateWord(s, from, to))
                return null;
            spans.Add((from, to));
        }

        // Back in the members' own order.
        return members.Select(m => spans[ordered.IndexOf(m)]).ToList();
    }

    /// <summary>The first comma, semicolon or end of the sentence at or after the token.</summary>
    private static int ClauseEnd(ParsedSentence s, int from)
    {
        var tokens = s.View.Tokens;
        for (var t = from; t < tokens.Count; t++)
        {
            if (tokens[t].Text is "," or ";")
                return t;
        }

        return tokens.Count;
    }

    private static bool HasDateWord(ParsedSentence s, int from, int to)
    {
        var tokens = s.View.Tokens;
        for (var t = Math.Max(from, 0); t < to && t < tokens.Count; t++)
        {
            if (WordLists.Calendar.Contains(tokens[t].Text))
                return true;
        }

        return false;
    }
}
