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
