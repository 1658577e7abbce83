using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Ner;

/// <summary>
/// The features of each token of one sentence, as stable hashes (<see cref="FeatureHash"/>). Static features
/// depend on the words alone: the word, its lower case, shape, prefixes and suffixes, the words and shapes
/// two to either side, the gazetteer kind covering it and its neighbours, a title before it, the first token,
/// flags (all caps, hyphen, digit…). Dynamic features add the labels already given to the two tokens before.
/// A slot without a feature holds <see cref="FeatureHash.None"/>.
/// </summary>
internal sealed class SentenceFeatures
{
    public const int StaticCount = 35;
    public const int DynamicCount = 5;

    /// <summary>The label "before" the first token.</summary>
    public static readonly int StartLabel = NerLabels.Count;

    private static readonly ulong StartWord = FeatureHash.Of("<s>");
    private static readonly ulong EndWord = FeatureHash.Of("</s>");
    private static readonly Context Start = new(StartWord);
    private static readonly Context End = new(EndWord);
    private static readonly ulong Bias = FeatureHash.Feature(0, 1);
    private static readonly ulong OpensSentence = FeatureHash.Feature(28, 1);

    // The labels (and the start label) mixed once, for the dynamic features.
    private static readonly ulong[] LabelFirst = [.. Enumerable.Range(0, NerLabels.Count + 1).Select(l => FeatureHash.First((ulong)l))];
    private static readonly ulong[] LabelSecond = [.. Enumerable.Range(0, NerLabels.Count + 1).Select(l => FeatureHash.Second((ulong)l))];

    // How far back a title may stand before a name: "President Idris Bakongo" (2), "Gen. Ali Ahmed Saleh" (3).
    private const int TitleReach = 3;

    // A tagging thread's features, refilled for each sentence rather than allocated anew.
    [ThreadStatic]
    private static SentenceFeatures? _forThread;

    private Word[] _words = [];
    private int[] _gazetteer = [];
    private int[] _titleBefore = [];

    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="matches">Gazetteer matches over them, or null to tag without the gazetteer.</param>
    public SentenceFeatures(IReadOnlyList<Token> tokens, IReadOnlyList<GazetteerMatch>? matches) => Read(tokens, matches);

    private SentenceFeatures()
    {
    }

    public int Count { get; private set; }

    /// <summary>The features of a sentence in this thread's one reused instance: valid until the thread's next call.</summary>
    public static SentenceFeatures ForThread(IReadOnlyList<Token> tokens, IReadOnlyList<GazetteerMatch>? matches)
    {
        var features = _forThread ??= new SentenceFeatures();
        features.Read(tokens, matches);
        return features;
    }

    private void Read(IReadOnlyList<Token> tokens, IReadOnlyList<GazetteerMatch>? matches)
    {
        Count = tokens.Count;
        if (_words.Length < Count)
        {
            _words = new Word[Count];
            _gazetteer = new int[Count];
            _titleBefore = new int[Count];
        }
        else
        {
            Array.Clear(_gazetteer, 0, Count);
            Array.Clear(_titleBefore, 0, Count);
        }

        for (var i = 0; i < Count; i++)
            _words[i] = new Word(new WordForm(tokens[i].Text));

        if (matches is null)
            return;
        foreach (var m in matches)
        {
            for (var t = m.FirstToken; t < m.EndToken && t < Count; t++)
                _gazetteer[t] = 1 + 2 * (int)m.Entry.Kind + (t == m.FirstToken ? 0 : 1);
        }

        for (var i = 1; i < Count; i++)
        {
            for (var j = i - 1; j >= 0 && i - j <= TitleReach; j--)
            {
                if (IsTitle(j))
                {
                    _titleBefore[i] = i - j;
                    break;
                }

                if ((_words[j].Flags & WordForm.Capitalized) == 0)
                    break;
            }
        }
    }

