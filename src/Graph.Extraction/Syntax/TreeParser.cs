using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Tags and parses one sentence of words with a <see cref="SyntaxModel"/>: greedy left-to-right tagging, then
/// greedy arc-hybrid parsing, choosing each transition and then the relation of the arc it makes (or beam search,
/// <see cref="BeamDecoder"/>, for a model trained over a beam). Thread-safe:
/// the scratch buffers are per thread.
/// </summary>
internal sealed class TreeParser(SyntaxModel model)
{
    /// <summary>The tag value the parser's features give the root.</summary>
    internal const ulong RootTag = 0xFFFF;

    [ThreadStatic]
    private static Scratch? _scratch;

    public SyntaxModel Model => model;

    /// <summary>The word "her", which is an object (PRP) or a possessive (PRP$).</summary>
    private static readonly ulong Her = new WordForm("her").Lower;

    /// <summary>The tag classes of the object "her" and of the possessive (-1 in a model without them).</summary>
    private readonly int _objectPronoun = IndexOfTag(model, "PRON", "PRP"), _possessivePronoun = IndexOfTag(model, "PRON", "PRP$");

    /// <param name="tags">Receives the tag class of each word.</param>
    /// <param name="names">Where given, the words the article's mentions show to be (part of) a name: a name is no common noun (nor, for a particle, a preposition, article or possessive mark: the "S" of "S Jaishankar"; nor a pronoun: "WHO"), so one tagged so takes the best proper-noun tag.</param>
    public void Tag(ReadOnlySpan<WordForm> words, Span<int> tags, ReadOnlySpan<bool> names = default)
    {
        var scratch = _scratch ??= new Scratch();
        Tag(scratch, words, scratch.Clusters(model.Clusters, words), tags, names);
    }

    /// <summary>Tags the words, then parses them on those tags (the words' clusters read once for both).</summary>
    /// <param name="heads">Receives each word's head: 0 for the root, else 1 + the head word's index.</param>
    /// <param name="labels">Receives each word's relation (an index into <see cref="SyntaxModel.Relations"/>).</param>
    public void TagAndParse(ReadOnlySpan<WordForm> words, Span<int> tags, Span<int> heads, Span<int> labels, ReadOnlySpan<bool> names = default)
    {
        var scratch = _scratch ??= new Scratch();
        var clusters = scratch.Clusters(model.Clusters, words);
        Tag(scratch, words, clusters, tags, names);
        Parse(scratch, words, clusters, tags, heads, labels);
    }

    private void Tag(Scratch scratch, ReadOnlySpan<WordForm> words, ReadOnlySpan<ulong> clusters, Span<int> tags, ReadOnlySpan<bool> names)
    {
        Span<ulong> features = stackalloc ulong[TagFeatures.Count];
        var scores = scratch.Scores(model.Tags.Classes);
        var cache = scratch.TagCache(model.Tags);
        var silver = scratch.Silver;
        for (var i = 0; i < words.Length; i++)
        {
            TagFeatures.Compute(words, clusters, silver, tags, i, features);
            cache.Score(features, scores);
            tags[i] = ArgMax(scores);
            // "de" and "la" of "Juan de la Fuente", read as a preposition and an article, are part of the name too, and
            // "WHO" (the World Health Organization) is no pronoun.
            if (i < names.Length && names[i] && model.Upos[tags[i]] is "NOUN" or "X" or "ADP" or "DET" or "PART" or "PRON")
                tags[i] = BestProperNoun(scores);
        }

        PossessiveHer(words, tags);
        ShotDown(words, tags);
        VerbAfterARelative(words, tags);
        VisitingBeforeAName(words, tags, names);
        ParticipleOfATitle(words, tags, names);
    }

    /// <summary>The word "'s" of a possessive and a comma.</summary>
    private static readonly ulong Possessive = new WordForm("'s").Lower, Comma = new WordForm(",").Lower;

