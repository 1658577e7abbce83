using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Core.Articles;

namespace Graph.Broker.Messaging;

/// <summary>
/// An article on the article queue: every field of <see cref="Article"/>, so the extract worker sees exactly what a
/// single process would have read (the content hash is recomputed from the text, and compared).
/// </summary>
internal sealed record ArticleMessage(
    string Id, string Title, DateOnly? Published, string? Url, string Source, string Text, int BodyStart,
    string? Byline, string? Language, string ContentHash)
{
    public static byte[] Serialize(Article article) => JsonSerializer.SerializeToUtf8Bytes(
        new ArticleMessage(article.Id, article.Title, article.Published, article.Url, article.Source, article.Text, article.BodyStart,
            article.Byline, article.Language, article.ContentHash),
        ArticleMessageJson.Default.ArticleMessage);

    /// <summary>The article, or an exception saying why the body is not one (a poison message).</summary>
    public static Article Deserialize(ReadOnlySpan<byte> body)
    {
        var message = JsonSerializer.Deserialize(body, ArticleMessageJson.Default.ArticleMessage)
            ?? throw new JsonException("the message body is empty");
        if (string.IsNullOrEmpty(message.Id) || message.Text is null || message.Source is null)
            throw new JsonException("the message is not an article: it lacks its id, source or text");
        var article = new Article(message.Id, message.Title ?? "", message.Published, message.Url, message.Source, message.Text, message.BodyStart)
        {
            Byline = message.Byline,
            Language = message.Language,
        };
        if (!string.Equals(article.ContentHash, message.ContentHash, StringComparison.Ordinal))
            throw new JsonException($"the article's text does not match its content hash {message.ContentHash}");
        return article;
    }
}

[JsonSerializable(typeof(ArticleMessage))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class ArticleMessageJson : JsonSerializerContext;
