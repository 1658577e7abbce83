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

    // How far back a title may stand before a name: "President Idris Bakongo" (2), "Gen. Ali Ahmed Saleh" (3).
    private const int TitleReach = 3;

    private readonly WordForm[] _forms;
    private readonly int[] _gazetteer;
    private readonly int[] _titleBefore;

    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="matches">Gazetteer matches over them, or null to tag without the gazetteer.</param>
    public SentenceFeatures(IReadOnlyList<Token> tokens, IReadOnlyList<GazetteerMatch>? matches)
    {
        Count = tokens.Count;
        _forms = new WordForm[Count];
        for (var i = 0; i < Count; i++)
            _forms[i] = new WordForm(tokens[i].Text);

        _gazetteer = new int[Count];
        _titleBefore = new int[Count];
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

                if (!_forms[j].IsCapitalized)
                    break;
            }
        }
    }

    public int Count { get; }

    public void Static(int i, Span<ulong> into)
    {
        ref readonly var w = ref _forms[i];
        var lowerBefore = Lower(i - 1);
        var lowerAfter = Lower(i + 1);
        var shapeBefore = Shape(i - 1);
        var shapeAfter = Shape(i + 1);
        into[0] = FeatureHash.Feature(0, 1);
        into[1] = FeatureHash.Feature(1, w.Word);
        into[2] = FeatureHash.Feature(2, w.Lower);
        into[3] = FeatureHash.Feature(3, w.Shape);
        into[4] = Optional(4, w.Prefix1);
        into[5] = Optional(5, w.Prefix2);
        into[6] = Optional(6, w.Prefix3);
        into[7] = Optional(7, w.Suffix1);
        into[8] = Optional(8, w.Suffix2);
        into[9] = Optional(9, w.Suffix3);
        into[10] = FeatureHash.Feature(10, lowerBefore);
        into[11] = FeatureHash.Feature(11, Lower(i - 2));
        into[12] = FeatureHash.Feature(12, lowerAfter);
        into[13] = FeatureHash.Feature(13, Lower(i + 2));
        into[14] = FeatureHash.Feature(14, shapeBefore);
        into[15] = FeatureHash.Feature(15, Shape(i - 2));
        into[16] = FeatureHash.Feature(16, shapeAfter);
        into[17] = FeatureHash.Feature(17, Shape(i + 2));
        into[18] = FeatureHash.Feature(18, shapeBefore, w.Shape);
        into[19] = FeatureHash.Feature(19, w.Shape, shapeAfter);
        into[20] = FeatureHash.Feature(20, lowerBefore, w.Shape);
        into[21] = FeatureHash.Feature(21, w.Shape, lowerAfter);
        into[22] = FeatureHash.Feature(22, lowerBefore, w.Lower);
        into[23] = FeatureHash.Feature(23, w.Lower, lowerAfter);
        into[24] = Optional(24, (ulong)_gazetteer[i]);
        into[25] = FeatureHash.Feature(25, (ulong)Gazetteer(i - 1));
        into[26] = FeatureHash.Feature(26, (ulong)Gazetteer(i + 1));
        into[27] = Optional(27, (ulong)_titleBefore[i]);
        into[28] = i == 0 ? FeatureHash.Feature(28, 1) : FeatureHash.None;
        into[29] = i == 0 ? FeatureHash.Feature(29, w.Lower) : FeatureHash.None;
        into[30] = FeatureHash.Feature(30, (ulong)w.Flags);
        into[31] = FeatureHash.Feature(31, (ulong)w.LengthBucket, (ulong)(w.Flags & WordForm.Capitalized));
        into[32] = FeatureHash.Feature(32, Lower(i - 2), lowerBefore);
        into[33] = FeatureHash.Feature(33, lowerAfter, Lower(i + 2));
        into[34] = FeatureHash.Feature(34, FeatureHash.Feature(34, shapeBefore, w.Shape), shapeAfter);
    }

    public void Dynamic(int i, int previous, int beforePrevious, Span<ulong> into)
    {
        ref readonly var w = ref _forms[i];
        var p = (ulong)previous;
        into[0] = FeatureHash.Feature(40, p);
        into[1] = FeatureHash.Feature(41, (ulong)beforePrevious, p);
        into[2] = FeatureHash.Feature(42, p, w.Lower);
        into[3] = FeatureHash.Feature(43, p, w.Shape);
        into[4] = FeatureHash.Feature(44, p, (ulong)_gazetteer[i]);
    }

    private bool IsTitle(int j) => _gazetteer[j] is var g && g > 0 && (GazetteerKind)((g - 1) / 2) == GazetteerKind.Title;

    private int Gazetteer(int i) => i < 0 ? -1 : i >= Count ? -2 : _gazetteer[i];

    private ulong Lower(int i) => i < 0 ? StartWord : i >= Count ? EndWord : _forms[i].Lower;

    private ulong Shape(int i) => i < 0 ? StartWord : i >= Count ? EndWord : _forms[i].Shape;

    private static ulong Optional(int template, ulong value) =>
        value == 0 ? FeatureHash.None : FeatureHash.Feature(template, value);
}
