namespace Graph.Extraction.Syntax;

/// <summary>
/// The trained weights of one perceptron: per 32-bit feature key (<see cref="SyntaxHash"/>), only its non-zero
/// class weights, as 16-bit integers times one <see cref="Scale"/> (the largest weight is 32767 × scale, so
/// the rounding is far below the weights the trainer keeps). Looked up through a <see cref="WeightTable"/>:
/// rows inline in the slots for the three transitions, rows of cells for tags and relations. The sorted keys
/// are kept for saving.
/// </summary>
internal sealed class SparseWeights
{
    private readonly uint[] _keys;
    private readonly WeightTable _table;

    /// <param name="keys">Distinct non-zero feature keys in ascending order.</param>
    /// <param name="starts">Row k's cells are [starts[k], starts[k + 1]), in ascending class order, none of weight 0.</param>
    public SparseWeights(int classes, uint[] keys, int[] starts, byte[] classesOf, short[] weights, float scale)
    {
        if (starts.Length != keys.Length + 1 || starts[^1] != weights.Length || classesOf.Length != weights.Length)
            throw new ArgumentException("The rows do not match the keys and weights.", nameof(starts));
        if (classes is < 1 or > 255)
            throw new ArgumentException($"{classes} classes: 1 to 255.", nameof(classes));
        if (!(scale > 0) || float.IsInfinity(scale))
            throw new ArgumentException($"Scale {scale} is not a positive number.", nameof(scale));
        for (var row = 0; row < keys.Length; row++)
        {
            if (keys[row] == 0 || (row > 0 && keys[row] <= keys[row - 1]))
                throw new ArgumentException($"Feature key {keys[row]:x8} is zero, repeated or out of order.", nameof(keys));
        }

        foreach (var c in classesOf)
        {
            if (c >= classes)
                throw new ArgumentException($"Class {c} of {classes}.", nameof(classesOf));
        }

        Classes = classes;
        Scale = scale;
        Cells = weights.Length;
        _keys = keys;
        _table = classes <= InlineWeightTable.MaxClasses
            ? new InlineWeightTable(keys, starts, classesOf, weights)
            : new CellWeightTable(classes, keys, starts, classesOf, weights);
    }

    public int Classes { get; }

    /// <summary>What one unit of a stored weight is worth.</summary>
    public float Scale { get; }

    public int Features => _keys.Length;

    public int Cells { get; }

    /// <summary>Bytes in memory: the table the lookups read and the sorted keys kept for saving.</summary>
    public long MemoryBytes => _table.MemoryBytes + _keys.Length * 4L;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => _table.Score(features, scores, Scale);

    /// <summary>The table of a perceptron of at most three classes (the transitions), whose weights add up as integers.</summary>
    internal InlineWeightTable Inline => _table as InlineWeightTable ?? throw new InvalidOperationException($"{Classes} classes: no integer sums.");

    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(_keys.Length);
        writer.Write(Scale);
        Span<short> row = stackalloc short[Classes];
        uint previous = 0;
        foreach (var key in _keys)
        {
            writer.Write7BitEncodedInt((int)(key - previous));
            previous = key;
            _table.Row(key, row);
            var count = 0;
            foreach (var w in row)
                count += w != 0 ? 1 : 0;
            writer.Write7BitEncodedInt(count);
            for (var c = 0; c < Classes; c++)
            {
                if (row[c] == 0)
                    continue;
                writer.Write((byte)c);
                writer.Write(row[c]);
            }
        }
    }

    public static SparseWeights Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        if (classes is < 1 or > 255 || count < 0)
            throw new InvalidDataException($"Bad weights header: {classes} classes, {count} features.");
        var keys = new uint[count];
        var starts = new int[count + 1];
        var classesOf = new List<byte>(count * 3);
        var weights = new List<short>(count * 3);
        uint previous = 0;
        for (var row = 0; row < count; row++)
        {
            previous += (uint)reader.Read7BitEncodedInt();
            keys[row] = previous;
            var cells = reader.Read7BitEncodedInt();
            for (var k = 0; k < cells; k++)
            {
                classesOf.Add(reader.ReadByte());
                weights.Add(reader.ReadInt16());
            }

            starts[row + 1] = weights.Count;
        }

        try
        {
            return new SparseWeights(classes, keys, starts, [.. classesOf], [.. weights], scale);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Bad weights: {e.Message}", e);
        }
    }
}
