using AngleSharp.Dom;

namespace Graph.Ingestion.Formats.Html;

/// <summary>
/// Why what the reader found on a page is not an article, or null when it is one. The reader always picks the
/// best block of text on a page; on an index page that is a list of teasers, on a login wall a sign-in box.
/// </summary>
internal static class NotAnArticle
{
    /// <summary>Real articles link a word here and there; a list of teasers is a quarter links or more.</summary>
    private const double IndexLinkShare = 0.25;

    private const int IndexLinkedHeadings = 3;

    public static string? Reason(IElement content, string text, bool readerDoubts, bool asksForPassword)
    {
        if (text.Length == 0)
            return "no readable article on the page (no text the reader takes for an article)";
        if (asksForPassword && readerDoubts)
            return "no readable article on the page (a login wall: it asks for a password and shows no article)";
        if (LinkedHeadings(content) >= IndexLinkedHeadings && LinkShare(content) >= IndexLinkShare)
            return "no readable article on the page (an index page: a list of linked headlines)";
        return null;
    }

    /// <summary>Headings that are links (or links that hold a heading): the headlines of other pages.</summary>
    private static int LinkedHeadings(IElement content) =>
        content.QuerySelectorAll("h1, h2, h3, h4, h5, h6")
            .Count(heading => heading.QuerySelector("a[href]") is not null || heading.Closest("a[href]") is not null);

    private static double LinkShare(IElement content)
    {
        var all = VisibleLength(content.TextContent);
        if (all == 0)
            return 0;
        var linked = content.QuerySelectorAll("a")
            .Where(link => link.ParentElement?.Closest("a") is null)
            .Sum(link => VisibleLength(link.TextContent));
        return (double)linked / all;
    }

    private static int VisibleLength(string text) => text.Count(c => !char.IsWhiteSpace(c));
}
