using Graph.Extraction.Ner;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Tests.Syntax;

public class TagScoreCacheTests
{
    [Fact]
    public void Score_WordMetAgain_SameFloatsAsScoringAllFeatures()
    {
        var model = SyntaxModel.Default;
        var cache = new TagScoreCache(model.Tags);
        WordForm[] words = [new("The"), new("banks"), new("closed"), new("banks"), new(".")];
        var (clusters, silver) = TreeParser.ClustersOf(model.Clusters, words);
        var tags = new int[words.Length];
        var features = new ulong[TagFeatures.Count];
        var direct = new float[model.Tags.Classes];
        var cached = new float[model.Tags.Classes];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < words.Length; i++)
            {
                TagFeatures.Compute(words, clusters, silver, tags, i, features);
                Array.Clear(direct);
                model.Tags.Score(features, direct);
                cache.Score(features, cached);
                Assert.Equal(direct, cached);
                tags[i] = TreeParser.ArgMax(direct);
            }
        }
    }

    [Fact]
    public void WordOnlyFeatures_SameWordInAnotherContext_SameKeys()
    {
        WordForm[] first = [new("The"), new("banks"), new("closed")];
        WordForm[] second = [new("banks")];
        var a = new ulong[TagFeatures.Count];
        var b = new ulong[TagFeatures.Count];

        TagFeatures.Compute(first, [11, 12, 13], [21, 22, 23], [3, 7, 0], 1, a);
        TagFeatures.Compute(second, [12], [22], [0], 0, b);

        Assert.Equal(a[..TagFeatures.WordOnly], b[..TagFeatures.WordOnly]);
    }
}
