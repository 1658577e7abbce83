using Graph.Core.Articles;
using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Tests;

/// <summary>Articles made from sentences written for these tests, and the extractor under test.</summary>
internal static class TestArticles
{
    public static readonly GraphExtractor Extractor = new(Gazetteer.Default, new EventExtractor());

    /// <summary>An article whose text is a title line, a blank line and the body.</summary>
    public static Article WithTitle(string title, string body, string id = "test-article") =>
        new(id, title, new DateOnly(2024, 3, 5), null, id + ".txt", title + "\n\n" + body, title.Length + 2);

    public static Article Body(string body, string id = "test-article") =>
        new(id, "", new DateOnly(2024, 3, 5), null, id + ".txt", body, 0);

    public static ArticleAnalysis Analyze(string body) => Extractor.Analyze(Body(body), CancellationToken.None);
}
