using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Events;

/// <summary>
/// One sentence as the event rules read it: lower-cased words (curly apostrophes made straight), which tokens
/// are quoted, and which resolved mention covers each token. Mentions inside quotes are kept apart: quoted
/// words are what someone said, not who acted, except where a quoted report is read as such.
/// </summary>
internal sealed class SentenceView
{
    private readonly string[] _words;
    private readonly bool[] _quoted;
    private readonly ResolvedMention?[] _mentionAt;
    private ResolvedMention?[]? _quotedMentionAt;

    public SentenceView(string source, Sentence sentence, IEnumerable<ResolvedMention> mentions, IReadOnlyList<QuoteSpan> quotes)
    {
        Source = source;
        Sentence = sentence;
        Tokens = sentence.Tokens;
        _words = new string[Tokens.Count];
        _quoted = new bool[Tokens.Count];
        _mentionAt = new ResolvedMention?[Tokens.Count];
        // Plain loops: a lambda here would allocate a closure per token, the largest allocation of the event stage.
        var overlapping = new List<QuoteSpan>();
        foreach (var q in quotes)
        {
            if (q.Start < sentence.End && q.End > sentence.Start)
                overlapping.Add(q);
        }

        Quotes = overlapping;
        for (var i = 0; i < Tokens.Count; i++)
        {
            _words[i] = Tokens[i].Text.Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant();
            _quoted[i] = InQuote(overlapping, Tokens[i].Start);
        }

        var kept = new List<ResolvedMention>();
        foreach (var m in mentions)
        {
            if (m.FirstToken < 0 || m.EndToken > Tokens.Count || m.FirstToken >= m.EndToken || m.IsSpokenOf(Tokens))
                continue;
            if (_quoted[m.FirstToken])
            {
                _quotedMentionAt ??= new ResolvedMention?[Tokens.Count];
                for (var i = m.FirstToken; i < m.EndToken; i++)
                    _quotedMentionAt[i] = m;
                continue;
            }

            kept.Add(m);
            for (var i = m.FirstToken; i < m.EndToken; i++)
                _mentionAt[i] = m;
        }

        Mentions = kept;
    }

    private static bool InQuote(List<QuoteSpan> quotes, int offset)
    {
        foreach (var q in quotes)
        {
            if (q.Contains(offset))
                return true;
        }

        return false;
    }

    /// <summary>The whole article text the offsets point into.</summary>
    public string Source { get; }

    public Sentence Sentence { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int Count => Tokens.Count;

    /// <summary>Mentions outside quotes, in order.</summary>
    public IReadOnlyList<ResolvedMention> Mentions { get; }

    /// <summary>Quoted passages that overlap this sentence.</summary>
    public IReadOnlyList<QuoteSpan> Quotes { get; }

    /// <summary>The lower-cased word at <paramref name="i"/>, or "" outside the sentence.</summary>
    public string Word(int i) => i >= 0 && i < _words.Length ? _words[i] : "";

    /// <summary>The token text as written, or "" outside the sentence.</summary>
    public string Text(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Text : "";

    public bool IsQuoted(int i) => i >= 0 && i < _quoted.Length && _quoted[i];

    public ResolvedMention? MentionAt(int i) => i >= 0 && i < _mentionAt.Length ? _mentionAt[i] : null;

    /// <summary>The mention inside a quotation that covers token <paramref name="i"/>, for reading a quoted report's own sides.</summary>
    public ResolvedMention? QuotedMentionAt(int i) => _quotedMentionAt is not null && i >= 0 && i < _quotedMentionAt.Length ? _quotedMentionAt[i] : null;

    public bool IsCapitalized(int i) => i >= 0 && i < Tokens.Count && Tokens[i].IsCapitalized;

    /// <summary>A quotation mark token (straight, curly, guillemet, backtick or doubled apostrophe).</summary>
    public bool IsQuoteMark(int i)
    {
        var w = Word(i);
        if (w is "\"" or "\u201c" or "\u201d" or "\u00ab" or "\u00bb" or "``" or "''")
            return true;
        // A lone apostrophe is a plural possessive ("officials'"); doubled, or a backtick pair, it is a LaTeX-style quote.
        return w is "'" or "`" && (Word(i + 1) == w && Tokens[i + 1].Start == Tokens[i].End || Word(i - 1) == w && Tokens[i - 1].End == Tokens[i].Start);
    }

    /// <summary>Punctuation that closes a phrase: a subject or object is not read across it.</summary>
    public bool IsBreak(int i) =>
        Word(i) is "," or ";" or ":" or "(" or ")" or "[" or "]" or "\u2014" or "\u2013" or "--" or "." or "?" or "!" or "..." or "\u2026"
        || IsQuoteMark(i);

    /// <summary>The possessive clitic "'s" (or a bare apostrophe after a plural) at <paramref name="i"/>.</summary>
    public bool IsPossessiveMark(int i) => Word(i) == "'s" || Word(i) == "'" && !IsQuoteMark(i);

    /// <summary>The first index at or after <paramref name="from"/> (before <paramref name="to"/>) holding one of the words, or -1.</summary>
    public int IndexOf(string word, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, Count); i++)
        {
            if (!IsQuoted(i) && Word(i) == word)
                return i;
        }

        return -1;
    }

    /// <summary>Lower-case words that are adverbs by form ("-ly") or by list.</summary>
    public bool IsAdverb(int i)
    {
        var w = Word(i);
        if (Words.Adverbs.Contains(w))
            return true;
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !IsCapitalized(i) && !Words.NotAdverbs.Contains(w);
    }
}
