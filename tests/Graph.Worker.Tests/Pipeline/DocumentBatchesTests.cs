using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Worker.Pipeline;
using Graph.Worker.Sinks;

namespace Graph.Worker.Tests.Pipeline;

public class DocumentBatchesTests
{
    private static ExtractedArticle Extracted(string id, params Entity[] entities)
    {
        var article = new Article(id, id, null, null, id, "Text of " + id);
        var document = new GraphDocument
        {
            Articles = [new ArticleRecord(id, id, null, id, null, article.ContentHash)],
            Entities = [.. entities],
            Mentions = [.. entities.Select(e => new Mention(e.Id, id, 0, 4, "Text"))],
        };
        return new ExtractedArticle(article, document, 0);
    }

    private static Entity Person(string name, params string[] aliases) => new("person:anna-berg", EntityType.Person, name, aliases);

    [Fact]
    public void Split_SameEntityVersions_OneDocument()
    {
        var batches = DocumentBatches.Split([Extracted("a", Person("Anna Berg")), Extracted("b", Person("Anna Berg")), Extracted("c")]).ToList();

        var (first, count, document) = Assert.Single(batches);
        Assert.Equal((0, 3), (first, count));
        Assert.Equal(["a", "b", "c"], document.Articles.Select(a => a.Id));
        Assert.Single(document.Entities);
        Assert.Equal(2, document.Mentions.Count);
    }

    [Fact]
    public void Split_EntityInAnotherVersion_StartsANewDocumentSoEachArticleIsWrittenAsItWouldBeAlone()
    {
        var batches = DocumentBatches.Split(
        [
            Extracted("a", Person("Anna Berg")),
            Extracted("b", Person("President Anna Berg", "Anna Berg")),
            Extracted("c"),
            Extracted("d", Person("Anna Berg")),
        ]).ToList();

        Assert.Equal([(0, 1), (1, 2), (3, 1)], batches.Select(b => (b.First, b.Count)));
        Assert.Equal("President Anna Berg", batches[1].Document.Entities.Single().Name);
    }

    [Fact]
    public void Split_SameArticleTwice_NeverInOneDocument()
    {
        var batches = DocumentBatches.Split([Extracted("a"), Extracted("a")]).ToList();

        Assert.Equal(2, batches.Count);
    }
}