    public void Static(int i, Span<ulong> into)
    {
        ref readonly var w = ref _words[i];
        ref readonly var lowerBefore = ref Lower(i - 1);
        ref readonly var lowerAfter = ref Lower(i + 1);
        ref readonly var shapeBefore = ref Shape(i - 1);
        ref readonly var shapeAfter = ref Shape(i + 1);
        into[0] = Bias;
        into[1] = FeatureHash.FromMixed(1, w.Text);
        into[2] = FeatureHash.FromMixed(2, w.Lower.First);
        into[3] = FeatureHash.FromMixed(3, w.Shape.First);
        into[4] = Optional(4, w.Prefix1);
        into[5] = Optional(5, w.Prefix2);
        into[6] = Optional(6, w.Prefix3);
        into[7] = Optional(7, w.Suffix1);
        into[8] = Optional(8, w.Suffix2);
        into[9] = Optional(9, w.Suffix3);
        into[10] = FeatureHash.FromMixed(10, lowerBefore.First);
        into[11] = FeatureHash.FromMixed(11, Lower(i - 2).First);
        into[12] = FeatureHash.FromMixed(12, lowerAfter.First);
        into[13] = FeatureHash.FromMixed(13, Lower(i + 2).First);
        into[14] = FeatureHash.FromMixed(14, shapeBefore.First);
        into[15] = FeatureHash.FromMixed(15, Shape(i - 2).First);
        into[16] = FeatureHash.FromMixed(16, shapeAfter.First);
        into[17] = FeatureHash.FromMixed(17, Shape(i + 2).First);
        into[18] = FeatureHash.FromMixed(18, shapeBefore.First, w.Shape.Second);
        into[19] = FeatureHash.FromMixed(19, w.Shape.First, shapeAfter.Second);
        into[20] = FeatureHash.FromMixed(20, lowerBefore.First, w.Shape.Second);
        into[21] = FeatureHash.FromMixed(21, w.Shape.First, lowerAfter.Second);
        into[22] = FeatureHash.FromMixed(22, lowerBefore.First, w.Lower.Second);
        into[23] = FeatureHash.FromMixed(23, w.Lower.First, lowerAfter.Second);
        into[24] = Optional(24, FeatureHash.First((ulong)_gazetteer[i]));
        into[25] = FeatureHash.Feature(25, (ulong)Gazetteer(i - 1));
        into[26] = FeatureHash.Feature(26, (ulong)Gazetteer(i + 1));
        into[27] = Optional(27, FeatureHash.First((ulong)_titleBefore[i]));
        into[28] = i == 0 ? OpensSentence : FeatureHash.None;
        into[29] = i == 0 ? FeatureHash.FromMixed(29, w.Lower.First) : FeatureHash.None;
        into[30] = FeatureHash.Feature(30, (ulong)w.Flags);
        into[31] = FeatureHash.Feature(31, (ulong)w.LengthBucket, (ulong)(w.Flags & WordForm.Capitalized));
        into[32] = FeatureHash.FromMixed(32, Lower(i - 2).First, lowerBefore.Second);
        into[33] = FeatureHash.FromMixed(33, lowerAfter.First, Lower(i + 2).Second);
        var shapes = FeatureHash.FromMixed(34, shapeBefore.First, w.Shape.Second);
        into[34] = FeatureHash.FromMixed(34, FeatureHash.First(shapes), shapeAfter.Second);
    }

    public void Dynamic(int i, int previous, int beforePrevious, Span<ulong> into)
    {
        ref readonly var w = ref _words[i];
        var p = LabelFirst[previous];
        into[0] = FeatureHash.FromMixed(40, p);
        into[1] = FeatureHash.FromMixed(41, LabelFirst[beforePrevious], LabelSecond[previous]);
        into[2] = FeatureHash.FromMixed(42, p, w.Lower.Second);
        into[3] = FeatureHash.FromMixed(43, p, w.Shape.Second);
        into[4] = FeatureHash.FromMixed(44, p, FeatureHash.Second((ulong)_gazetteer[i]));
    }

    private bool IsTitle(int j) => _gazetteer[j] is var g && g > 0 && (GazetteerKind)((g - 1) / 2) == GazetteerKind.Title;

    private int Gazetteer(int i) => i < 0 ? -1 : i >= Count ? -2 : _gazetteer[i];

    private ref readonly Context Lower(int i) => ref i < 0 ? ref Start : ref i >= Count ? ref End : ref _words[i].Lower;

    private ref readonly Context Shape(int i) => ref i < 0 ? ref Start : ref i >= Count ? ref End : ref _words[i].Shape;

    // Mixing is a bijection that keeps 0, so a mixed value is 0 exactly where the value is.
    private static ulong Optional(int template, ulong mixed) =>
        mixed == 0 ? FeatureHash.None : FeatureHash.FromMixed(template, mixed);

    /// <summary>A lower case or shape that the features of several tokens use, mixed once as a first and as a second value.</summary>
    private readonly struct Context(ulong value)
    {
        public readonly ulong First = FeatureHash.First(value);
        public readonly ulong Second = FeatureHash.Second(value);
    }

    /// <summary>A token's <see cref="WordForm"/>, its hashes mixed once (<see cref="FeatureHash.First"/>).</summary>
    private readonly struct Word(WordForm form)
    {
        public readonly ulong Text = FeatureHash.First(form.Word);
        public readonly Context Lower = new(form.Lower);
        public readonly Context Shape = new(form.Shape);
        public readonly ulong Prefix1 = FeatureHash.First(form.Prefix1);
        public readonly ulong Prefix2 = FeatureHash.First(form.Prefix2);
        public readonly ulong Prefix3 = FeatureHash.First(form.Prefix3);
        public readonly ulong Suffix1 = FeatureHash.First(form.Suffix1);
        public readonly ulong Suffix2 = FeatureHash.First(form.Suffix2);
        public readonly ulong Suffix3 = FeatureHash.First(form.Suffix3);
        public readonly int Flags = form.Flags;
        public readonly int LengthBucket = form.LengthBucket;
    }
}
