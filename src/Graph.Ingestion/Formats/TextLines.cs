namespace Graph.Ingestion.Formats;

/// <summary>A line of text: its content is [Start, End) without the line break; the next line starts at Next.</summary>
internal readonly record struct TextLine(int Start, int End, int Next)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public bool IsBlank(string text) => In(text).IsWhiteSpace();

    /// <summary>The line starting at <paramref name="start"/>; LF, CRLF and CR all end a line.</summary>
    public static TextLine At(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\n', '\r');
        if (end < 0)
            return new TextLine(start, text.Length, text.Length);
        end += start;
        var next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        return new TextLine(start, end, next);
    }
}
