namespace Graph.Extraction.Text;

/// <summary>
/// The lines of a page that point to other stories ("Read more: Kenya and Uganda sign trade deal", "Related stories:"
/// and the list under it): headlines of other articles, whose events are not this one's. The labels are the ones
/// English news sites put before such links.
/// </summary>
internal static class LinkLines
{
    private static readonly string[] Labels =
    [
        "read more", "read also", "also read", "see also", "related", "related stories", "related articles", "related coverage",
        "related content", "related news", "more on this story", "more on this", "recommended", "you may also like", "also on",
    ];

    /// <summary>The spans of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> outside link lines, in order.</summary>
    public static IEnumerable<(int Start, int End)> Kept(string text, int start, int end)
    {
        var from = start;
        var inList = false;
        var line = start;
        while (line < end)
        {
            var next = text.IndexOf('\n', line, end - line);
            var lineEnd = next < 0 ? end : next;
            var content = text.AsSpan(line, lineEnd - line).Trim();
            // Under a label alone ("Related stories:") come the links, one to a line, until a line that is neither blank nor a list item.
            var cut = inList && (content.IsEmpty || IsListItem(content));
            if (!cut && IsLabelled(content, out var bare))
            {
                cut = true;
                inList = bare;
            }
            else if (!cut)
            {
                inList = false;
            }

            if (cut)
            {
                if (line > from)
                    yield return (from, line);
                from = next < 0 ? end : next + 1;
            }

            line = next < 0 ? end : next + 1;
        }

        if (from < end)
            yield return (from, end);
    }

    /// <summary>The line opens with a label and its colon; <paramref name="bare"/>: nothing follows it.</summary>
    private static bool IsLabelled(ReadOnlySpan<char> line, out bool bare)
    {
        foreach (var label in Labels)
        {
            if (line.Length > label.Length && line[label.Length] == ':' && line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                bare = line.Length == label.Length + 1;
                return true;
            }
        }

        bare = false;
        return false;
    }

    private static bool IsListItem(ReadOnlySpan<char> line) => line[0] is '\u2022' or '-' or '*' or '\u2013' or '\u2014' or '\u25AA' or '>';
}
