using System.Reflection;

namespace Graph.Neo4j.Schema;

/// <summary>One dialect's schema statements, read from <c>cypher/schema/*.cypher</c> (embedded in this assembly).</summary>
/// <param name="Name">The file name, e.g. <c>v4.4.cypher</c>.</param>
/// <param name="Statements">The statements, in file order, without their closing ';'.</param>
public sealed record SchemaScript(string Name, IReadOnlyList<string> Statements)
{
    public const string Legacy = "v3.cypher";
    public const string Modern = "v4.4.cypher";

    private const string ResourcePrefix = "Graph.Neo4j.Schema.";

    /// <summary>Reads an embedded script by file name.</summary>
    public static SchemaScript Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The schema script '{name}' is not embedded in {typeof(SchemaScript).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd());
    }

    /// <summary>
    /// Splits a script into statements: blank lines and lines starting with <c>//</c> are skipped, a
    /// statement may span lines and ends at a line ending with ';'.
    /// </summary>
    public static SchemaScript Parse(string name, string text)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
                continue;
            if (line.EndsWith(';'))
            {
                current.Add(line[..^1].TrimEnd());
                statements.Add(string.Join(' ', current));
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
            throw new FormatException($"The schema script '{name}' ends with a statement that has no closing ';': {string.Join(' ', current)}");
        return new SchemaScript(name, statements);
    }
}
