using System.Text.RegularExpressions;

namespace Graph.Export.Queries;

/// <summary>
/// Reads a query file's header: the leading <c>//</c> comment lines. The first paragraph is the summary;
/// <c>@param NAME TYPE DEFAULT DESCRIPTION</c> lines declare the parameters; <c>Example:</c> lines show a use.
/// Every <c>$name</c> the query uses must be declared, and every declared parameter used.
/// </summary>
public static partial class QueryHeader
{
    public static LibraryQuery Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var summary = new List<string>();
        var parameters = new List<QueryParameter>();
        var examples = new List<string>();
        var inSummary = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (!line.StartsWith("//", StringComparison.Ordinal))
                break;
            line = line[2..].Trim();
            if (line.Length == 0)
            {
                inSummary = summary.Count == 0;
                continue;
            }

            if (line.StartsWith("@param", StringComparison.Ordinal))
            {
                parameters.Add(Parameter(name, line));
                inSummary = false;
            }
            else if (line.StartsWith("Example:", StringComparison.Ordinal))
            {
                examples.Add(line["Example:".Length..].Trim());
                inSummary = false;
            }
            else if (inSummary)
            {
                summary.Add(line);
            }
        }

        if (summary.Count == 0)
            throw new FormatException($"Query {name}: the header has no summary (a first paragraph of // comments).");
        var declared = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var used = ParameterUse().Matches(Body(text)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        if (used.Except(declared).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } undeclared)
            throw new FormatException($"Query {name}: parameters used but not declared with @param: {string.Join(", ", undeclared)}.");
        if (declared.Except(used).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } unused)
            throw new FormatException($"Query {name}: parameters declared but not used: {string.Join(", ", unused)}.");
        return new LibraryQuery(name, string.Join(' ', summary), parameters, examples, text);
    }

    private static QueryParameter Parameter(string query, string line)
    {
        var match = ParamLine().Match(line);
        if (!match.Success)
            throw new FormatException($"Query {query}: '{line}' is not '@param NAME TYPE DEFAULT DESCRIPTION'.");
        if (!Enum.TryParse<QueryParameterType>(match.Groups["type"].Value, ignoreCase: true, out var type))
            throw new FormatException($"Query {query}: unknown parameter type '{match.Groups["type"].Value}' (string, int, float, bool, list).");
        var value = match.Groups["default"].Value;
        return new QueryParameter(match.Groups["name"].Value, type, value == "required", value is "required" or "null" ? null : value,
            match.Groups["description"].Value.Trim());
    }

    /// <summary>The query without comments and string literals, where a <c>$name</c> is a parameter.</summary>
    private static string Body(string text) => Literal().Replace(Comment().Replace(text, ""), "''");

    [GeneratedRegex(@"^@param\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?<type>\w+)\s+(?<default>\S+)\s*(?<description>.*)$")]
    private static partial Regex ParamLine();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterUse();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""")]
    private static partial Regex Literal();
}
