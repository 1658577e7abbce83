using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Features of a parser configuration, after Zhang and Nivre (2011) adapted to arc-hybrid: words and tags of the
/// top three stack words and the first three buffer words, the leftmost and rightmost children of s0, s1 and b0
/// with their relations, the distance between s0 and b0, valencies, and pairs and triples of these. Also the
/// features of one arc for the relation classifier: head and dependent, their children's relations so far,
/// direction and distance. Brown clusters (<see cref="WordClusters"/>) of s0, s1, b0 and b1 stand in for words
/// (Koo et al. 2008): with their tags, with each other, and 6-bit prefixes in pairs.
/// </summary>
internal static class ParserFeatures
{
    public const int TransitionCount = 88;
    public const int LabelCount = 27;

    private const ulong NoWord = 0x51ED270B27A3C1E1UL;
    private const ulong RootWord = 0x2545F4914F6CDD1DUL;

    /// <summary>All the features of a configuration, each at its template's place (template t at t − 1), as the trainer reads them.</summary>
    public static void Transition(ParseState st, Span<ulong> f)
    {
        Bias(f);
        StackTop(st, f);
        BufferFront(st, st.Next <= st.Length ? st.Next : -1, f);
        Changing(st, f);
    }

    /// <summary>The bias (template 1), the same in every configuration.</summary>
    public static void Bias(Span<ulong> f) => Put(f, 1, 1);

    /// <summary>
    /// The features fixed while s0 stays on the stack: words, tags and clusters of s0, s1 and s2, s0's left children
    /// (a word gets left children only while it is the buffer's front, before it is shifted) and the children of s1
    /// and s2 (a word below the top gets a child only by a right arc from the top, which pops it).
    /// </summary>
    public static void StackTop(ParseState st, Span<ulong> f)
    {
        int s0 = st.S0, s1 = st.S1, s2 = st.S2;
        var s0l = Child(st.Left1, s0);
        var s0l2 = Child(st.Left2, s0);
        var s1l = Child(st.Left1, s1);
        var s1r = Child(st.Right1, s1);
        ulong s0w = W(st, s0), s0p = P(st, s0), s1w = W(st, s1), s1p = P(st, s1), s2p = P(st, s2);
        ulong s0wp = Pair(s0w, s0p), s1wp = Pair(s1w, s1p);
        var distance1 = s1 >= 0 && s0 >= 0 ? Bucket(s0 - s1) : 0UL;
        ulong s0c = C(st, s0), s1c = C(st, s1);
        Put(f, 2, s0w);
        Put(f, 3, s0p);
        Put(f, 4, s0wp);
        Put(f, 5, s1w);
        Put(f, 6, s1p);
        Put(f, 7, s1wp);
        Put(f, 15, s2p);
        Put(f, 24, s1wp, s0wp);
        Put(f, 25, s1w, s0w);
        Put(f, 26, s1p, s0p);
        Put(f, 27, s1p, s0wp);
        Put(f, 28, s1wp, s0p);
        Put(f, 32, s2p, Pair(s1p, s0p));
        Put(f, 36, s1p, Pair(s0p, P(st, s0l)));
        Put(f, 38, s1p, Pair(P(st, s1r), s0p));
        Put(f, 41, Pair(s1p, s0p), distance1);
        Put(f, 42, s0wp, Valency(st.LeftCount, s0));
        Put(f, 45, s1wp, Valency(st.RightCount, s1));
        Put(f, 46, W(st, s0l), P(st, s0l));
        Put(f, 51, s0p, Pair(L(st, s0l), L(st, s0l2)));
        Put(f, 53, s1p, Pair(L(st, s1l), L(st, s1r)));
        Put(f, 54, s0wp, L(st, s0l));
        Put(f, 56, s1wp, L(st, s1r));
        Put(f, 59, s0w, Set(st.LeftLabels, s0));
        Put(f, 60, s0p, Set(st.LeftLabels, s0));
        Put(f, 65, s1p, Set(st.RightLabels, s1));
        Put(f, 66, W(st, s0l2), P(st, s0l2));
        Put(f, 69, s0p, Pair(P(st, s0l), P(st, s0l2)));
        Put(f, 75, W(st, s2), s2p);
        Put(f, 77, Pair(s1w, s0w), distance1);
        Put(f, 79, s0c, s0p);
        Put(f, 80, s1c, s1p);
        Put(f, 84, s1c, s0c);
        Put(f, 88, WordClusters.Prefix(s1c, 6), WordClusters.Prefix(s0c, 6));
    }

