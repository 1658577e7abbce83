namespace Graph.Extraction.Syntax;

/// <summary>
/// The transition weights of the features a configuration shares with others, summed once per sentence: the bias,
/// each buffer front's features (<see cref="ParserFeatures.BufferFront"/>) and each stack top's
/// (<see cref="ParserFeatures.StackTop"/>, summed when the word first sits on top in a scored step, and fixed as
/// long as it stays on the stack). More than half of a step's features are these, so a step looks up only the
/// others. The weights are integers, which add up the same in any grouping, so the scores are the same floats.
/// Reused across sentences; one per thread.
/// </summary>
internal sealed class TransitionSums
{
    private const int Classes = InlineWeightTable.MaxClasses;

    private readonly ulong[] _features = new ulong[ParserFeatures.TransitionCount];
    private readonly int[] _bias = new int[Classes];
    private int[] _buffer = [];
    private int[] _stack = [];
    private bool[] _stacked = [];
    private InlineWeightTable? _table;

    /// <summary>Sums the bias and every buffer front of a configuration just loaded, and forgets the last sentence's stack tops.</summary>
    public void Start(InlineWeightTable table, ParseState st)
    {
        _table = table;
        var size = st.Length + 1;
        if (_stacked.Length < size)
        {
            var capacity = Math.Max(size, _stacked.Length * 2);
            _buffer = new int[capacity * Classes];
            _stack = new int[capacity * Classes];
            _stacked = new bool[capacity];
        }

        Array.Clear(_stacked, 0, size);
        Array.Clear(_stack, 0, size * Classes);
        Array.Clear(_buffer, 0, size * Classes);
        var f = _features.AsSpan();
        f.Clear();
        ParserFeatures.Bias(f);
        Array.Clear(_bias);
        table.Prefetch(f);
        table.Sum(f, _bias);
        f.Clear();
        // Hashed twice: once to ask for every front's buckets at once, once to add them up.
        for (var b0 = 1; b0 <= st.Length; b0++)
        {
            ParserFeatures.BufferFront(st, b0, f);
            table.Prefetch(f);
        }

        for (var b0 = 1; b0 <= st.Length; b0++)
        {
            ParserFeatures.BufferFront(st, b0, f);
            table.Sum(f, _buffer.AsSpan(b0 * Classes, Classes));
        }
    }

    /// <summary>Sets <paramref name="sums"/> to the bias's and buffer front <paramref name="b0"/>'s weights (what a beam's configurations share).</summary>
    public void Front(int b0, Span<int> sums)
    {
        var front = _buffer.AsSpan(b0 * Classes, Classes);
        for (var c = 0; c < Classes; c++)
            sums[c] = _bias[c] + front[c];
    }

    /// <summary>
    /// Sets <paramref name="sums"/> to the shared features' weights of a configuration with a word on top and one
    /// in the buffer (prefetch the changing features first: their reads then overlap a new stack top's).
    /// </summary>
    public void Shared(ParseState st, Span<int> sums)
    {
        int s0 = st.S0, b0 = st.Next;
        var top = _stack.AsSpan(s0 * Classes, Classes);
        if (!_stacked[s0])
        {
            var f = _features.AsSpan();
            f.Clear();
            ParserFeatures.StackTop(st, f);
            _table!.Prefetch(f);
            _table.Sum(f, top);
            _stacked[s0] = true;
        }

        var front = _buffer.AsSpan(b0 * Classes, Classes);
        for (var c = 0; c < Classes; c++)
            sums[c] = _bias[c] + top[c] + front[c];
    }
}
