using Graph.Core.Model;

namespace Graph.Testing;

/// <summary>Documents of several articles, as tests write them, cut into what the writer takes: a document per article.</summary>
public static class ArticleDocuments
{
    /// <summary>
    /// Each article with its own facts, in the document's order. Every entity of the document goes along: the writer
    /// keeps those the article refers to.
    /// </summary>
    public static IReadOnlyList<GraphDocument> Of(GraphDocument document) =>
    [
        .. document.Articles.Select(article => new GraphDocument
        {
            Articles = [article],
            Entities = document.Entities,
            Mentions = [.. document.Mentions.Where(m => m.Article == article.Id)],
            Events = [.. document.Events.Where(e => e.Article == article.Id)],
            Relations = [.. document.Relations.Where(r => r.Article == article.Id)],
            Merges = document.Merges is null ? null : [.. document.Merges.Where(m => m.Article == article.Id)],
        }),
    ];
}
