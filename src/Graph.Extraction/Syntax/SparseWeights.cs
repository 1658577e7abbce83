using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax;

/// <summary>
/// The trained weights of one perceptron: per feature hash, only its non-zero class weights (class, weight),
/// stored contiguously. Pruned rows are short, so scoring costs one lookup and a few adds per feature, and the
/// model stays small in memory.
/// </summary>
internal sealed class SparseWeights
{
    private readonly FeatureTable _table;
    private readonly ulong[] _keys;
    private readonly int[] _starts;
    private readonly byte[] _classes;
    private readonly float[] _weights;

    /// <param name="keys">Distinct feature hashes in ascending order.</param>
    /// <param name="starts">Row k's cells are [starts[k], starts[k + 1]).</param>
    public SparseWeights(int classes, ulong[] keys, int[] starts, byte[] classesOf, float[] weights)
    {
        if (starts.Length != keys.Length + 1 || starts[^1] != weights.Length || classesOf.Length != weights.Length)
            throw new ArgumentException("The rows do not match the keys and weights.", nameof(starts));
        Classes = classes;
        _keys = keys;
        _starts = starts;
        _classes = classesOf;
        _weights = weights;
        _table = new FeatureTable(keys);
    }

    public int Classes { get; }

    public int Features => _keys.Length;

    public int Cells => _weights.Length;

    /// <summary>Bytes held by the arrays (keys, lookup table, rows, cells).</summary>
    public long MemoryBytes => _keys.Length * 8L + _table.Capacity * 12L + _starts.Length * 4L + _classes.Length + _weights.Length * 4L;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            var row = _table.Row(f);
            if (row < 0)
                continue;
            for (int k = _starts[row], end = _starts[row + 1]; k < end; k++)
                scores[_classes[k]] += _weights[k];
        }
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
                writer.Write(_classes[k]);
                writer.Write((Half)_weights[k]);
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
