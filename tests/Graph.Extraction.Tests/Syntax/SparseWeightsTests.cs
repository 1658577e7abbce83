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