    /// <summary>The features of the buffer's first three words alone (b0 and the two after it), fixed for a given <paramref name="b0"/> (-1: none).</summary>
    public static void BufferFront(ParseState st, int b0, Span<ulong> f)
    {
        int b1 = b0 >= 0 && b0 + 1 <= st.Length ? b0 + 1 : -1, b2 = b0 >= 0 && b0 + 2 <= st.Length ? b0 + 2 : -1;
        ulong b0w = W(st, b0), b0p = P(st, b0), b1w = W(st, b1), b1p = P(st, b1), b2p = P(st, b2);
        ulong b0wp = Pair(b0w, b0p), b1wp = Pair(b1w, b1p);
        ulong b0c = C(st, b0), b1c = C(st, b1);
        Put(f, 8, b0w);
        Put(f, 9, b0p);
        Put(f, 10, b0wp);
        Put(f, 11, b1w);
        Put(f, 12, b1p);
        Put(f, 13, b1wp);
        Put(f, 14, b2p);
        Put(f, 23, b0p, b1p);
        Put(f, 29, b0p, Pair(b1p, b2p));
        Put(f, 76, W(st, b2), b2p);
        Put(f, 81, b0c, b0p);
        Put(f, 82, b1c, b1p);
    }

    /// <summary>The features that change from one configuration to the next: s0 with b0, s0's right children, b0's left children, distances.</summary>
    public static void Changing(ParseState st, Span<ulong> f)
    {
        int s0 = st.S0, s1 = st.S1, b0 = st.B(0), b1 = st.B(1);
        var s0l = Child(st.Left1, s0);
        var s0r = Child(st.Right1, s0);
        var s0r2 = Child(st.Right2, s0);
        var b0l = Child(st.Left1, b0);
        var b0l2 = Child(st.Left2, b0);
        ulong s0w = W(st, s0), s0p = P(st, s0), s1p = P(st, s1);
        ulong b0w = W(st, b0), b0p = P(st, b0), b1p = P(st, b1);
        ulong s0wp = Pair(s0w, s0p), b0wp = Pair(b0w, b0p);
        var distance = s0 >= 0 && b0 >= 0 ? Bucket(b0 - s0) : 0UL;
        ulong s0c = C(st, s0), b0c = C(st, b0);
        Put(f, 16, s0wp, b0wp);
        Put(f, 17, s0wp, b0w);
        Put(f, 18, s0w, b0wp);
        Put(f, 19, s0wp, b0p);
        Put(f, 20, s0p, b0wp);
        Put(f, 21, s0w, b0w);
        Put(f, 22, s0p, b0p);
        Put(f, 30, s0p, Pair(b0p, b1p));
        Put(f, 31, s1p, Pair(s0p, b0p));
        Put(f, 33, s0p, Pair(P(st, s0l), b0p));
        Put(f, 34, s0p, Pair(P(st, s0r), b0p));
        Put(f, 35, s0p, Pair(b0p, P(st, b0l)));
        Put(f, 37, s1p, Pair(s0p, P(st, s0r)));
        Put(f, 39, s0wp, distance);
        Put(f, 40, Pair(s0p, b0p), distance);
        Put(f, 43, s0wp, Valency(st.RightCount, s0));
        Put(f, 44, b0wp, Valency(st.LeftCount, b0));
        Put(f, 47, W(st, s0r), P(st, s0r));
        Put(f, 48, W(st, b0l), P(st, b0l));
        Put(f, 49, s0p, Pair(L(st, s0l), L(st, s0r)));
        Put(f, 50, b0p, Pair(L(st, b0l), L(st, b0l2)));
        Put(f, 52, s0p, Pair(L(st, s0r), L(st, s0r2)));
        Put(f, 55, b0wp, L(st, b0l));
        Put(f, 57, s0p, Pair(b0p, Pair(L(st, s0l), L(st, b0l))));
        Put(f, 58, Pair(s1p, s0p), Pair(b0p, b1p));
        Put(f, 61, s0w, Set(st.RightLabels, s0));
        Put(f, 62, s0p, Set(st.RightLabels, s0));
        Put(f, 63, b0w, Set(st.LeftLabels, b0));
        Put(f, 64, b0p, Set(st.LeftLabels, b0));
        Put(f, 67, W(st, s0r2), P(st, s0r2));
        Put(f, 68, W(st, b0l2), P(st, b0l2));
        Put(f, 70, s0p, Pair(P(st, s0r), P(st, s0r2)));
        Put(f, 71, b0p, Pair(P(st, b0l), P(st, b0l2)));
        Put(f, 72, s0w, distance);
        Put(f, 73, b0w, distance);
        Put(f, 74, Pair(s0w, b0w), distance);
        Put(f, 78, s1p, Pair(s0p, Pair(b0p, distance)));
        Put(f, 83, s0c, b0c);
        Put(f, 85, s0c, b0p);
        Put(f, 86, s0p, b0c);
        Put(f, 87, WordClusters.Prefix(s0c, 6), WordClusters.Prefix(b0c, 6));
    }

