using System.Diagnostics;
using Graph.Extraction.Ner;
using Graph.Extraction.Text;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Tags and parses the sentences of an article (<see cref="TreebankWords"/> → tagger → parser), within the
/// limits of <see cref="SyntaxOptions"/>. Stateless and thread-safe.
/// </summary>
public sealed class SyntaxAnalyzer
{
    [ThreadStatic]
    private static Piece? _piece;

    private readonly TreeParser _parser;
    private readonly SyntaxOptions _options;

    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public SyntaxAnalyzer(SyntaxModel model, SyntaxOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0)
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        _parser = new TreeParser(model);
        _options = options;
    }

    public SyntaxModel Model => _parser.Model;

    /// <summary>One parse per sentence, in order; sentences left when the article's budget is spent are not parsed.</summary>
    /// <param name="isName">
    /// Where given, whether a token (sentence index, token index) is part of a name the article's mentions found: such a
    /// word is tagged a proper noun, whatever the tagger would guess from the word alone ("Chile" is a pepper in its
    /// treebank).
    /// </param>
    /// <param name="isPersonName">
    /// Where given, whether a token is a person's surname: a hyphenated one stays one word ("Dumoulin-Vasseur"), which
    /// split reads as two names and a dash.
    /// </param>
    public IReadOnlyList<SentenceParse> Parse(IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken, Func<int, int, bool>? isName = null,
        Func<int, int, bool>? isPersonName = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var started = Stopwatch.GetTimestamp();
        var parses = new SentenceParse[sentences.Count];
        for (var k = 0; k < sentences.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            parses[k] = Parse(sentences[k], () => Stopwatch.GetElapsedTime(started) > _options.ArticleBudget, isName, isPersonName);
        }

        return parses;
    }

    /// <summary>Tags and parses one sentence (cut into pieces when it is longer than the options allow).</summary>
    public SentenceParse Parse(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Parse(sentence, static () => false, null, null);
    }

    /// <summary>Tags and parses words given as forms (gold tokenisation, e.g. a CoNLL-U file's), whole, with no limits.</summary>
    /// <returns>Tag class, head (0 for the root, else 1-based) and relation of each word.</returns>
    public (string[] Upos, string[] Xpos, int[] Heads, string[] Relations) Parse(IReadOnlyList<string> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var words = new WordForm[forms.Count];
        for (var i = 0; i < words.Length; i++)
            words[i] = new WordForm(forms[i]);
        var tags = new int[words.Length];
        var heads = new int[words.Length];
        var labels = new int[words.Length];
        _parser.TagAndParse(words, tags, heads, labels);
        var model = _parser.Model;
        return ([.. tags.Select(t => model.Upos[t])], [.. tags.Select(t => model.Xpos[t])], heads, [.. labels.Select(l => model.Relations[l])]);
    }

    /// <summary>Whether the word stands apart from a word before or after it.</summary>
    private static bool IsSpaced(List<SyntaxWord> words, int k) =>
        k == 0 || k == words.Count - 1 || words[k - 1].End < words[k].Start || words[k].End < words[k + 1].Start;

    private SentenceParse Parse(Sentence sentence, Func<bool> overBudget, Func<int, int, bool>? isName, Func<int, int, bool>? isPersonName)
    {
        var words = TreebankWords.Of(sentence, isPersonName is null ? null : token => isPersonName(sentence.Index, token));
        var max = _options.MaxSentenceWords;
        var outcome = words.Count > max ? ParseOutcome.Cut : ParseOutcome.Parsed;
        var model = _parser.Model;
        // A dateline is a piece of its own, the sentence after it another.
        var dateline = Dateline.Length(words);
        int PieceEnd(int from) => Math.Min(from == 0 && dateline > 0 ? dateline : from + max, words.Count);
        for (var from = 0; from < words.Count; from = PieceEnd(from))
        {
            if (overBudget())
            {
                // The words parsed so far keep their trees; the sentence as a whole counts as unparsed.
                outcome = ParseOutcome.OverBudget;
                break;
            }

            var length = PieceEnd(from) - from;
            var piece = _piece ??= new Piece();
            piece.Reserve(length);
            var forms = piece.Forms.AsSpan(0, length);
            var names = isName is null ? [] : piece.Names.AsSpan(0, length);
            for (var i = 0; i < length; i++)
            {
                var word = words[from + i];
                // A dash with a space before or after sets off an aside as commas do ("X — a former senator — accused …"),
                // which the treebank, with few such dashes, reads as commas only ("the New Zealand–China agreement" joins).
                forms[i] = new WordForm(word.Form is "\u2014" or "\u2013" && IsSpaced(words, from + i) ? "," : word.Form);
                if (isName is not null)
                    names[i] = word.Form.Length > 0 && (char.IsUpper(word.Form[0]) || Mentions.SentenceShape.IsParticle(word.Form)) && isName(sentence.Index, word.Token);
            }

            var tags = piece.Tags.AsSpan(0, length);
            var heads = piece.Heads.AsSpan(0, length);
            var labels = piece.Labels.AsSpan(0, length);
            _parser.TagAndParse(forms, tags, heads, labels, names);
            for (var i = 0; i < length; i++)
            {
                var word = words[from + i];
                word.Upos = model.Upos[tags[i]];
                word.Xpos = model.Xpos[tags[i]];
                word.Relation = model.Relations[labels[i]];
                if (heads[i] > 0)
                {
                    word.Head = from + heads[i] - 1;
                    words[word.Head].AddChild(word);
                }
            }
        }

        return new SentenceParse(sentence, words, outcome);
    }

    /// <summary>One piece's words, name marks, tags, heads and relations: buffers of the thread, reused by the next piece.</summary>
    private sealed class Piece
    {
        public WordForm[] Forms { get; private set; } = new WordForm[64];

        public bool[] Names { get; private set; } = new bool[64];

        public int[] Tags { get; private set; } = new int[64];

        public int[] Heads { get; private set; } = new int[64];

        public int[] Labels { get; private set; } = new int[64];

        public void Reserve(int length)
        {
            if (Forms.Length >= length)
                return;
            var capacity = Math.Max(length, Forms.Length * 2);
            Forms = new WordForm[capacity];
            Names = new bool[capacity];
            Tags = new int[capacity];
            Heads = new int[capacity];
            Labels = new int[capacity];
        }
    }
}
