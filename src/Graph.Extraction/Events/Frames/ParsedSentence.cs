using Graph.Core.Model;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// One sentence's dependency parse read together with what the event rules see of it: which syntactic word
/// stands for a project token, which word heads a mention, which mention covers a word.
/// </summary>
internal sealed class ParsedSentence
{
    private readonly int[] _wordOfToken;
    private readonly string[] _lower;

    public ParsedSentence(SentenceView view, SentenceParse parse)
    {
        View = view;
        Parse = parse;
        _wordOfToken = new int[view.Count];
        Array.Fill(_wordOfToken, -1);
        _lower = new string[parse.Words.Count];
        foreach (var w in parse.Words)
        {
            _lower[w.Index] = w.Form.Replace('\u2019', '\'').ToLowerInvariant();
            if (w.Token < 0 || w.Token >= view.Count)
                continue;
            // A token split into words ("do" + "n't") is represented by the word whose head lies outside it.
            var at = _wordOfToken[w.Token];
            if (at < 0 || InsideToken(parse.Words[at]) && !InsideToken(w))
                _wordOfToken[w.Token] = w.Index;
        }
    }

    public SentenceView View { get; }

    public SentenceParse Parse { get; }

    /// <summary>The article speaks of a telephone call somewhere ("The telephone call took place …"): a "spoke to X" in it was that call.</summary>
    public bool CallInArticle { get; init; }

    /// <summary>The persons the article names in offices, for "the leaders of X" (<see cref="OfficeHolders"/>).</summary>
    public OfficeHolders Offices { get; init; } = OfficeHolders.None;

    /// <summary>
    /// The two sides of the article's last meeting or call so far, this sentence's included: whom "the two leaders"
    /// and "the two sides" stand for. Null before any.
    /// </summary>
    public IReadOnlyList<ResolvedMention>? Pair { get; set; }

    /// <summary>
    /// The visitor of a visit told in this sentence or the two before, after the article's last meeting or call, and the
    /// country visited: whom "the two countries" stand for (not "the two leaders"). Null where there is none.
    /// </summary>
    public IReadOnlyList<ResolvedMention>? PairVisited { get; init; }

    /// <summary>Whether the sentence before this one met <see cref="Pair"/>: whom a plural "they" opening this one stands for.</summary>
    public bool PairJustMet { get; init; }

    /// <summary>The place of the last event the sentence before this one told: where a "there" of this one is. Null when none.</summary>
    public string? PlaceBefore { get; init; }

    /// <summary>
    /// The place the article's dateline names ("ADDIS ABABA —"), this sentence's included: where "here" is, and "the
    /// capital" when it is one. Null when there is none.
    /// </summary>
    public string? DatelinePlace { get; set; }

    /// <summary>The place a dateline in this sentence names, or null.</summary>
    public string? PlaceOfItsDateline()
    {
        var words = Dateline.Length(Parse.Words);
        for (var i = 0; i < words; i++)
        {
            if (MentionAt(Parse.Words[i]) is { Type: EntityType.Location } place)
                return place.EntityId;
        }

        return null;
    }

    /// <summary>
    /// The state whose army the article last named with its owner ("Sudan's army", "the Sudanese military"), this
    /// sentence's included: whom a bare "the army" stands for. Null before any.
    /// </summary>
    public ResolvedMention? ArmyOwner { get; set; }

    /// <summary>A sentence parsed whole; a cut or unparsed one is left to the surface rules.</summary>
    public bool IsParsed => Parse.Outcome == ParseOutcome.Parsed && Parse.Words.Count > 0;

    public IReadOnlyList<SyntaxWord> Words => Parse.Words;

    public SyntaxWord? WordOf(int token) => token >= 0 && token < _wordOfToken.Length && _wordOfToken[token] >= 0 ? Parse.Words[_wordOfToken[token]] : null;

    public SyntaxWord? Head(SyntaxWord word) => word.Head >= 0 ? Parse.Words[word.Head] : null;

    public IEnumerable<SyntaxWord> Children(SyntaxWord word) => Parse.ChildrenOf(word);

    /// <summary>Dependents with the relation or one of its subtypes ("nsubj" also gives "nsubj:pass").</summary>
    public IEnumerable<SyntaxWord> Children(SyntaxWord word, string relation) => Parse.ChildrenOf(word, relation);

    public bool Has(SyntaxWord word, string relation) => Parse.HasChild(word, relation);

    /// <summary>The word lower-cased, curly apostrophes straightened.</summary>
    public string Lower(SyntaxWord word) => _lower[word.Index];

    public static bool Is(SyntaxWord word, string relation) =>
        word.Relation == relation || word.Relation.Length > relation.Length && word.Relation[relation.Length] == ':' && word.Relation.StartsWith(relation, StringComparison.Ordinal);

    /// <summary>The preposition or case marker of a nominal ("with" in "with Peru"), or "".</summary>
    public string CaseOf(SyntaxWord word)
    {
        // Indexed: a foreach over the children would allocate an enumerator, and this is asked of most words.
        var children = word.Dependents;
        for (var k = 0; k < children.Count; k++)
        {
            if (children[k].Relation == "case")
                return Lower(children[k]);
        }

        return "";
    }

    /// <summary>The subordinating word of a clause ("if", "to", "that"), or "".</summary>
    public string MarkOf(SyntaxWord word)
    {
        // Indexed: a foreach over the children would allocate an enumerator, and this is asked of most words.
        var children = word.Dependents;
        for (var k = 0; k < children.Count; k++)
        {
            if (children[k].Relation == "mark")
                return Lower(children[k]);
        }

        return "";
    }

    public bool IsQuoted(SyntaxWord word) => View.IsQuoted(word.Token);

    /// <summary>
    /// Read the mentions inside quotations too: set while a quoted report is read (""Israel bombed a hospital," Hamas
    /// said"), whose sides are named inside the quotation.
    /// </summary>
    public bool ReadingQuote { get; private set; }

    /// <summary>Reads the quotation's own mentions too, when <paramref name="quoted"/>, until the scope is disposed.</summary>
    public QuoteScope ReadQuotes(bool quoted = true)
    {
        ReadingQuote = quoted;
        return new QuoteScope(this);
    }

    /// <summary>The span of <see cref="ReadQuotes"/>; a struct, so the hot path allocates nothing for it.</summary>
    public readonly struct QuoteScope(ParsedSentence sentence) : IDisposable
    {
        public void Dispose() => sentence.ReadingQuote = false;
    }

    /// <summary>The mention that covers the word (outside quotes, unless a quoted report is being read), or null.</summary>
    public ResolvedMention? MentionAt(SyntaxWord word) => View.MentionAt(word.Token) ?? (ReadingQuote ? View.QuotedMentionAt(word.Token) : null);

    /// <summary>The word heading a mention: the one whose head lies outside the mention's tokens.</summary>
    public SyntaxWord? HeadOf(ResolvedMention mention)
    {
        SyntaxWord? last = null;
        for (var t = mention.FirstToken; t < mention.EndToken; t++)
        {
            if (WordOf(t) is not { } w)
                continue;
            last = w;
            if (Head(w) is not { } h || h.Token < mention.FirstToken || h.Token >= mention.EndToken)
                return w;
        }

        return last;
    }

    private bool InsideToken(SyntaxWord word) => word.Head >= 0 && Parse.Words[word.Head].Token == word.Token;
}
