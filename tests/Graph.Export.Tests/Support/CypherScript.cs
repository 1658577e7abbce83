namespace Graph.Export.Tests.Support;

/// <summary>
/// Splits a script of <c>graph export --format cypher</c> into statements for the HTTP API, the way its header says:
/// a statement ends with the line that ends with ';'; comment lines are dropped.
/// </summary>
internal static class CypherScript
{
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var line in script.Split('\n'))
        {
            if (line.StartsWith("//", StringComparison.Ordinal) || (current.Count == 0 && line.Trim().Length == 0))
                continue;
            if (line.EndsWith(';'))
            {
                current.Add(line[..^1]);
                statements.Add(string.Join('\n', current));
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }

        Assert.True(current.All(l => l.Trim().Length == 0), "The script ends inside a statement.");
        return statements;
    }
}
