namespace Graph.Ingestion.Formats;

/// <summary>What a format parser found in one article; the reader fills in ids and fallbacks.</summary>
/// <param name="Text">The article text as read (offsets refer to it).</param>
/// <param name="BodyStart">Offset in <paramref name="Text"/> of the body's first character.</param>
/// <param name="Title">The title, when the input gives one.</param>
/// <param name="Published">The publication date, when the input gives one.</param>
/// <param name="Url">The canonical URL, when the input gives one.</param>
/// <param name="Id">The id the input gives (JSON <c>id</c>), if any.</param>
internal sealed record ArticleFields(
    string Text,
    int BodyStart,
    string? Title,
    DateOnly? Published = null,
    string? Url = null,
    string? Id = null)
{
    /// <summary>Who wrote it, as the page states it (web pages only).</summary>
    public string? Byline { get; init; }

    /// <summary>The language the page declares (web pages only), e.g. <c>en-US</c>.</summary>
    public string? Language { get; init; }
}
