using Graph.Core.Articles;
using Graph.Core.Model;

namespace Graph.Extraction.Tests.Identity;

/// <summary>Articles from different outlets and days, written for these tests, extracted one by one and merged as <c>extract</c> does.</summary>
internal static class IdentityArticles
{
    public static GraphDocument Extract(string id, string published, string outlet, string body) =>
        TestArticles.Extractor.Extract(Article(id, published, outlet, body), CancellationToken.None);

    public static Article Article(string id, string published, string outlet, string body) =>
        new(id, "", DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), $"https://{outlet}/{id}", id + ".txt", body, 0);

    public static GraphDocument Merge(params GraphDocument[] documents) => GraphDocumentMerger.Merge(documents);

    public static List<GraphEvent> EventsOf(GraphDocument document, EventType type) => [.. document.Events.Where(e => e.Type == type)];
}
