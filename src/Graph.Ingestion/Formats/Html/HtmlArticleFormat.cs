using System.Net;
using System.Text;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Formats.Html;

/// <summary>
/// HTML pages, read for their main text: the largest <c>&lt;article&gt;</c>, else the largest
/// <c>&lt;main&gt;</c>, else the body without navigation, headers, footers, asides and forms. Scripts and
/// styles are dropped, entities decoded, white space collapsed, and block elements become paragraphs
/// separated by a blank line; that text is the article's Text. The title comes from <c>&lt;title&gt;</c>
/// (else <c>og:title</c>, else the first <c>&lt;h1&gt;</c>); a leading <c>&lt;h1&gt;</c> headline is placed
/// before <see cref="ArticleFields.BodyStart"/>. The date comes from <c>article:published_time</c> and the URL
/// from the canonical link or <c>og:url</c>, where the page has them.
/// </summary>
internal static class HtmlArticleFormat
{
    private static readonly HashSet<string> BlockElements =
    [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
        "table", "td", "th", "tr", "ul", "body",
    ];

    /// <summary>Never main text, wherever they are.</summary>
    private static readonly HashSet<string> SkippedElements =
    [
        "nav", "aside", "form", "button", "select", "figure", "svg", "math", "menu", "dialog", "object",
        "script", "style", "noscript", "template", "textarea", "iframe", "head", "title", "xmp", "noembed", "noframes",
    ];

    /// <summary>Elements with no content, which never get an end tag.</summary>
    private static readonly HashSet<string> VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    public static ArticleFields Parse(string html)
    {
        var tokens = HtmlTokenizer.Tokenize(html);
        var (paragraphs, headlineFirst) = MainText(tokens);
        if (paragraphs.Count == 0)
            throw new BadInputException("the HTML page has no text");

        var text = string.Join("\n\n", paragraphs);
        var title = FirstNonEmpty(
            Collapse(WebUtility.HtmlDecode(tokens.FirstOrDefault(t => t is { Kind: HtmlTokenKind.StartTag, Name: "title" })?.Text)),
            Meta(tokens, "og:title"),
            headlineFirst ? paragraphs[0] : null);
        var bodyStart = headlineFirst && paragraphs.Count > 1 ? paragraphs[0].Length + 2 : 0;
        var published = PublishedDate.TryParse(Meta(tokens, "article:published_time"), out var date) ? date : (DateOnly?)null;
        var url = FirstNonEmpty(CanonicalLink(tokens), Meta(tokens, "og:url"));
        return new ArticleFields(ArticleText.Clean(text), bodyStart, title, published, url);
    }

    private static (List<string> Paragraphs, bool HeadlineFirst) MainText(List<HtmlToken> tokens)
    {
        foreach (var container in (string[])["article", "main"])
        {
            var candidates = Regions(tokens, container)
                .Select(region => Paragraphs(tokens, region.Start, region.End, skipPageChrome: false))
                .Where(result => result.Paragraphs.Count > 0)
                .ToList();
            if (candidates.Count > 0)
                return candidates.MaxBy(result => result.Paragraphs.Sum(p => p.Length));
        }
        return Paragraphs(tokens, 0, tokens.Count, skipPageChrome: true);
    }

    /// <summary>The token ranges inside each element named <paramref name="name"/> (outermost ones).</summary>
    private static IEnumerable<(int Start, int End)> Regions(List<HtmlToken> tokens, string name)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is not { Kind: HtmlTokenKind.StartTag, SelfClosing: false } start || start.Name != name)
                continue;
            var depth = 1;
            var end = i + 1;
            for (; end < tokens.Count && depth > 0; end++)
            {
                if (tokens[end].Name != name)
                    continue;
                depth += tokens[end].Kind == HtmlTokenKind.StartTag ? 1 : -1;
            }
            yield return (i + 1, depth == 0 ? end - 1 : tokens.Count);
            i = end - 1;
        }
    }

    private static (List<string> Paragraphs, bool HeadlineFirst) Paragraphs(List<HtmlToken> tokens, int start, int end, bool skipPageChrome)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var skipDepth = 0;
        var headlineDepth = 0;
        var currentIsHeadline = false;
        var headlineFirst = false;

        void Flush()
        {
            var paragraph = Collapse(WebUtility.HtmlDecode(current.ToString()));
            current.Clear();
            if (paragraph is null)
                return;
            if (paragraphs.Count == 0)
                headlineFirst = currentIsHeadline;
            paragraphs.Add(paragraph);
        }

        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            var skipped = SkippedElements.Contains(token.Name) || (skipPageChrome && token.Name is "header" or "footer");
            switch (token.Kind)
            {
                case HtmlTokenKind.Text when skipDepth == 0:
                    if (current.Length == 0)
                        currentIsHeadline = headlineDepth > 0;
                    current.Append(token.Text);
                    break;
                case HtmlTokenKind.StartTag when skipped:
                    if (!token.SelfClosing && !VoidElements.Contains(token.Name))
                        skipDepth++;
                    break;
                case HtmlTokenKind.EndTag when skipped:
                    skipDepth = Math.Max(0, skipDepth - 1);
                    break;
                case HtmlTokenKind.StartTag or HtmlTokenKind.EndTag when skipDepth == 0 && BlockElements.Contains(token.Name):
                    Flush();
                    if (token.Name == "h1")
                        headlineDepth = Math.Max(0, headlineDepth + (token.Kind == HtmlTokenKind.StartTag ? 1 : -1));
                    break;
            }
        }
        Flush();
        return (paragraphs, headlineFirst);
    }

    private static string? Meta(List<HtmlToken> tokens, string property) =>
        Collapse(tokens
            .Where(t => t is { Kind: HtmlTokenKind.StartTag, Name: "meta" }
                && (t.Attribute("property") == property || t.Attribute("name") == property))
            .Select(t => t.Attribute("content"))
            .FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)));

    private static string? CanonicalLink(List<HtmlToken> tokens) =>
        Collapse(tokens
            .Where(t => t is { Kind: HtmlTokenKind.StartTag, Name: "link" }
                && (t.Attribute("rel") ?? "").Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
            .Select(t => t.Attribute("href"))
            .FirstOrDefault(h => !string.IsNullOrWhiteSpace(h)));

    /// <summary>Text with runs of white space collapsed to one space; null when nothing is left.</summary>
    private static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                    builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }
        var result = builder.ToString().TrimEnd();
        return result.Length == 0 ? null : result;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
