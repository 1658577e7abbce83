using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Text;
using Graph.Neo4j.Client;

namespace Graph.Export.Queries;

/// <summary>
/// Prints a query result: an aligned text table, CSV, or JSON lines (one object per row). Stored text may hold control
/// characters (written by an older version, or by another client): the table and CSV show them escaped, JSON as \u escapes.
/// </summary>
public static class ResultTable
{
    /// <summary>Widest cell of a text table; longer values are cut with "…" (CSV and JSON keep them whole).</summary>
    public const int MaxCellWidth = 80;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Columns padded to their widest cell, a rule under the header, then "(N rows)".</summary>
    public static string Text(CypherResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var cells = result.Rows.Select(row => row.Select(v => Cut(ControlCharacters.Escape(Cell(v)))).ToList()).ToList();
        var widths = result.Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToList();
        var text = new StringBuilder();
        Line(text, result.Columns, widths);
        text.AppendJoin("  ", widths.Select(w => new string('-', w))).Append('\n');
        foreach (var row in cells)
            Line(text, row, widths);
        text.Append('(').Append(result.Rows.Count).Append(result.Rows.Count == 1 ? " row)\n" : " rows)\n");
        return text.ToString();
    }

    /// <summary>RFC 4180 CSV with a header row; lists are joined with "; ".</summary>
    public static string Csv(CypherResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendJoin(',', result.Columns.Select(Quote)).Append("\r\n");
        foreach (var row in result.Rows)
            text.AppendJoin(',', row.Select(v => Quote(ControlCharacters.Escape(Cell(v, "; "))))).Append("\r\n");
        return text.ToString();
    }

    /// <summary>One JSON object per row, keyed by column, values as Neo4j returned them.</summary>
    public static string JsonLines(CypherResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        foreach (var row in result.Rows)
        {
            var item = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            for (var i = 0; i < result.Columns.Count; i++)
                item[result.Columns[i]] = row[i];
            text.Append(JsonSerializer.Serialize(item, Compact)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A value as text: strings as they are, lists joined, maps and nodes as compact JSON, null as nothing.</summary>
    public static string Cell(JsonElement value, string separator = ", ") => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => value.GetString()!.ReplaceLineEndings(" "),
        JsonValueKind.Array => string.Join(separator, value.EnumerateArray().Select(v => Cell(v, separator))),
        JsonValueKind.Object => JsonSerializer.Serialize(value, Compact),
        _ => value.GetRawText(),
    };

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, IReadOnlyList<int> widths)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                text.Append("  ");
            text.Append(i == cells.Count - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }

        text.Append('\n');
    }

    private static string Cut(string cell) => cell.Length <= MaxCellWidth ? cell : cell[..(MaxCellWidth - 1)] + "…";

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
