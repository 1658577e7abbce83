using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax;

/// <summary>
/// The tagger's features for one word (after Ratnaparkhi 1996 and Collins 2002): the word and its lower case,
/// shape, prefixes and suffixes, the words and suffixes two to either side, and the two tags already chosen
/// to its left, alone and with the word; the word's Brown cluster at four granularities and its neighbours'
/// clusters (<see cref="WordClusters"/>), which carry what running news text says of words the treebank has seldom
/// or never seen; the silver tags of the word and the next.
/// </summary>
internal static class TagFeatures
{
    public const int Count = 35;

    /// <summary>The first features depend on the word alone, not on its neighbours or tags (<see cref="TagScoreCache"/> keeps their scores).</summary>
    public const int WordOnly = 10;

    private static readonly ulong Start = FeatureHash.Of("<s>");
    private static readonly ulong End = FeatureHash.Of("</s>");

    /// <param name="clusters">Each word's cluster code (<see cref="WordClusters.Of"/>).</param>
    /// <param name="silver">Each word's silver tag hash (<see cref="WordClusters.Both"/>).</param>
    /// <param name="tags">The tags chosen so far (positions before <paramref name="i"/>).</param>
    public static void Compute(ReadOnlySpan<WordForm> words, ReadOnlySpan<ulong> clusters, ReadOnlySpan<ulong> silver, ReadOnlySpan<int> tags, int i, Span<ulong> into)
    {
        ref readonly var w = ref words[i];
        var p1 = i > 0 ? (ulong)tags[i - 1] + 1 : 0;
        var p2 = i > 1 ? (ulong)tags[i - 2] + 1 : 0;
        into[0] = SyntaxHash.Of(1, 1);
        into[1] = SyntaxHash.Of(2, w.Lower);
        into[2] = SyntaxHash.Of(3, w.Word);
        into[3] = Of(4, w.Suffix1);
        into[4] = Of(5, w.Suffix2);
        into[5] = Of(6, w.Suffix3);
        into[6] = Of(7, w.Prefix1);
        into[7] = Of(8, w.Prefix2);
        into[8] = Of(9, w.Prefix3);
        into[9] = SyntaxHash.Of(10, w.Shape);
        into[10] = SyntaxHash.Of(11, Lower(words, i - 1));
        into[11] = SyntaxHash.Of(12, Lower(words, i + 1));
        into[12] = SyntaxHash.Of(13, Lower(words, i - 2));
        into[13] = SyntaxHash.Of(14, Lower(words, i + 2));
        into[14] = SyntaxHash.Of(15, Suffix3(words, i - 1));
        into[15] = SyntaxHash.Of(16, Suffix3(words, i + 1));
        into[16] = SyntaxHash.Of(17, p1);
        into[17] = SyntaxHash.Of(18, p1, p2);
        into[18] = SyntaxHash.Of(19, p1, w.Lower);
        into[19] = SyntaxHash.Of(20, w.Lower, Lower(words, i + 1));
        into[20] = SyntaxHash.Of(21, (ulong)w.Flags + (i == 0 ? 64UL : 0), w.Shape);
        into[21] = SyntaxHash.Of(22, Lower(words, i - 1), w.Lower);
        into[22] = SyntaxHash.Of(23, p1, Lower(words, i + 1));
        into[23] = SyntaxHash.Of(24, w.Suffix3 == FeatureHash.None ? w.Lower : w.Suffix3, Lower(words, i + 1));
        into[24] = SyntaxHash.Of(25, Shape(words, i + 1), Shape(words, i - 1));
        var c = clusters[i];
        into[25] = SyntaxHash.Of(26, WordClusters.Prefix(c, 4));
        into[26] = SyntaxHash.Of(27, WordClusters.Prefix(c, 6));
        into[27] = SyntaxHash.Of(28, WordClusters.Prefix(c, 10));
        into[28] = SyntaxHash.Of(29, c);
        into[29] = SyntaxHash.Of(30, Cluster(clusters, i - 1));
        into[30] = SyntaxHash.Of(31, Cluster(clusters, i + 1));
        into[31] = SyntaxHash.Of(32, p1, WordClusters.Prefix(c, 6));
        // The silver tags of the word and the next: a guess at the right context the greedy tagger has not tagged yet.
        into[32] = SyntaxHash.Of(33, silver[i]);
        into[33] = SyntaxHash.Of(34, Cluster(silver, i + 1));
        into[34] = SyntaxHash.Of(35, silver[i], Cluster(silver, i + 1));
    }

    private static ulong Of(int template, ulong value) => value == FeatureHash.None ? FeatureHash.None : SyntaxHash.Of(template, value);

    private static ulong Lower(ReadOnlySpan<WordForm> words, int i) => i < 0 ? Start : i >= words.Length ? End : words[i].Lower;

    private static ulong Cluster(ReadOnlySpan<ulong> values, int i) => i < 0 ? Start : i >= values.Length ? End : values[i];

    private static ulong Shape(ReadOnlySpan<WordForm> words, int i) => i < 0 ? Start : i >= words.Length ? End : words[i].Shape;

    private static ulong Suffix3(ReadOnlySpan<WordForm> words, int i) =>
        i < 0 ? Start : i >= words.Length ? End : words[i].Suffix3 == FeatureHash.None ? words[i].Lower : words[i].Suffix3;
}
