using System.Numerics;
using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax.Training;

/// <summary>
/// The weights of one averaged perceptron while it trains (Collins 2002): a dense row of class weights per
/// feature hash, created on its first update, with lazy averaging (each cell keeps the running sum and the step
/// it was last brought up to date), so an update costs only the cells it touches.
/// </summary>
internal sealed class AveragedWeights(int classes)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<ulong> _keys = [];
    private float[] _weights = new float[classes * 1024];
    private double[] _sums = new double[classes * 1024];
    private int[] _stamps = new int[classes * 1024];
    private int _step = 1;

    public int Classes { get; } = classes;

    public int Features => _keys.Count;

    /// <summary>Counts one training example: the averaging weighs each weight by the examples it stood for.</summary>
    public void Tick() => _step++;

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
            if (f == FeatureHash.None)
                continue;
            var cell = Row(f) * Classes + cls;
            _sums[cell] += (double)(_step - _stamps[cell]) * _weights[cell];
            _stamps[cell] = _step;
            _weights[cell] += delta;
        }
    }

    /// <summary>The averaged weights, cells whose magnitude is below <paramref name="prune"/> dropped, at half precision.</summary>
    public SparseWeights Average(float prune)
    {
        var order = Enumerable.Range(0, _keys.Count).OrderBy(k => _keys[k]).ToArray();
        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var classesOf = new List<byte>();
        var weights = new List<float>();
        foreach (var row in order)
        {
            var before = weights.Count;
            for (var c = 0; c < Classes; c++)
            {
                var cell = row * Classes + c;
                var average = (float)((_sums[cell] + (double)(_step - _stamps[cell]) * _weights[cell]) / _step);
                var stored = (float)(Half)average;
                if (Math.Abs(stored) < prune || stored == 0)
                    continue;
                classesOf.Add((byte)c);
                weights.Add(stored);
            }

            if (weights.Count == before)
                continue;
            keys.Add(_keys[row]);
            starts.Add(weights.Count);
        }

        return new SparseWeights(Classes, [.. keys], [.. starts], [.. classesOf], [.. weights]);
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