    /// <summary>
    /// "IMF managing director Kristina Varga", "the IMF's managing director, X", tagged with "managing" a verb whose
    /// object is the title: a participle after a name or a possessive, before a noun that a name or a comma follows,
    /// describes that noun ("Chile ending aid to Peru" is followed by neither).
    /// </summary>
    private void ParticipleOfATitle(ReadOnlySpan<WordForm> words, Span<int> tags, ReadOnlySpan<bool> names)
    {
        if (_adjective < 0 || names.Length == 0)
            return;
        for (var i = 1; i + 2 < words.Length; i++)
        {
            if (model.Xpos[tags[i]] != "VBG" || !(names[i - 1] || words[i - 1].Lower == Possessive) || model.Xpos[tags[i + 1]] != "NN")
                continue;
            if (names[i + 2] && words[i + 2].IsCapitalized || words[i + 2].Lower == Comma)
                tags[i] = _adjective;
        }
    }

    /// <summary>The words "shot" and "down".</summary>
    private static readonly ulong Shot = new WordForm("shot").Lower, Down = new WordForm("down").Lower;

    /// <summary>The tag class of a verb's past (-1 in a model without it).</summary>
    private readonly int _past = IndexOfTag(model, "VERB", "VBD");

    /// <summary>
    /// "A French warship shot down two drones", tagged with "shot" a noun compounded to the ship: "shot" right after a
    /// noun and right before "down" and what is downed (an article, a number, a possessive, an adjective or a noun) is the verb.
    /// </summary>
    private void ShotDown(ReadOnlySpan<WordForm> words, Span<int> tags)
    {
        if (_past < 0)
            return;
        for (var i = 1; i + 2 < words.Length; i++)
        {
            if (words[i].Lower != Shot || words[i + 1].Lower != Down || model.Upos[tags[i]] != "NOUN" || model.Upos[tags[i - 1]] is not ("NOUN" or "PROPN"))
                continue;
            if (model.Upos[tags[i + 2]] is "DET" or "NUM" or "NOUN" or "PROPN" or "ADJ" || model.Xpos[tags[i + 2]] == "PRP$")
                tags[i] = _past;
        }
    }

    /// <summary>The tag class of a verb's present third person (-1 in a model without it).</summary>
    private readonly int _present = IndexOfTag(model, "VERB", "VBZ");

