using System.Globalization;
using System.Text;
using Graph.Core.Model;
using Graph.Export.Model;

namespace Graph.Export.Formats;

/// <summary>
/// A Cypher script that rebuilds the graph in Neo4j 3.1 through 5.x: <c>UNWIND [rows] … MERGE</c> statements,
/// nodes first, then relationships, each statement ending with <c>;</c> at the end of its last line (the only
/// lines that do: a string literal never spans lines), so <c>cypher-shell</c> runs it as it is and a loader for
/// the HTTP API splits it there.
/// Values are literals (a script carries its data), escaped for Cypher; labels and types come only from
/// <see cref="GraphLabels"/>. Relationships are merged on the same identity as the writer's, so loading the
/// script twice gives the same graph.
/// </summary>
public sealed class CypherExporter : IGraphExporter
{
    /// <summary>Rows per statement.</summary>
    public const int BatchSize = 200;

    /// <summary>The properties that, with its ends, identify a relationship of each type (as the writer merges them).</summary>
    private static readonly Dictionary<string, string[]> Identity = new(StringComparer.Ordinal)
    {
        [GraphLabels.ParticipatedIn] = ["role"],
        [GraphLabels.Met] = ["event"],
        [GraphLabels.AliasOf] = ["article"],
        [Graph.Core.Model.RelationTypes.HoldsRole] = ["article", "title"],
    };

    public ExportFormat Format => ExportFormat.Cypher;

    public async Task WriteAsync(ExportGraph graph, ExportOptions options, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var line in Header(graph, options))
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);

        foreach (var group in graph.Nodes.GroupBy(n => (n.Label, Extra: string.Join(':', n.Labels.Where(l => l != n.Label)))))
        {
            var labels = string.Concat(group.First().Labels.Where(l => l != group.Key.Label).Select(l => ":" + GraphLabels.Checked(l)));
            var set = labels.Length > 0 ? $"SET n{labels}, n += row.properties" : "SET n += row.properties";
            foreach (var batch in group.Chunk(BatchSize))
            {
                var rows = batch.Select(n => $"{{key: {Literal(n.Key)}, properties: {Map(n.Properties)}}}");
                await WriteStatementAsync(writer, rows, $"MERGE (n:{GraphLabels.Checked(group.Key.Label)} {{key: row.key}}) {set};", cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var group in graph.Relationships.GroupBy(r => (r.Type, Start: r.Start.Label, End: r.End.Label)))
        {
            var identity = Identity.GetValueOrDefault(group.Key.Type, []);
            var pattern = identity.Length == 0 ? "" : " {" + string.Join(", ", identity.Select(p => $"{Name(p)}: row.identity.{Name(p)}")) + "}";
            var merge = $"MATCH (a:{GraphLabels.Checked(group.Key.Start)} {{key: row.source}}) MATCH (b:{GraphLabels.Checked(group.Key.End)} {{key: row.target}}) "
                        + $"MERGE (a)-[r:{GraphLabels.Checked(group.Key.Type)}{pattern}]->(b) SET r += row.properties;";
            foreach (var batch in group.Chunk(BatchSize))
            {
                var rows = batch.Select(r =>
                {
                    var id = identity.Length == 0 ? "" :
                        ", identity: " + Map(identity.Where(r.Properties.ContainsKey).ToDictionary(p => p, p => r.Properties[p], StringComparer.Ordinal));
                    return $"{{source: {Literal(r.Start.Key)}, target: {Literal(r.End.Key)}{id}, properties: {Map(r.Properties)}}}";
                });
                await WriteStatementAsync(writer, rows, merge, cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<string> Header(ExportGraph graph, ExportOptions options)
    {
        yield return $"// {OneLine(options.Title)}";
        yield return $"// {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships, as the graph writer stores them (cypher/README.md).";
        yield return "// Load it into Neo4j 3.1 to 5.x with `cypher-shell -f FILE` (`cypher-shell < FILE` before 4.0), or send each statement";
        yield return "// (it ends with ';' at the end of a line) through the HTTP API. Loading it twice changes nothing. For a large graph, create the key";
        yield return "// constraints first (cypher/schema/v3.cypher for 3.x-4.3, v4.4.cypher for 4.4 and later).";
    }

    private static async Task WriteStatementAsync(StreamWriter writer, IEnumerable<string> rows, string body, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("UNWIND [\n");
        text.AppendJoin(",\n", rows);
        text.Append("\n] AS row\n").Append(body).Append('\n');
        await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A map literal; names are back-quoted, so keywords such as <c>end</c> are safe.</summary>
    private static string Map(IReadOnlyDictionary<string, object> properties) =>
        "{" + string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{Name(p.Key)}: {Literal(p.Value)}")) + "}";

    private static string Name(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>A Cypher literal of a graph property value.</summary>
    public static string Literal(object value) => value switch
    {
        string s => Quote(s),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => PropertyValues.Float(d),
        bool b => b ? "true" : "false",
        IReadOnlyList<string> list => "[" + string.Join(", ", list.Select(Quote)) + "]",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a graph property value."),
    };

    /// <summary>A single-quoted string literal; a line break or control character is escaped, so a literal never spans lines.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => quoted.Append(@"\\"),
                '\'' => quoted.Append(@"\'"),
                '\n' => quoted.Append(@"\n"),
                '\r' => quoted.Append(@"\r"),
                '\t' => quoted.Append(@"\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('\'').ToString();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
