namespace Graph.Extraction.Syntax;

/// <summary>
/// The in-memory lookup of one perceptron's weight rows, keyed by 32-bit feature keys. Weights are 16-bit
/// integers (the model's scale turns them back into the trained values), so a row is small and a table of a
/// million features stays a few megabytes; the tables are still larger than the CPU caches, so each layout is
/// chosen to read as few cache lines per feature as it can.
/// </summary>
internal abstract class WeightTable
{
    /// <summary>Bytes the lookups read from.</summary>
    public abstract long MemoryBytes { get; }

    /// <summary>Adds the weights of the known features, times <paramref name="scale"/>, to the scores; keys of 0 are no feature.</summary>
    public abstract void Score(ReadOnlySpan<ulong> features, Span<float> scores, float scale);

    /// <summary>Writes the row of a key the table holds into <paramref name="weights"/> (one per class, 0 where it has none).</summary>
    public abstract void Row(uint key, Span<short> weights);

    /// <summary>A power of two at least 1.5 times the keys, so linear probing stays short.</summary>
    protected static int Capacity(int keys)
    {
        var capacity = 16;
        while (capacity < keys + keys / 2)
            capacity <<= 1;
        return capacity;
    }
}