    /// <summary>
    /// "Lithuania, which also borders Belarus, said …", tagged with "borders" a plural noun compounded to the name: a
    /// plural in -s right after a relative "which", "who" or "that" that is its subject (an adverb between), before
    /// an article, a number, a possessive, an adjective or a name, is the relative clause's verb.
    /// </summary>
    private void VerbAfterARelative(ReadOnlySpan<WordForm> words, Span<int> tags)
    {
        if (_present < 0)
            return;
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (model.Xpos[tags[i]] != "NNS" || !EndsInS(words[i]))
                continue;
            var relative = model.Xpos[tags[i - 1]] == "RB" && i >= 2 ? i - 2 : i - 1;
            if (model.Xpos[tags[relative]] is not ("WDT" or "WP"))
                continue;
            // Not before a noun ("which officials suspect"): a plural noun is as likely there.
            if (model.Upos[tags[i + 1]] is "DET" or "NUM" or "PROPN" or "ADJ" || model.Xpos[tags[i + 1]] == "PRP$")
                tags[i] = _present;
        }
    }

    /// <summary>The last letter "s", read as a word's one-letter suffix.</summary>
    private static readonly ulong SuffixS = new WordForm("borders").Suffix1;

    /// <summary>A word in lower case ending in "s" (a plural's or a present's).</summary>
    private static bool EndsInS(WordForm word) => word.Length > 2 && word.Suffix1 == SuffixS && !word.IsCapitalized;

    /// <summary>The words "visiting" and "with".</summary>
    private static readonly ulong Visiting = new WordForm("visiting").Lower, With = new WordForm("with").Lower;

    /// <summary>The tag class of an adjective (-1 in a model without it).</summary>
    private readonly int _adjective = IndexOfTag(model, "ADJ", "JJ");

    /// <summary>
    /// "received visiting Australian Trade Minister X", "met with visiting President X", tagged with "visiting" a verb
    /// whose object is the guest: after a verb's past or "with", before capitalised words that reach a name the
    /// article's mentions found, it describes the guest, as in "the visiting minister" ("began visiting Kenyan refugees"
    /// reaches no name; after "the" the parser reads it well as it is).
    /// </summary>
    private void VisitingBeforeAName(ReadOnlySpan<WordForm> words, Span<int> tags, ReadOnlySpan<bool> names)
    {
        if (_adjective < 0 || names.Length == 0)
            return;
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (words[i].Lower != Visiting || model.Upos[tags[i]] != "VERB" || !(model.Xpos[tags[i - 1]] is "VBD" or "VBN" || words[i - 1].Lower == With))
                continue;
            for (var k = i + 1; k < words.Length && k <= i + 5 && words[k].IsCapitalized; k++)
            {
                if (names[k])
                {
                    tags[i] = _adjective;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "met her Peruvian counterpart", tagged with "her" the object: the tagger reads left to right and chooses before
    /// it sees the noun. "her" before a noun, or before an adjective and a noun, is the possessive (in UD EWT 124 of
    /// the 128 such words; the rest: "throw her peanuts", "reminded her several times"); so is "her" before a number
    /// hyphenated to a noun ("her three-day visit").
    /// </summary>
    private void PossessiveHer(ReadOnlySpan<WordForm> words, Span<int> tags)
    {
        if (_objectPronoun < 0 || _possessivePronoun < 0)
            return;
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (tags[i] != _objectPronoun || words[i].Lower != Her)
                continue;
            var next = model.Upos[tags[i + 1]];
            // "concluded her three-day visit": a number joined by a hyphen to the noun after it modifies that noun.
            if (next == "NOUN" || next == "ADJ" && i + 2 < words.Length && model.Upos[tags[i + 2]] is "NOUN" or "ADJ"
                || next == "NUM" && i + 2 < words.Length && model.Xpos[tags[i + 2]] == "HYPH")
                tags[i] = _possessivePronoun;
        }
    }

    private static int IndexOfTag(SyntaxModel model, string upos, string xpos)
    {
        for (var k = 0; k < model.Upos.Count; k++)
        {
            if (model.Upos[k] == upos && model.Xpos[k] == xpos)
                return k;
        }

        return -1;
    }

    private int BestProperNoun(ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var k = 0; k < scores.Length; k++)
        {
            if (model.Upos[k] == "PROPN" && (best < 0 || scores[k] > scores[best]))
                best = k;
        }

        return best < 0 ? ArgMax(scores) : best;
    }

    private void Parse(Scratch scratch, ReadOnlySpan<WordForm> words, ReadOnlySpan<ulong> clusters, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        if (model.BeamWidth > 1)
        {
            scratch.Beam.Parse(model, words, clusters, tags, heads, labels);
            return;
        }

        var st = scratch.State;
        Load(st, words, tags, clusters);
        var transitions = model.Transitions.Inline;
        var scale = model.Transitions.Scale;
        var shared = scratch.Sums;
        shared.Start(transitions, st);
        // Only the changing features' places are written; the others stay 0, which is no feature.
        Span<ulong> features = stackalloc ulong[ParserFeatures.TransitionCount];
        Span<ulong> labelFeatures = stackalloc ulong[ParserFeatures.LabelCount];
        Span<int> sums = stackalloc int[Transition.Count];
        Span<float> transitionScores = stackalloc float[Transition.Count];
        var labelScores = scratch.Scores(model.Labels.Classes);
        while (!st.IsTerminal)
        {
            var best = st.OnlyValid;
            if (best < 0)
            {
                ParserFeatures.Changing(st, features);
                transitions.Prefetch(features);
                shared.Shared(st, sums);
                transitions.Sum(features, sums);
                for (var t = 0; t < Transition.Count; t++)
                    transitionScores[t] = sums[t] * scale;
                best = BestValid(st, transitionScores);
            }

            var label = -1;
            if (best != Transition.Shift)
            {
                var (head, dependent) = st.Arc(best);
                // An arc from the root is always "root": nothing to score.
                if (head == 0)
                {
                    label = model.Root;
                }
                else
                {
                    ParserFeatures.Label(st, head, dependent, labelFeatures);
                    labelScores.Clear();
                    model.Labels.Score(labelFeatures, labelScores);
                    label = BestLabel(labelScores, head, model.Root);
                }
            }

            st.Apply(best, label);
        }

        for (var i = 0; i < words.Length; i++)
        {
            heads[i] = st.Heads[i + 1];
            labels[i] = st.Labels[i + 1];
        }
    }

    /// <summary>Fills a configuration's words, tags and clusters (root first).</summary>
    internal static void Load(ParseState st, ReadOnlySpan<WordForm> words, ReadOnlySpan<int> tags, ReadOnlySpan<ulong> clusters)
    {
        st.Reset(words.Length);
        st.Words[0] = 0;
        st.Tags[0] = RootTag;
        st.Clusters[0] = 0;
        for (var i = 0; i < words.Length; i++)
        {
            st.Words[i + 1] = words[i].Lower;
            st.Tags[i + 1] = (ulong)tags[i] + 1;
            st.Clusters[i + 1] = clusters[i];
        }
    }

    /// <summary>Each word's cluster code and silver tag.</summary>
    internal static (ulong[] Codes, ulong[] Silver) ClustersOf(WordClusters clusters, ReadOnlySpan<WordForm> words)
    {
        var codes = new ulong[words.Length];
        var silver = new ulong[words.Length];
        for (var i = 0; i < words.Length; i++)
            (codes[i], silver[i]) = clusters.Both(words[i]);
        return (codes, silver);
    }

    internal static int BestValid(ParseState st, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var t = 0; t < Transition.Count; t++)
        {
            if (st.IsValid(t) && (best < 0 || scores[t] > scores[best]))
                best = t;
        }

        return best;
    }

    /// <summary>The best relation; "root" only (and always) for an arc from the root.</summary>
    internal static int BestLabel(ReadOnlySpan<float> scores, int head, int root)
    {
        if (head == 0)
            return root;
        var best = root == 0 ? 1 : 0;
        for (var l = 0; l < scores.Length; l++)
        {
            if (l != root && scores[l] > scores[best])
                best = l;
        }

        return best;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
                best = k;
        }

        return best;
    }

    private sealed class Scratch
    {
        private float[] _scores = new float[256];
        private TagScoreCache? _tagCache;

        public ParseState State { get; } = new();

        public TransitionSums Sums { get; } = new();

        public BeamDecoder Beam { get; } = new();

        private ulong[] _clusters = new ulong[256];
        private ulong[] _silver = new ulong[256];
        private int _length;

        public Span<float> Scores(int classes) => _scores.AsSpan(0, classes);

        /// <summary>The thread's cache of word scores for these tag weights (a new one when the model changed).</summary>
        public TagScoreCache TagCache(SparseWeights weights) =>
            _tagCache is { } cache && cache.Weights == weights ? cache : _tagCache = new TagScoreCache(weights);

        /// <summary>The silver tags of the words of the last <see cref="Clusters"/> call.</summary>
        public ReadOnlySpan<ulong> Silver => _silver.AsSpan(0, _length);

        /// <summary>The words' cluster codes (and their silver tags), in buffers reused by the next call.</summary>
        public ReadOnlySpan<ulong> Clusters(WordClusters clusters, ReadOnlySpan<WordForm> words)
        {
            if (_clusters.Length < words.Length)
            {
                _clusters = new ulong[Math.Max(words.Length, _clusters.Length * 2)];
                _silver = new ulong[_clusters.Length];
            }

            for (var i = 0; i < words.Length; i++)
                (_clusters[i], _silver[i]) = clusters.Both(words[i]);
            _length = words.Length;
            return _clusters.AsSpan(0, words.Length);
        }
    }
}
