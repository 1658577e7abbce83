namespace Graph.Ingestion.Formats.Html;

/// <summary>
/// A forgiving, linear-time HTML tokenizer: enough to find a page's text, title and meta data without a
/// parser package. Comments, doctypes and processing instructions are dropped; the content of raw-text
/// elements (script, style, title…) is kept whole in one start-tag token and never read as markup.
/// </summary>
internal static class HtmlTokenizer
{
    private static readonly HashSet<string> RawTextElements =
        ["script", "style", "title", "textarea", "noscript", "template", "xmp", "iframe", "noembed", "noframes"];

    public static List<HtmlToken> Tokenize(string html)
    {
        var tokens = new List<HtmlToken>();
        var position = 0;
        while (position < html.Length)
        {
            var lt = html.IndexOf('<', position);
            if (lt < 0)
            {
                tokens.Add(HtmlToken.OfText(html[position..]));
                break;
            }
            if (lt > position)
                tokens.Add(HtmlToken.OfText(html[position..lt]));
            position = ReadMarkup(html, lt, tokens);
        }
        return tokens;
    }

    /// <summary>Reads the markup at <paramref name="lt"/> (a '&lt;') and returns where the next token starts.</summary>
    private static int ReadMarkup(string html, int lt, List<HtmlToken> tokens)
    {
        var rest = html.AsSpan(lt);
        if (rest.StartsWith("<!--"))
            return SkipPast(html, lt + 4, "-->");
        if (rest.Length > 1 && rest[1] is '!' or '?')
            return SkipPast(html, lt + 2, ">");
        if (rest.Length > 2 && rest[1] == '/' && char.IsAsciiLetter(rest[2]))
        {
            var (name, afterName) = ReadName(html, lt + 2);
            tokens.Add(HtmlToken.End(name));
            return SkipPast(html, afterName, ">");
        }
        if (rest.Length > 1 && char.IsAsciiLetter(rest[1]))
            return ReadStartTag(html, lt, tokens);

        tokens.Add(HtmlToken.OfText("<"));
        return lt + 1;
    }

    private static int ReadStartTag(string html, int lt, List<HtmlToken> tokens)
    {
        var (name, position) = ReadName(html, lt + 1);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var selfClosing = false;
        while (position < html.Length && html[position] != '>')
        {
            var c = html[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }
            if (c == '/')
            {
                selfClosing = true;
                position++;
                continue;
            }
            selfClosing = false;
            position = ReadAttribute(html, position, attributes);
        }
        position = Math.Min(position + 1, html.Length);

        if (!selfClosing && RawTextElements.Contains(name))
        {
            var close = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
            var content = close < 0 ? html[position..] : html[position..close];
            tokens.Add(new HtmlToken(HtmlTokenKind.StartTag, name, content, attributes));
            tokens.Add(HtmlToken.End(name));
            return close < 0 ? html.Length : SkipPast(html, close + 2 + name.Length, ">");
        }
        tokens.Add(new HtmlToken(HtmlTokenKind.StartTag, name, "", attributes, selfClosing));
        return position;
    }

    private static int ReadAttribute(string html, int position, Dictionary<string, string> attributes)
    {
        var start = position;
        while (position < html.Length && html[position] is not ('=' or '>' or '/') && !char.IsWhiteSpace(html[position]))
            position++;
        var name = html[start..position].ToLowerInvariant();
        while (position < html.Length && char.IsWhiteSpace(html[position]))
            position++;
        var value = "";
        if (position < html.Length && html[position] == '=')
        {
            position++;
            while (position < html.Length && char.IsWhiteSpace(html[position]))
                position++;
            if (position < html.Length && html[position] is '"' or '\'')
            {
                var quote = html[position];
                var end = html.IndexOf(quote, position + 1);
                end = end < 0 ? html.Length : end;
                value = html[(position + 1)..end];
                position = Math.Min(end + 1, html.Length);
            }
            else
            {
                var valueStart = position;
                while (position < html.Length && html[position] != '>' && !char.IsWhiteSpace(html[position]))
                    position++;
                value = html[valueStart..position];
            }
        }
        if (name.Length > 0)
            attributes.TryAdd(name, System.Net.WebUtility.HtmlDecode(value));
        return position == start ? position + 1 : position;
    }

    private static (string Name, int End) ReadName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':' or '_'))
            end++;
        return (html[start..end].ToLowerInvariant(), end);
    }

    private static int SkipPast(string html, int from, string terminator)
    {
        var index = html.IndexOf(terminator, Math.Min(from, html.Length), StringComparison.Ordinal);
        return index < 0 ? html.Length : index + terminator.Length;
    }
}
