using System.Text;
using Graph.Core.Text;

namespace Graph.Worker.Commands;

/// <summary>The listing verbs' tables: a header and one line a row, columns aligned two spaces apart, control characters escaped.</summary>
internal static class TextTable
{
    public static StringBuilder Format(string[] header, IEnumerable<string[]> rows)
    {
        var escaped = rows.Select(r => r.Select(ControlCharacters.Escape).ToArray()).ToList();
        var widths = header.Select((h, i) => escaped.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        foreach (var row in escaped.Prepend(header))
            text.Append(string.Join("  ", row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd()).Append('\n');
        return text;
    }
}
