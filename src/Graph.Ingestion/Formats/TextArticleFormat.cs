using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Formats;

/// <summary>
/// .txt and .md articles: optional front matter (a line <c>---</c>, then <c>title:</c>, <c>published:</c>,
/// <c>url:</c> lines, then <c>---</c>), else a title line; the rest is the body. Text is the whole file.
/// </summary>
internal static class TextArticleFormat
{
    public static ArticleFields Parse(string text)
    {
        var first = TextLine.At(text, 0);
        if (!IsFence(first.In(text)))
        {
            var (title, bodyStart) = TitleLine.Find(text, 0);
            return new ArticleFields(text, bodyStart, title);
        }

        string? frontTitle = null, published = null, url = null;
        var position = first.Next;
        while (true)
        {
            if (position >= text.Length)
                throw new BadInputException("front matter is not closed by a '---' line");
            var line = TextLine.At(text, position);
            var content = line.In(text);
            if (IsFence(content))
            {
                position = line.Next;
                break;
            }
            var colon = content.IndexOf(':');
            if (colon > 0)
            {
                var value = Unquote(content[(colon + 1)..].Trim());
                switch (content[..colon].Trim().ToString().ToLowerInvariant())
                {
                    case "title": frontTitle = value; break;
                    case "published" or "date": published = value; break;
                    case "url": url = value; break;
                }
            }
            position = line.Next;
        }

        var date = PublishedDate.ParseGiven(published, "front matter");
        if (!string.IsNullOrEmpty(frontTitle))
        {
            var bodyStart = TitleLine.SkipWhitespace(text, position);
            if (bodyStart >= text.Length)
                throw new BadInputException("no body text after the front matter");
            return new ArticleFields(text, bodyStart, frontTitle, date, NullIfEmpty(url));
        }
        var (lineTitle, start) = TitleLine.Find(text, position);
        return new ArticleFields(text, start, lineTitle, date, NullIfEmpty(url));
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");

    private static string Unquote(ReadOnlySpan<char> value)
    {
        if (value.Length >= 2 && (value[0], value[^1]) is ('"', '"') or ('\'', '\''))
            value = value[1..^1];
        return value.ToString();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
