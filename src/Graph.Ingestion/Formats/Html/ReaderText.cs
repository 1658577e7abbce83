using System.Text;
using AngleSharp.Dom;

namespace Graph.Ingestion.Formats.Html;

/// <summary>
/// The text of the article the reader found: white space collapsed, one paragraph per block element (and per
/// <c>&lt;br&gt;</c>), paragraphs separated by a blank line. Figures (images and their captions and credits) are
/// not article text; neither is a paragraph that only repeats the byline, whose names are the author's, not the
/// story's.
/// </summary>
internal static class ReaderText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
        "table", "td", "th", "tr", "ul", "body",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "figure", "script", "style", "noscript", "template", "svg", "math", "button", "select", "textarea",
    };

    public static string Of(IElement content, string? byline)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (HtmlArticleFormat.Collapse(current.ToString()) is { } paragraph && !SameText(paragraph, byline))
                paragraphs.Add(paragraph);
            current.Clear();
        }

        // Walked with an explicit stack: a hostile page may nest deeper than recursion allows.
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((content, false));
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            if (node is IText textNode)
            {
                current.Append(textNode.Data);
                continue;
            }
            if (node is not IElement element || SkippedElements.Contains(element.LocalName))
                continue;
            var block = BlockElements.Contains(element.LocalName);
            if (block)
                Flush();
            if (leaving)
                continue;
            if (block)
                pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                pending.Push((child, false));
        }
        Flush();
        return string.Join("\n\n", paragraphs);
    }

    private static bool SameText(string paragraph, string? byline) =>
        byline is not null && string.Equals(paragraph, byline, StringComparison.OrdinalIgnoreCase);
}
