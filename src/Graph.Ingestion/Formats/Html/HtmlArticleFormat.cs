using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Graph.Ingestion.Reading;
using SmartReader;

namespace Graph.Ingestion.Formats.Html;

/// <summary>
/// HTML pages, read as a reader view reads them: SmartReader (Mozilla's Readability over AngleSharp) finds the
/// article among navigation, teasers, banners and footers, and gives its title (site name removed), byline and
/// language. The article's paragraphs, separated by a blank line, are the Text (<see cref="ReaderText"/>); the
/// publication date and canonical URL come from the page's metadata (<see cref="PageMetadata"/>). A page the
/// reader finds no article in (an index page, a login wall) is bad input.
/// </summary>
internal static class HtmlArticleFormat
{
    /// <summary>
    /// SmartReader resolves the article's links against a page address; links are dropped from the text, so
    /// any absolute address serves when the page names none.
    /// </summary>
    private const string UnknownAddress = "https://localhost/";

    public static ArticleFields Parse(string html, string? address = null)
    {
        using var document = new HtmlParser().ParseDocument(html);
        if (!HasText(document))
            throw new BadInputException("the HTML page has no text");

        // Read before the reader runs: it removes scripts (JSON-LD) and page chrome (<time> outside the article).
        var metadata = PageMetadata.Read(document);
        var asksForPassword = AsksForPassword(document);
        using var reader = new Reader(AbsoluteHttp(address) ?? AbsoluteHttp(metadata.Url) ?? UnknownAddress, document);
        var article = reader.GetArticle();
        if (!article.Completed && article.Errors.Count > 0)
            throw new BadInputException($"the reader could not read the page: {article.Errors[0].Message}");
        var byline = Collapse(article.Byline) ?? Collapse(article.Author);
        using var readerView = new HtmlParser().ParseDocument(article.Content ?? "");
        var content = readerView.Body!;
        var text = ReaderText.Of(content, byline);
        // The reader's own doubt (Readability's "probably readerable" test) is not enough alone: it also doubts
        // news briefs and long articles made of short paragraphs (lists, Chinese or Japanese text).
        if (NotAnArticle.Reason(content, text, readerDoubts: !article.IsReadable, asksForPassword) is { } reason)
            throw new BadInputException(reason);

        return new ArticleFields(
            ArticleText.Clean(text),
            BodyStart: 0,
            Title: Collapse(article.Title),
            Published: metadata.Published ?? (article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null),
            Url: metadata.Url)
        {
            Byline = byline,
            Language = Collapse(article.Language),
        };
    }

    private static bool AsksForPassword(IHtmlDocument document) =>
        document.QuerySelectorAll("input[type]")
            .Any(input => string.Equals(input.GetAttribute("type"), "password", StringComparison.OrdinalIgnoreCase));

    private static bool HasText(IHtmlDocument document) =>
        document.Body?.Descendants<IText>().Any(text => !string.IsNullOrWhiteSpace(text.Data) && !InsideCode(text)) == true;

    private static bool InsideCode(INode node)
    {
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "script" or "style" or "noscript" or "template")
                return true;
        }
        return false;
    }

    private static string? AbsoluteHttp(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    /// <summary>Runs of white space collapsed to one space; null when nothing is left.</summary>
    internal static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
