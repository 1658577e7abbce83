using Graph.Extraction.Syntax;

namespace Graph.Extraction.Tests.Syntax;

public class SparseWeightsTests
{
    /// <summary>Two features: key 5 with weights on classes 0 and 2, key 9 on class 1; one unit is worth 0.5.</summary>
    private static SparseWeights Weights(int classes) => new(classes, [5, 9], [0, 2, 3], [0, 2, 1], [4, -2, 6], 0.5f);

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Score_KnownAndUnknownFeatures_AddsTheKnownRowsTimesTheScale(int classes)
    {
        var scores = new float[classes];

        Weights(classes).Score([5, 7, 0, 9, 5], scores);

        Assert.Equal([4f, 3f, -2f], scores[..3]);
        Assert.All(scores[3..], s => Assert.Equal(0f, s));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void WriteRead_RoundTrip_SameBytesAndScores(int classes)
    {
        var weights = Weights(classes);
        var bytes = Bytes(weights);

        var read = SparseWeights.Read(new BinaryReader(new MemoryStream(bytes)));

        Assert.Equal(bytes, Bytes(read));
        var scores = new float[classes];
        read.Score([9], scores);
        Assert.Equal(3f, scores[1]);
    }

    [Fact]
    public void Score_WideAndNarrowRows_AddsEveryWeightInFeatureOrder()
    {
        // Key 5's row has a weight for half the classes (kept dense), key 9's for one (kept as a cell).
        var weights = new SparseWeights(20, [5, 9], [0, 10, 11], [0, 1, 2, 3, 4, 5, 6, 7, 8, 19, 19], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -3], 0.5f);
        var scores = new float[20];

        weights.Score([9, 5, 5], scores);

        Assert.Equal([1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f], scores[..9]);
        Assert.All(scores[9..19], s => Assert.Equal(0f, s));
        Assert.Equal(8.5f, scores[19]);
        Assert.Equal(Bytes(weights), Bytes(SparseWeights.Read(new BinaryReader(new MemoryStream(Bytes(weights))))));
    }

    [Fact]
    public void Score_ManyKeysInOneBucket_FindsEachAndNoOther()
    {
        // Small keys all start at the first bucket of the transitions' table, so most overflow into the next ones.
        var keys = Enumerable.Range(1, 40).Select(k => (uint)k).ToArray();
        var weights = new SparseWeights(3, keys, [.. Enumerable.Range(0, 41)], [.. keys.Select(k => (byte)(k % 3))], [.. keys.Select(k => (short)k)], 1f);

        foreach (var key in keys)
        {
            var scores = new float[3];
            weights.Score([key, 41, 1000], scores);
            Assert.Equal(key, scores[key % 3]);
            Assert.Equal(0f, scores.Sum() - key);
        }
    }

    [Fact]
    public void Constructor_KeysOutOfOrder_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SparseWeights(3, [9, 5], [0, 1, 2], [0, 1], [1, 1], 1f));
    }

    private static byte[] Bytes(SparseWeights weights)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
            weights.Write(writer);
        return stream.ToArray();
    }
}
