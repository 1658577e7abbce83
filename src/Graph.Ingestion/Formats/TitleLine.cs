using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Formats;

/// <summary>
/// The headline convention of plain text: the first non-blank line is the title when a blank line follows it
/// (or when it is a Markdown heading), and the body starts at the next non-blank character.
/// </summary>
internal static class TitleLine
{
    /// <summary>A longer first line is a paragraph of the body, not a headline.</summary>
    public const int MaxLength = 300;

    public static (string? Title, int BodyStart) Find(string text, int from)
    {
        var start = FirstNonBlankLine(text, from);
        if (start >= text.Length)
            throw new BadInputException("no body text");

        var line = TextLine.At(text, start);
        var content = line.In(text).Trim();
        var heading = MarkdownHeading(content);
        var blankFollows = line.Next < text.Length && TextLine.At(text, line.Next).IsBlank(text);
        if (content.Length <= MaxLength && (heading is not null || blankFollows))
        {
            var bodyStart = SkipWhitespace(text, line.Next);
            if (bodyStart >= text.Length)
                throw new BadInputException("no body text after the title");
            return (heading ?? content.ToString(), bodyStart);
        }
        return (null, SkipWhitespace(text, start));
    }

    public static int SkipWhitespace(string text, int from)
    {
        var offset = text.AsSpan(from).IndexOfAnyExcept(" \t\r\n\f\v\u00A0");
        return offset < 0 ? text.Length : from + offset;
    }

    private static int FirstNonBlankLine(string text, int from)
    {
        var position = from;
        while (position < text.Length)
        {
            var line = TextLine.At(text, position);
            if (!line.IsBlank(text))
                return position;
            position = line.Next;
        }
        return text.Length;
    }

    /// <summary>"# Title" (ATX heading, levels 1–6) → "Title"; null for any other line.</summary>
    private static string? MarkdownHeading(ReadOnlySpan<char> line)
    {
        var level = line.IndexOfAnyExcept('#');
        if (level is < 1 or > 6 || line[level] is not (' ' or '\t'))
            return null;
        var title = line[level..].Trim().TrimEnd('#').Trim();
        return title.IsEmpty ? null : title.ToString();
    }
}
