namespace Graph.Extraction.Syntax;

/// <summary>
/// The tagger's scores from the features a word decides alone (the first <see cref="TagFeatures.WordOnly"/>:
/// the bias, the word, its affixes and shape), kept for the words met lately. Those rows are the tagger's widest
/// (the bias and a frequent word have a weight for nearly every tag), and a few hundred words make most of a
/// text. The weights add up class by class in feature order, so scoring the first features into a cleared row
/// and the rest on top of a copy of it gives the same floats as scoring all at once; an entry is only used when
/// its feature keys are the word's own. One per thread and model.
/// </summary>
internal sealed class TagScoreCache(SparseWeights weights)
{
    private const int Entries = 1024;
    private const int Prefix = TagFeatures.WordOnly;

    // Entry e holds the keys of its word's first features at [e * Prefix, (e + 1) * Prefix) (the first is the
    // bias, never 0, so an entry of zeros is empty) and their scores at [e * classes, (e + 1) * classes).
    private readonly ulong[] _keys = new ulong[Entries * Prefix];
    private readonly float[] _scores = new float[Entries * weights.Classes];

    public SparseWeights Weights => weights;

    /// <summary>Sets <paramref name="scores"/> to the tag scores of one word's features.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var own = features[..Prefix];
        var hash = 0UL;
        foreach (var f in own)
            hash ^= f;
        var entry = (int)((hash ^ (hash >> 29)) & (Entries - 1));
        var keys = _keys.AsSpan(entry * Prefix, Prefix);
        var cached = _scores.AsSpan(entry * weights.Classes, weights.Classes);
        if (!keys.SequenceEqual(own))
        {
            cached.Clear();
            weights.Score(own, cached);
            own.CopyTo(keys);
        }

        cached.CopyTo(scores);
        weights.Score(features[Prefix..], scores);
    }
}
