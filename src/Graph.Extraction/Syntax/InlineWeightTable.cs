using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Graph.Extraction.Syntax;

/// <summary>
/// A weight table for at most three classes (the parser's transitions), rows inline with their keys: buckets of
/// one cache line, each holding six keys and their six rows (3 × 16-bit weights). A key goes to the bucket its
/// high bits choose and, when that one is full, to the next one with room. A lookup compares the six keys of a
/// bucket at once, so a feature costs one cache line, known or not, unless its bucket is full.
/// </summary>
internal sealed class InlineWeightTable : WeightTable
{
    public const int MaxClasses = 3;

    private const int BucketKeys = 6;
    private const int BucketUints = 16; // 64 bytes: 6 keys, 18 weights (9 uints), one unused
    private const int LineBytes = 64;

    // Bucket b is _table[_first + b * BucketUints ..]: keys in uints 0–5, filled from the front (a zero key is an
    // empty place), then the rows' weights as shorts. _first aligns the buckets to cache lines.
    private readonly uint[] _table;
    private readonly int _first;
    private readonly int _buckets;

    /// <param name="keys">Distinct non-zero keys; row k's cells are [starts[k], starts[k + 1]).</param>
    public InlineWeightTable(ReadOnlySpan<uint> keys, ReadOnlySpan<int> starts, ReadOnlySpan<byte> classesOf, ReadOnlySpan<short> weights)
    {
        // Four keys a bucket on average: a bucket is full (a lookup may read the next one too) about a fifth of the time.
        _buckets = (keys.Length / 4) + 1;
        _table = HugePages.Allocate<uint>((_buckets * BucketUints) + (LineBytes / sizeof(uint)));
        var misalignment = (int)((long)Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0) % LineBytes);
        _first = misalignment == 0 ? 0 : (LineBytes - misalignment) / sizeof(uint);
        for (var r = 0; r < keys.Length; r++)
        {
            var bucket = Bucket(keys[r]);
            while (_table[_first + (bucket * BucketUints) + BucketKeys - 1] != 0)
                bucket = bucket + 1 == _buckets ? 0 : bucket + 1;
            var at = At(bucket);
            var place = 0;
            while (at[place] != 0)
                place++;
            at[place] = keys[r];
            var row = Weights(at).Slice(place * MaxClasses, MaxClasses);
            for (var k = starts[r]; k < starts[r + 1]; k++)
                row[classesOf[k]] = weights[k];
        }
    }

    public override long MemoryBytes => _table.Length * (long)sizeof(uint);

    public override void Score(ReadOnlySpan<ulong> features, Span<float> scores, float scale)
    {
        Span<int> sums = stackalloc int[MaxClasses];
        Prefetch(features);
        Sum(features, sums);
        for (var c = 0; c < scores.Length; c++)
            scores[c] += sums[c] * scale;
    }

    /// <summary>
    /// Adds the features' integer weights to <paramref name="sums"/> (three, one per class). Integers add up the
    /// same in any order and grouping, so sums of some features can be kept and added to others' later.
    /// Call <see cref="Prefetch"/> first, as early as the keys are known.
    /// </summary>
    public void Sum(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        int w0 = 0, w1 = 0, w2 = 0;
        foreach (var f in features)
        {
            var key = (uint)f;
            if (key == 0)
                continue;
            var bucket = Bucket(key);
            var wanted = Vector256.Create(key);
            while (true)
            {
                var at = At(bucket);
                // Lanes 6 and 7 hold weights, not keys: only the first six count.
                var matches = Vector256.Equals(Vector256.Create<uint>(at), wanted).ExtractMostSignificantBits() & ((1u << BucketKeys) - 1);
                if (matches != 0)
                {
                    var row = Weights(at).Slice(BitOperations.TrailingZeroCount(matches) * MaxClasses, MaxClasses);
                    w0 += row[0];
                    w1 += row[1];
                    w2 += row[2];
                    break;
                }

                if (at[BucketKeys - 1] == 0)
                    break;
                bucket = bucket + 1 == _buckets ? 0 : bucket + 1;
            }
        }

        sums[0] += w0;
        sums[1] += w1;
        sums[2] += w2;
    }

    /// <summary>
    /// Asks for the bucket of every feature (keys of 0 are none), to be read soon: the processor then fetches them
    /// from memory all at once instead of one after the other (a prefetch waits for nothing).
    /// </summary>
    public void Prefetch(ReadOnlySpan<ulong> features)
    {
        foreach (var f in features)
        {
            if ((uint)f != 0)
                Syntax.Prefetch.At(_table, _first + (Bucket((uint)f) * BucketUints));
        }
    }

    public override void Row(uint key, Span<short> weights)
    {
        var bucket = Bucket(key);
        while (true)
        {
            var at = At(bucket);
            var place = at[..BucketKeys].IndexOf(key);
            if (place >= 0)
            {
                weights.Clear();
                Weights(at).Slice(place * MaxClasses, weights.Length).CopyTo(weights);
                return;
            }

            if (at[BucketKeys - 1] == 0)
                throw new ArgumentException($"Key {key:x8} is not in the table.", nameof(key));
            bucket = bucket + 1 == _buckets ? 0 : bucket + 1;
        }
    }

    /// <summary>The bucket a key starts at: its high bits scaled to the bucket count (keys are hashes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(uint key) => (int)(((ulong)key * (uint)_buckets) >> 32);

    private Span<uint> At(int bucket) => _table.AsSpan(_first + (bucket * BucketUints), BucketUints);

    private static Span<short> Weights(Span<uint> bucket) => MemoryMarshal.Cast<uint, short>(bucket[BucketKeys..]);
}
