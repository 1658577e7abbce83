using System.Numerics;
using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax.Training;

/// <summary>
/// The weights of one averaged perceptron while it trains (Collins 2002): a dense row of class weights per
/// feature hash, created on its first update, with lazy averaging (each cell keeps the running sum and the step
/// it was last brought up to date), so an update costs only the cells it touches. Features seen too rarely in
/// the first epoch can be left out for good (<see cref="Restrict"/>): they seldom recur, and a smaller model is
/// faster to read.
/// </summary>
internal sealed class AveragedWeights(int classes)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<ulong> _keys = [];
    private float[] _weights = new float[classes * 1024];
    private double[] _sums = new double[classes * 1024];
    private int[] _stamps = new int[classes * 1024];
    private int _step = 1;
    private Dictionary<ulong, int>? _seen = [];
    private HashSet<ulong>? _kept;

    public int Classes { get; } = classes;

    public int Features => _keys.Count;

    /// <summary>Counts one training example: the averaging weighs each weight by the examples it stood for.</summary>
    public void Tick() => _step++;

    /// <summary>Counts the features of one example, for <see cref="Restrict"/>.</summary>
    public void Observe(ReadOnlySpan<ulong> features)
    {
        if (_seen is null)
            return;
        foreach (var f in features)
        {
            if (f != FeatureHash.None)
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_seen, f, out _)++;
        }
    }

    /// <summary>From now on only features observed at least <paramref name="minCount"/> times have weights.</summary>
    public void Restrict(int minCount)
    {
        if (_seen is null)
            throw new InvalidOperationException("The features were already restricted.");
        _kept = [.. _seen.Where(p => p.Value >= minCount).Select(p => p.Key)];
        _seen = null;
        foreach (var (key, row) in _rows)
        {
            if (_kept.Contains(key))
                continue;
            Array.Clear(_weights, row * Classes, Classes);
            Array.Clear(_sums, row * Classes, Classes);
        }
    }

    /// <summary>Adds the current weights of the known features to the scores.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (f != FeatureHash.None && _rows.TryGetValue(f, out var row))
                Add(scores, _weights.AsSpan(row * Classes, Classes));
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var f in features)
        {
            if (f == FeatureHash.None || (_kept is not null && !_kept.Contains(f)))
                continue;
            var cell = Row(f) * Classes + cls;
            _sums[cell] += (double)(_step - _stamps[cell]) * _weights[cell];
            _stamps[cell] = _step;
            _weights[cell] += delta;
        }
    }

    /// <summary>
    /// The averaged weights, cells whose magnitude is below <paramref name="prune"/> dropped, rounded to 16-bit
    /// steps of the largest magnitude / 32767.
    /// </summary>
    public SparseWeights Average(float prune)
    {
        var order = Enumerable.Range(0, _keys.Count).OrderBy(k => _keys[k]).ToArray();
        var averages = new float[_keys.Count * Classes];
        var largest = 0f;
        for (var row = 0; row < _keys.Count; row++)
        {
            for (var c = 0; c < Classes; c++)
            {
                var cell = row * Classes + c;
                // Rounded to float, then to half precision, as models were stored before the 16-bit steps, so a
                // model converted from that form and one trained now are the same bytes (rounding the double
                // straight to half differs in a few dozen weights).
                var average = (float)(Half)(float)((_sums[cell] + (double)(_step - _stamps[cell]) * _weights[cell]) / _step);
                if (Math.Abs(average) < prune)
                    average = 0;
                averages[cell] = average;
                largest = Math.Max(largest, Math.Abs(average));
            }
        }

        var scale = largest > 0 ? largest / short.MaxValue : 1f;
        var keys = new List<uint>();
        var starts = new List<int> { 0 };
        var classesOf = new List<byte>();
        var weights = new List<short>();
        foreach (var row in order)
        {
            var before = weights.Count;
            for (var c = 0; c < Classes; c++)
            {
                var stored = (short)Math.Round(averages[row * Classes + c] / scale);
                if (stored == 0)
                    continue;
                classesOf.Add((byte)c);
                weights.Add(stored);
            }

            if (weights.Count == before)
                continue;
            keys.Add((uint)_keys[row]);
            starts.Add(weights.Count);
        }

        return new SparseWeights(Classes, [.. keys], [.. starts], [.. classesOf], [.. weights], scale);
    }

    internal static void Add(Span<float> scores, ReadOnlySpan<float> row)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<float>.Count;
            for (; k + width <= row.Length; k += width)
                (new Vector<float>(scores[k..]) + new Vector<float>(row[k..])).CopyTo(scores[k..]);
        }

        for (; k < row.Length; k++)
            scores[k] += row[k];
    }

    private int Row(ulong key)
    {
        if (_rows.TryGetValue(key, out var row))
            return row;
        row = _keys.Count;
        _rows.Add(key, row);
        _keys.Add(key);
        if ((row + 1) * Classes > _weights.Length)
        {
            var size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _sums, size);
            Array.Resize(ref _stamps, size);
        }

        return row;
    }
}
