namespace Graph.Extraction.Ner;

/// <summary>
/// Feature hash → weight row, open addressing with linear probing over a power-of-two table. The hashes are
/// already mixed, so their low bits index the table directly. Read-only after construction.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    /// <param name="keys">Distinct non-zero hashes; key k gets row k.</param>
    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
            capacity <<= 1;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == FeatureHash.None)
                throw new ArgumentException("Feature hash 0 is reserved.", nameof(keys));
            var slot = (int)key & _mask;
            while (_keys[slot] != FeatureHash.None)
            {
                if (_keys[slot] == key)
                    throw new ArgumentException($"Feature hash {key:x16} is listed twice.", nameof(keys));
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>Slots in the table (a power of two, at least twice <see cref="Count"/>).</summary>
    public int Capacity => _keys.Length;

    /// <summary>The row of a feature, or -1 when the model does not know it (or for <see cref="FeatureHash.None"/>).</summary>
    public int Row(ulong key)
    {
        if (key == FeatureHash.None)
            return -1;
        var slot = (int)key & _mask;
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
                return _rows[slot];
            if (k == FeatureHash.None)
                return -1;
            slot = (slot + 1) & _mask;
        }
    }
}
