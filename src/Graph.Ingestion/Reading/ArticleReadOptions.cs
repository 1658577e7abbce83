namespace Graph.Ingestion.Reading;

/// <summary>Choices for one reading run.</summary>
/// <param name="DefaultPublished">Publication date given to articles that state none (the <c>--published</c> option).</param>
public sealed record ArticleReadOptions(DateOnly? DefaultPublished = null)
{
    public static readonly ArticleReadOptions Default = new();
}
