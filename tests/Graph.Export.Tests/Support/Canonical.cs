using Graph.Export.Model;

namespace Graph.Export.Tests.Support;

/// <summary>A graph as sorted text lines (labels, keys, every property; types, ends, every property), for comparing two graphs whole.</summary>
internal static class Canonical
{
    /// <summary>The lines of <paramref name="graph"/>, with <paramref name="scope"/>'s token (if any) replaced by "~T".</summary>
    public static IReadOnlyList<string> Lines(ExportGraph graph, Scoped? scope = null)
    {
        var lines = graph.Nodes.Select(n => $"({string.Join(':', n.Labels)} {n.Key}) {PropertyValues.Canonical(n.Properties)}")
            .Concat(graph.Relationships.Select(r => $"({r.Start})-[{r.Type} {PropertyValues.Canonical(r.Properties)}]->({r.End})"));
        if (scope is not null)
            lines = lines.Select(l => l.Replace("~" + scope.Token, "~T", StringComparison.Ordinal));
        return [.. lines.Order(StringComparer.Ordinal)];
    }

    /// <summary>Only the nodes whose key carries the scope's token, and the relationships between them.</summary>
    public static ExportGraph Only(ExportGraph graph, Scoped scope)
    {
        bool Mine(string key) => key.EndsWith("~" + scope.Token, StringComparison.Ordinal);
        return new ExportGraph(graph.Nodes.Where(n => Mine(n.Key)), graph.Relationships.Where(r => Mine(r.Start.Key) && Mine(r.End.Key)));
    }
}

/// <summary>Compares two sorted line lists showing the lines only one of them has.</summary>
internal static class Lines
{
    public static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Missing:\n  {string.Join("\n  ", missing)}\nUnexpected:\n  {string.Join("\n  ", extra)}");
        Assert.Equal(expected, actual);
    }
}
