using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Graph.Extraction.Ner;

/// <summary>
/// Feature hash → weight row, open addressing with linear probing. A slot of 32 bytes holds the row inline (up to
/// <see cref="RowWidth"/> half-precision weights) and then the key, two slots to a cache line, and a key starts
/// probing at the first slot of its line: a lookup, known feature or not, mostly reads one cache line, where a
/// separate row array cost a second miss (often a third, a 44-byte row straddling two lines). The hashes are
/// already mixed, so their low bits choose the line. Read-only after construction.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>The most labels a row holds.</summary>
    public const int RowWidth = 12;

    private const int SlotHalves = 16; // 12 weights, then the key in the last four
    private const int KeyAt = 3; // the key's index among a slot's four ulongs
    private const int LineBytes = 64;

    // Slot s is _table[_first + s * SlotHalves ..]; _first aligns the slots to cache lines.
    private readonly ushort[] _table;
    private readonly int _first;
    private readonly int _mask;
    private readonly int _width;

    /// <param name="keys">Distinct non-zero hashes.</param>
    /// <param name="weights">Row k (<paramref name="width"/> × k …) holds the weights of keys[k], already at half precision.</param>
    /// <param name="width">Labels per row, at most <see cref="RowWidth"/>.</param>
    public FeatureTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int width)
    {
        if (width > RowWidth)
            throw new ArgumentOutOfRangeException(nameof(width), $"A row holds at most {RowWidth} labels.");
        // Two places per key, as before the rows moved inline: the lines stay half empty, so an unknown
        // feature's probe mostly stops in its first line.
        var capacity = 16;
        while (capacity < keys.Length * 2)
            capacity <<= 1;
        _table = Syntax.HugePages.Allocate<ushort>((capacity * SlotHalves) + (LineBytes / sizeof(ushort)));
        var misalignment = (int)((long)Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0) % LineBytes);
        _first = misalignment == 0 ? 0 : (LineBytes - misalignment) / sizeof(ushort);
        _mask = capacity - 1;
        _width = width;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == FeatureHash.None)
                throw new ArgumentException("Feature hash 0 is reserved.", nameof(keys));
            var slot = Start(key);
            while (KeyOf(slot) != FeatureHash.None)
            {
                if (KeyOf(slot) == key)
                    throw new ArgumentException($"Feature hash {key:x16} is listed twice.", nameof(keys));
                slot = (slot + 1) & _mask;
            }

            var at = _table.AsSpan(_first + (slot * SlotHalves), SlotHalves);
            MemoryMarshal.Cast<ushort, ulong>(at)[KeyAt] = key;
            for (var l = 0; l < width; l++)
                at[l] = BitConverter.HalfToUInt16Bits((Half)weights[(row * width) + l]);
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>Asks for the line of every feature about to be looked up, so their cache misses overlap.</summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> features)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported)
            return;
        fixed (ushort* table = _table)
        {
            foreach (var f in features)
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(table + _first + (Start(f) * SlotHalves));
        }
    }

    /// <summary>
    /// Adds the rows of the known features to the scores, feature after feature. Each label's sum is built in the
    /// same order as one float at a time would, so the scores are the same to the bit.
    /// </summary>
    public void AddTo(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<float> sums = stackalloc float[SlotHalves];
        scores[.._width].CopyTo(sums);
        ref var first = ref MemoryMarshal.GetArrayDataReference(_table);
        var low = Vector256.Create<float>(sums);
        var high = Vector256.Create<float>(sums[8..]);
        foreach (var f in features)
        {
            var slot = Find(f);
            if (slot < 0)
                continue;
            var halves = Vector256.LoadUnsafe(ref Unsafe.Add(ref first, _first + (slot * SlotHalves)));
            var (lowHalves, highHalves) = Vector256.Widen(halves);
            low += HalfBits.ToSingle(lowHalves);
            high += HalfBits.ToSingle(highHalves);
        }

        low.CopyTo(sums);
        high.CopyTo(sums[8..]);
        sums[.._width].CopyTo(scores);
    }

    /// <summary>The weights of one key, as floats (for saving the model).</summary>
    public void CopyRow(ulong key, Span<float> into)
    {
        var slot = Find(key);
        if (slot < 0)
            throw new ArgumentException($"Feature hash {key:x16} is not in the table.", nameof(key));
        var at = _table.AsSpan(_first + (slot * SlotHalves), _width);
        for (var l = 0; l < at.Length; l++)
            into[l] = (float)BitConverter.UInt16BitsToHalf(at[l]);
    }

    /// <summary>The slot of a feature, or -1 when the model does not know it (or for <see cref="FeatureHash.None"/>).</summary>
    private int Find(ulong key)
    {
        if (key == FeatureHash.None)
            return -1;
        var slot = Start(key);
        while (true)
        {
            var k = KeyOf(slot);
            if (k == key)
                return slot;
            if (k == FeatureHash.None)
                return -1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The first slot of the key's cache line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Start(ulong key) => (int)key & _mask & ~1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong KeyOf(int slot) =>
        Unsafe.As<ushort, ulong>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), _first + (slot * SlotHalves) + (KeyAt * 4)));
}
