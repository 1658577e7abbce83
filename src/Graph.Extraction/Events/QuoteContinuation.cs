using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// A sentence that is only a quotation, right after a sentence quoting one speaker (`She said: "…"` then `"…"`),
/// goes on with that speaker's words: news names a new speaker where the speaker changes.
/// </summary>
internal static class QuoteContinuation
{
    /// <summary>The continued statement of <paramref name="sentence"/>, or null.</summary>
    /// <param name="sentence">The sentence read.</param>
    /// <param name="found">What the rules found in it.</param>
    /// <param name="previous">The drafts of the sentence just before it.</param>
    /// <param name="previousIndex">That sentence's index, whose date the continuation shares.</param>
    public static EventDraft? Of(SentenceView sentence, IReadOnlyList<EventDraft> found, IReadOnlyList<EventDraft> previous, int previousIndex)
    {
        if (found.Any(d => d.Type is EventType.Statement or EventType.Denial) || !WhollyQuoted(sentence))
            return null;
        var quoted = previous.Where(d => d.Type == EventType.Statement && d.Quote is not null).ToList();
        if (quoted.Count != 1)
            return null;
        var speakers = quoted[0].Participants.Where(p => p.Role == ParticipantRoles.Speaker).ToList();
        if (speakers.Select(p => p.Entity).Distinct(StringComparer.Ordinal).Count() != 1)
            return null;
        var words = sentence.Quotes[0].Inner(sentence.Source);
        return new EventDraft(EventType.Statement, "010", speakers.Take(1).ToList(), null, 0, quoted[0].Confidence, words, previousIndex);
    }

    /// <summary>Every word of the sentence is inside a quotation.</summary>
    private static bool WhollyQuoted(SentenceView sentence)
    {
        if (sentence.Quotes.Count != 1)
            return false;
        var words = 0;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (!sentence.Tokens[i].Text.Any(char.IsLetterOrDigit))
                continue;
            if (!sentence.IsQuoted(i))
                return false;
            words++;
        }

        return words > 0;
    }
}
