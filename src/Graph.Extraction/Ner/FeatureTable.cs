namespace Graph.Extraction.Ner;

/// <summary>
/// Feature hash → weight row, open addressing with linear probing over a power-of-two table. The hashes are
/// already mixed, so their low bits index the table directly. A slot holds the key and its row, so a lookup
/// reads one cache line. Read-only after construction.
/// </summary>
internal sealed class FeatureTable
{
    private struct Slot
    {
        public ulong Key;
        public int Row;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <param name="keys">Distinct non-zero hashes; key k gets row k.</param>
    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
            capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == FeatureHash.None)
                throw new ArgumentException("Feature hash 0 is reserved.", nameof(keys));
            var slot = (int)key & _mask;
            while (_slots[slot].Key != FeatureHash.None)
            {
                if (_slots[slot].Key == key)
                    throw new ArgumentException($"Feature hash {key:x16} is listed twice.", nameof(keys));
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot { Key = key, Row = row };
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>Slots in the table (a power of two, at least twice <see cref="Count"/>).</summary>
    public int Capacity => _slots.Length;

    /// <summary>Asks for the slots of the features about to be looked up, so their cache misses overlap.</summary>
    public void Prefetch(ReadOnlySpan<ulong> keys) => Syntax.Prefetch.Slots(_slots, keys, _mask);

    /// <summary>The row of a feature, or -1 when the model does not know it (or for <see cref="FeatureHash.None"/>).</summary>
    public int Row(ulong key)
    {
        if (key == FeatureHash.None)
            return -1;
        var slot = (int)key & _mask;
        while (true)
        {
            var k = _slots[slot].Key;
            if (k == key)
                return _slots[slot].Row;
            if (k == FeatureHash.None)
                return -1;
            slot = (slot + 1) & _mask;
        }
    }
}
