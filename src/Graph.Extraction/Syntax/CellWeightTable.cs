using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Graph.Extraction.Syntax;

/// <summary>
/// A weight table for many classes (tags, relations): an open-addressing table of (key, row) slots. A row with
/// few non-zero weights is a run of (weight, class) cells; a wide one (the bias, a frequent word: most of the
/// weights a call adds come from such rows) is a dense run of one weight per class, added to the scores a vector
/// at a time. Adding the zero weights a dense row holds changes no score, and every class still receives its
/// weights in feature order, so both kinds give the same floats. A known feature costs two memory reads and an
/// unknown one a single read.
/// </summary>
internal sealed class CellWeightTable : WeightTable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;
        public int Row; // first cell << 8 | count, or ~(first dense weight) for a dense row
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
    private readonly short[] _dense;
    private readonly int _classes;

    /// <param name="keys">Distinct non-zero keys; row k's cells are [starts[k], starts[k + 1]).</param>
    public CellWeightTable(int classes, ReadOnlySpan<uint> keys, ReadOnlySpan<int> starts, ReadOnlySpan<byte> classesOf, ReadOnlySpan<short> weights)
    {
        if (weights.Length >= 1 << 23)
            throw new ArgumentException($"{weights.Length} weights: at most 8 million.", nameof(weights));
        _classes = classes;
        var denseRows = 0;
        var cellCount = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            if (IsDense(starts[r + 1] - starts[r]))
                denseRows++;
            else
                cellCount += starts[r + 1] - starts[r];
        }

        _cells = HugePages.Allocate<Cell>(cellCount);
        _dense = HugePages.Allocate<short>(denseRows * classes);
        _slots = HugePages.Allocate<Slot>(Capacity(keys.Length));
        _mask = _slots.Length - 1;
        int cell = 0, dense = 0;
        for (var r = 0; r < keys.Length; r++)
        {
            int row;
            if (IsDense(starts[r + 1] - starts[r]))
            {
                for (var k = starts[r]; k < starts[r + 1]; k++)
                    _dense[dense + classesOf[k]] = weights[k];
                row = ~dense;
                dense += classes;
            }
            else
            {
                for (var k = starts[r]; k < starts[r + 1]; k++)
                    _cells[cell + k - starts[r]] = new Cell { Weight = weights[k], Class = classesOf[k] };
                row = cell << 8 | (starts[r + 1] - starts[r]);
                cell += starts[r + 1] - starts[r];
            }

            var slot = (int)keys[r] & _mask;
            while (_slots[slot].Key != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = keys[r], Row = row };
        }
    }

    public override long MemoryBytes => _slots.Length * 8L + _cells.Length * 4L + _dense.Length * 2L;

    public override void Score(ReadOnlySpan<ulong> features, Span<float> scores, float scale)
    {
        var slots = _slots;
        var mask = _mask;
        // The lookups of one call are independent: first ask for every slot they start at, then every row they
        // find, so the processor fetches each round from memory all at once (the table is larger than its caches).
        Prefetch.Slots(slots, features, mask);
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
                    var row = slots[slot].Row;
                    found[count++] = row;
                    if (row >= 0)
                        Prefetch.At(_cells, row >> 8);
                    else
                        Prefetch.At(_dense, ~row);
                    break;
                }

                if (k == 0)
                    break;
                slot = (slot + 1) & mask;
            }
        }

        foreach (var row in found[..count])
        {
            if (row >= 0)
                AddCells(row >> 8, row & 0xFF, scores, scale);
            else
                AddDense(~row, scores, scale);
        }
    }

    private void AddCells(int first, int count, Span<float> scores, float scale)
    {
        foreach (var c in _cells.AsSpan(first, count))
            scores[c.Class] += c.Weight * scale;
    }

    private void AddDense(int first, Span<float> scores, float scale)
    {
        var weights = _dense.AsSpan(first, _classes);
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var factor = Vector256.Create(scale);
            for (; k + Vector256<short>.Count <= weights.Length; k += Vector256<short>.Count)
            {
                var (lower, upper) = Vector256.Widen(Vector256.Create<short>(weights[k..]));
                var at = scores[k..];
                (Vector256.Create<float>(at) + (Vector256.ConvertToSingle(lower) * factor)).CopyTo(at);
                at = scores[(k + Vector256<float>.Count)..];
                (Vector256.Create<float>(at) + (Vector256.ConvertToSingle(upper) * factor)).CopyTo(at);
            }
        }

        for (; k < weights.Length; k++)
            scores[k] += weights[k] * scale;
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
        var row = _slots[slot].Row;
        if (row < 0)
        {
            _dense.AsSpan(~row, _classes).CopyTo(weights);
            return;
        }

        foreach (var c in _cells.AsSpan(row >> 8, row & 0xFF))
            weights[c.Class] = c.Weight;
    }

    /// <summary>
    /// Whether a row of this many weights is kept dense: from a quarter of the classes on, where a few vector
    /// additions beat that many scattered ones.
    /// </summary>
    private bool IsDense(int weights) => weights * 4 >= _classes;
}