    /// <summary>Features of the arc head → dependent, for choosing its relation.</summary>
    public static void Label(ParseState st, int head, int dependent, Span<ulong> f)
    {
        ulong hw = W(st, head), hp = P(st, head), dw = W(st, dependent), dp = P(st, dependent);
        var direction = head == 0 ? 3UL : dependent < head ? 1UL : 2UL;
        ulong dir = direction;
        ulong hpd = Pair(hp, dir), dpd = Pair(dp, dir);
        var dl = Child(st.Left1, dependent);
        var dr = Child(st.Right1, dependent);
        var hl = Child(st.Left1, head);
        var hr = Child(st.Right1, head);
        var i = 0;
        f[i++] = SyntaxHash.Of(101, dpd);
        f[i++] = SyntaxHash.Of(102, Pair(dw, dpd));
        f[i++] = SyntaxHash.Of(103, hpd);
        f[i++] = SyntaxHash.Of(104, Pair(hw, hpd));
        f[i++] = SyntaxHash.Of(105, hpd, dp);
        f[i++] = SyntaxHash.Of(106, Pair(hw, hpd), dp);
        f[i++] = SyntaxHash.Of(107, hpd, Pair(dw, dp));
        f[i++] = SyntaxHash.Of(108, Pair(hw, dir), dw);
        f[i++] = SyntaxHash.Of(109, dpd, Pair(L(st, dl), L(st, dr)));
        f[i++] = SyntaxHash.Of(110, dpd, Pair(W(st, dl), L(st, dl)));
        f[i++] = SyntaxHash.Of(111, dpd, Pair(W(st, dr), L(st, dr)));
        f[i++] = SyntaxHash.Of(112, Pair(hpd, dp), Pair(L(st, hl), L(st, hr)));
        f[i++] = SyntaxHash.Of(113, hpd, Pair(L(st, hl), L(st, Child(st.Left2, head))));
        f[i++] = SyntaxHash.Of(114, hpd, Pair(W(st, hl), L(st, hl)));
        f[i++] = SyntaxHash.Of(115, Pair(hp, dp), Bucket(Math.Abs(head - dependent)));
        f[i++] = SyntaxHash.Of(116, dpd, P(st, dependent - 1 >= 1 ? dependent - 1 : -1));
        f[i++] = SyntaxHash.Of(117, dpd, P(st, dependent + 1 <= st.Length ? dependent + 1 : -1));
        f[i++] = SyntaxHash.Of(118, hpd, P(st, head + 1 <= st.Length && head > 0 ? head + 1 : -1));
        f[i++] = SyntaxHash.Of(119, Pair(hp, dpd), Pair(Valency(st.LeftCount, dependent), Valency(st.RightCount, dependent)));
        f[i++] = SyntaxHash.Of(120, Pair(dw, dp), W(st, dl));
        f[i++] = SyntaxHash.Of(121, Pair(hp, dpd), W(st, dl));
        f[i++] = SyntaxHash.Of(122, Pair(hw, dpd), L(st, hl));
        f[i++] = SyntaxHash.Of(123, Pair(hp, dpd), Pair(W(st, hl), W(st, hr)));
        f[i++] = SyntaxHash.Of(124, Pair(dp, dir), Pair(P(st, dl), P(st, dr)));
        ulong hc = C(st, head), dc = C(st, dependent);
        f[i++] = SyntaxHash.Of(125, Pair(hc, dir), dc);
        f[i++] = SyntaxHash.Of(126, hpd, dc);
        f[i++] = SyntaxHash.Of(127, hc, dpd);
    }

    private static void Put(Span<ulong> f, int template, ulong value) => f[template - 1] = SyntaxHash.Of(template, value);

    private static void Put(Span<ulong> f, int template, ulong first, ulong second) => f[template - 1] = SyntaxHash.Of(template, first, second);

    private static int Child(int[] children, int word) => word >= 0 ? children[word] : -1;

    private static ulong W(ParseState st, int word) => word < 0 ? NoWord : word == 0 ? RootWord : st.Words[word];

    private static ulong C(ParseState st, int word) => word < 0 ? NoWord : word == 0 ? RootWord : st.Clusters[word];

    private static ulong P(ParseState st, int word) => word < 0 ? 0 : st.Tags[word];

    private static ulong L(ParseState st, int word) => word < 0 ? 0 : (ulong)(st.Labels[word] + 2);

    private static ulong Set(ulong[] labels, int word) => word < 0 ? 0 : labels[word] + 1;

    private static ulong Valency(int[] counts, int word) => word < 0 ? 0 : (ulong)Math.Min(counts[word], 4) + 1;

    private static ulong Bucket(int distance) => distance switch { <= 4 => (ulong)distance, <= 7 => 5, <= 12 => 6, _ => 7 };

    private static ulong Pair(ulong a, ulong b) => (a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL + (a << 6) + (a >> 2));
}
