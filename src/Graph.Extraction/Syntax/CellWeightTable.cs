using System.Runtime.InteropServices;

namespace Graph.Extraction.Syntax;

/// <summary>
/// A weight table for many classes (tags, relations), whose rows hold few non-zero weights: an open-addressing
/// table of (key, first cell, cell count) slots and the rows' (weight, class) cells side by side, so a known
/// feature costs two memory reads and an unknown one a single read.
/// </summary>
internal sealed class CellWeightTable : WeightTable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;
        public int Cells; // first cell << 8 | count
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Cell
    {
        public short Weight;
        public ushort Class;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Cell[] _cells;

    /// <param name="keys">Distinct non-zero keys; row k's cells are [starts[k], starts[k + 1]).</param>
    public CellWeightTable(ReadOnlySpan<uint> keys, ReadOnlySpan<int> starts, ReadOnlySpan<byte> classesOf, ReadOnlySpan<short> weights)
    {
        if (weights.Length >= 1 << 23)
            throw new ArgumentException($"{weights.Length} weights: at most 8 million.", nameof(weights));
        _cells = new Cell[weights.Length];
        for (var k = 0; k < weights.Length; k++)
            _cells[k] = new Cell { Weight = weights[k], Class = classesOf[k] };
        _slots = new Slot[Capacity(keys.Length)];
        _mask = _slots.Length - 1;
        for (var r = 0; r < keys.Length; r++)
        {
            var slot = (int)keys[r] & _mask;
            while (_slots[slot].Key != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = keys[r], Cells = starts[r] << 8 | (starts[r + 1] - starts[r]) };
        }
    }

    public override long MemoryBytes => _slots.Length * 8L + _cells.Length * 4L;

    public override void Score(ReadOnlySpan<ulong> features, Span<float> scores, float scale)
    {
        var slots = _slots;
        var cells = _cells;
        var mask = _mask;
        // The lookups of one call are independent: first touch every slot they start at, then every row they
        // find, so the processor fetches each round from memory all at once (the table is larger than its caches).
        uint touched = 0;
        foreach (var f in features)
            touched |= slots[(int)f & mask].Key;
        Span<int> found = stackalloc int[features.Length];
        var count = 0;
        foreach (var f in features)
        {
            var key = (uint)f;
            if (key == 0)
                continue;
            var slot = (int)key & mask;
            while (true)
            {
                var k = slots[slot].Key;
                if (k == key)
                {
                    var packed = slots[slot].Cells;
                    found[count++] = packed;
                    touched |= cells[packed >> 8].Class;
                    break;
                }

                if (k == 0)
                    break;
                slot = (slot + 1) & mask;
            }
        }

        for (var r = 0; r < count; r++)
        {
            var first = found[r] >> 8;
            var end = first + (found[r] & 0xFF);
            for (var k = first; k < end; k++)
                scores[cells[k].Class] += cells[k].Weight * scale;
        }

        // Never true (count cannot pass the number of features); reading touched keeps the touching loads from
        // being optimised away.
        if (count > features.Length && touched == 0)
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
        var first = _slots[slot].Cells >> 8;
        for (var k = first; k < first + (_slots[slot].Cells & 0xFF); k++)
            weights[_cells[k].Class] = _cells[k].Weight;
    }
}
