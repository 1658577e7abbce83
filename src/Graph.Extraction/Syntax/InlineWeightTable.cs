using System.Runtime.InteropServices;

namespace Graph.Extraction.Syntax;

/// <summary>
/// A weight table for at most three classes (the parser's transitions): each slot holds the key and the whole
/// row, ten bytes, so a feature costs one memory read whether the model knows it or not.
/// </summary>
internal sealed class InlineWeightTable : WeightTable
{
    public const int MaxClasses = 3;

    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private struct Slot
    {
        public uint Key;
        public short W0;
        public short W1;
        public short W2;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <param name="keys">Distinct non-zero keys; row k's cells are [starts[k], starts[k + 1]).</param>
    public InlineWeightTable(ReadOnlySpan<uint> keys, ReadOnlySpan<int> starts, ReadOnlySpan<byte> classesOf, ReadOnlySpan<short> weights)
    {
        _slots = new Slot[Capacity(keys.Length)];
        _mask = _slots.Length - 1;
        Span<short> row = stackalloc short[MaxClasses];
        for (var r = 0; r < keys.Length; r++)
        {
            row.Clear();
            for (var k = starts[r]; k < starts[r + 1]; k++)
                row[classesOf[k]] = weights[k];
            var slot = (int)keys[r] & _mask;
            while (_slots[slot].Key != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = keys[r], W0 = row[0], W1 = row[1], W2 = row[2] };
        }
    }

    public override long MemoryBytes => _slots.Length * (long)Marshal.SizeOf<Slot>();

    public override void Score(ReadOnlySpan<ulong> features, Span<float> scores, float scale)
    {
        var slots = _slots;
        var mask = _mask;
        // First touch every slot the features start at, with no branch on what is found, so the processor fetches
        // them from memory all at once instead of one after the other.
        uint touched = 0;
        foreach (var f in features)
            touched |= slots[(int)f & mask].Key;
        int w0 = 0, w1 = 0, w2 = 0;
        foreach (var f in features)
        {
            var key = (uint)f;
            if (key == 0)
                continue;
            var slot = (int)key & mask;
            while (true)
            {
                ref readonly var s = ref slots[slot];
                if (s.Key == key)
                {
                    w0 += s.W0;
                    w1 += s.W1;
                    w2 += s.W2;
                    break;
                }

                if (s.Key == 0)
                    break;
                slot = (slot + 1) & mask;
            }
        }

        scores[0] += w0 * scale;
        if (scores.Length > 1)
            scores[1] += w1 * scale;
        if (scores.Length > 2)
            scores[2] += w2 * scale;
        // Never true for a real key set (a touched slot is empty or holds a key); reading touched keeps the
        // touching loads from being optimised away.
        if (touched == 0 && w0 == int.MinValue)
            throw new InvalidOperationException("Unreachable.");
    }

    public override void Row(uint key, Span<short> weights)
    {
        var slot = (int)key & _mask;
        while (_slots[slot].Key != key)
        {
            if (_slots[slot].Key == 0)
                throw new ArgumentException($"Key {key:x8} is not in the table.", nameof(key));
            slot = (slot + 1) & _mask;
        }

        weights.Clear();
        ReadOnlySpan<short> row = [_slots[slot].W0, _slots[slot].W1, _slots[slot].W2];
        row[..weights.Length].CopyTo(weights);
    }
}
