using System.Runtime.InteropServices;

namespace Graph.Extraction.Syntax;

/// <summary>
/// The trained weights of one perceptron: per feature key (32-bit, <see cref="SyntaxHash"/>), only its non-zero
/// class weights. Laid out for lookups that miss the CPU caches as seldom as possible: one open-addressing table
/// of (key, first cell, cell count) slots, and the cells (weight, class) of a row next to each other, so a known
/// feature costs two memory reads and an unknown one a single read.
/// </summary>
internal sealed class SparseWeights
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
        public float Weight;
        public int Class;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Cell[] _cells;
    private readonly ulong[] _keys;
    private readonly int[] _starts;

    /// <param name="keys">Distinct non-zero 32-bit feature keys in ascending order.</param>
    /// <param name="starts">Row k's cells are [starts[k], starts[k + 1]).</param>
    public SparseWeights(int classes, ulong[] keys, int[] starts, byte[] classesOf, float[] weights)
    {
        if (starts.Length != keys.Length + 1 || starts[^1] != weights.Length || classesOf.Length != weights.Length)
            throw new ArgumentException("The rows do not match the keys and weights.", nameof(starts));
        if (weights.Length >= 1 << 23 || classes > 255)
            throw new ArgumentException($"{weights.Length} weights over {classes} classes: at most 8 million weights and 255 classes.", nameof(weights));
        Classes = classes;
        _keys = keys;
        _starts = starts;
        _cells = new Cell[weights.Length];
        for (var k = 0; k < weights.Length; k++)
            _cells[k] = new Cell { Weight = weights[k], Class = classesOf[k] };

        var capacity = 16;
        while (capacity < keys.Length + keys.Length / 2)
            capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key is 0 or > uint.MaxValue)
                throw new ArgumentException($"Feature key {key:x} is not a non-zero 32-bit key.", nameof(keys));
            var slot = (int)key & _mask;
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                    throw new ArgumentException($"Feature key {key:x8} is listed twice.", nameof(keys));
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot { Key = (uint)key, Cells = starts[row] << 8 | (starts[row + 1] - starts[row]) };
        }
    }

    public int Classes { get; }

    public int Features => _keys.Length;

    public int Cells => _cells.Length;

    /// <summary>Bytes the lookups read from: the slot table and the cells (the sorted keys kept for saving come on top).</summary>
    public long MemoryBytes => _slots.Length * 8L + _cells.Length * 8L;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        var cells = _cells;
        var mask = _mask;
        // The lookups of one call are independent: first touch every slot they start at, so the processor fetches
        // them from memory all at once instead of one after the other (the table is larger than its caches).
        uint touched = 0;
        foreach (var f in features)
            touched |= slots[(int)f & mask].Key;
        Span<int> found = stackalloc int[features.Length];
        var count = 0;
        foreach (var f in features)
        {
            if (f == 0)
                continue;
            var key = (uint)f;
            var slot = (int)key & mask;
            while (true)
            {
                var k = slots[slot].Key;
                if (k == key)
                {
                    var packed = slots[slot].Cells;
                    found[count++] = packed;
                    touched |= (uint)cells[packed >> 8].Class;
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
                scores[cells[k].Class] += cells[k].Weight;
        }

        // Never true (count cannot pass the number of features); reading touched keeps the touching loads from
        // being optimised away.
        if (count > features.Length && touched == 0)
            throw new InvalidOperationException("Unreachable.");
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(_keys.Length);
        ulong previous = 0;
        for (var row = 0; row < _keys.Length; row++)
        {
            writer.Write7BitEncodedInt64((long)(_keys[row] - previous));
            previous = _keys[row];
            var start = _starts[row];
            var count = _starts[row + 1] - start;
            writer.Write7BitEncodedInt(count);
            for (var k = start; k < start + count; k++)
            {
                writer.Write((byte)_cells[k].Class);
                writer.Write((Half)_cells[k].Weight);
            }
        }
    }

    public static SparseWeights Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classes is < 1 or > 256 || count < 0)
            throw new InvalidDataException($"Bad weights header: {classes} classes, {count} features.");
        var keys = new ulong[count];
        var starts = new int[count + 1];
        var classesOf = new List<byte>(count * 4);
        var weights = new List<float>(count * 4);
        ulong previous = 0;
        for (var row = 0; row < count; row++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[row] = previous;
            var cells = reader.Read7BitEncodedInt();
            for (var k = 0; k < cells; k++)
            {
                var c = reader.ReadByte();
                if (c >= classes)
                    throw new InvalidDataException($"Class {c} of {classes}.");
                classesOf.Add(c);
                weights.Add((float)reader.ReadHalf());
            }

            starts[row + 1] = weights.Count;
        }

        return new SparseWeights(classes, keys, starts, [.. classesOf], [.. weights]);
    }
}
