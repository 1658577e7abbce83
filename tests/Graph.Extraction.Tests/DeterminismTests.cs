using Graph.Core.Model;

namespace Graph.Extraction.Tests;

public class DeterminismTests
{
    private const string Body =
        "Norwegian President Helga Brandvold met Chilean Foreign Minister Rosa Ibarra in Oslo on Monday. " +
        "Brandvold said the talks were useful. \"We agree on much,\" Ibarra said.\n\n" +
        "The Highland Water Authority (HWA) joined later; NPR's Ilse Varga contributed.";

    [Fact]
    public void Extract_SameArticleTwice_GivesByteIdenticalJson()
    {
        var first = GraphDocumentJson.Serialize(TestArticles.Extractor.Extract(TestArticles.WithTitle("Oslo talks", Body), CancellationToken.None));
        var fresh = new GraphExtractor(Graph.Extraction.Gazetteers.Gazetteer.Default, new Graph.Extraction.Events.EventExtractor());
        var second = GraphDocumentJson.Serialize(fresh.Extract(TestArticles.WithTitle("Oslo talks", Body), CancellationToken.None));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Merge_OrderOfDocuments_DoesNotChangeTheResult()
    {
        var a = TestArticles.Extractor.Extract(TestArticles.Body(Body, "a"), CancellationToken.None);
        var b = TestArticles.Extractor.Extract(TestArticles.Body("Rosa Ibarra, the Chilean envoy, said little in Oslo.", "b"), CancellationToken.None);

        var ab = GraphDocumentJson.Serialize(GraphDocumentMerger.Merge([a, b]));
        var ba = GraphDocumentJson.Serialize(GraphDocumentMerger.Merge([b, a]));

        Assert.Equal(ab, ba);
    }

    [Fact]
    public void Merge_SameEntityInTwoArticles_IsOneEntityWithUnitedAliases()
    {
        var a = TestArticles.Extractor.Extract(TestArticles.Body("The U.S. objected.", "a"), CancellationToken.None);
        var b = TestArticles.Extractor.Extract(TestArticles.Body("America objected.", "b"), CancellationToken.None);

        var merged = GraphDocumentMerger.Merge([a, b]);

        var us = Assert.Single(merged.Entities);
        Assert.Equal("United States", us.Name);
        Assert.Equal(["America", "U.S."], us.Aliases);
        Assert.Equal(["a", "b"], merged.Articles.Select(x => x.Id));
        Assert.Equal(["a", "b"], merged.Mentions.Select(m => m.Article));
    }

    [Fact]
    public void Extract_Mentions_PointAtTheirText()
    {
        var article = TestArticles.WithTitle("Oslo talks", Body);
        var document = TestArticles.Extractor.Extract(article, CancellationToken.None);

        Assert.NotEmpty(document.Mentions);
        Assert.All(document.Mentions, m => Assert.Equal(m.Text, article.Text[m.Start..m.End]));
        Assert.All(document.Mentions, m => Assert.Contains(document.Entities, e => e.Id == m.Entity));
    }
}
