using System.Text;

namespace Graph.Export.Queries;

/// <summary>The queries of cypher/queries, embedded in this assembly at build time, sorted by name.</summary>
public sealed class QueryLibrary
{
    private const string Prefix = "Graph.Export.Queries.";
    private const string Extension = ".cypher";

    private static readonly Lazy<QueryLibrary> Lazy = new(Load);

    private QueryLibrary(IReadOnlyList<LibraryQuery> queries) => Queries = queries;

    /// <summary>The library as built into the program.</summary>
    public static QueryLibrary Embedded => Lazy.Value;

    public IReadOnlyList<LibraryQuery> Queries { get; }

    /// <summary>The query of that name (ordinal, case-insensitive), or null.</summary>
    public LibraryQuery? Find(string name) => Queries.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Each query: its name and summary, its parameters, and its first example.</summary>
    public string Listing()
    {
        var text = new StringBuilder();
        foreach (var query in Queries)
        {
            text.Append(query.Name).Append('\n').Append("  ").Append(query.Summary).Append('\n');
            foreach (var p in query.Parameters)
            {
                var use = p.Required ? "required" : $"default {p.Default ?? "null"}";
                text.Append("    --param ").Append(p.Name).Append('=').Append(p.Type.ToString().ToLowerInvariant())
                    .Append("  (").Append(use).Append(") ").Append(p.Description).Append('\n');
            }

            if (query.Examples.Count > 0)
                text.Append("  e.g. ").Append(query.Examples[0]).Append('\n');
            text.Append('\n');
        }

        return text.ToString();
    }

    private static QueryLibrary Load()
    {
        var assembly = typeof(QueryLibrary).Assembly;
        var queries = new List<LibraryQuery>();
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(Extension, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            queries.Add(QueryHeader.Parse(resource[Prefix.Length..^Extension.Length], reader.ReadToEnd()));
        }

        return new QueryLibrary(queries);
    }
}
