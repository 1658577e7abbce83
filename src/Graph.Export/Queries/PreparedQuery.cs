using Graph.Neo4j.Client;

namespace Graph.Export.Queries;

/// <summary>A query of the library with its arguments bound, ready to run against Neo4j.</summary>
public sealed record PreparedQuery(LibraryQuery Query, IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>
    /// The query named <paramref name="name"/> with <c>key=value</c> <paramref name="assignments"/> bound; throws
    /// <see cref="ArgumentException"/> with a message for the user when there is no such query or an argument is wrong.
    /// </summary>
    public static PreparedQuery Prepare(QueryLibrary library, string name, IEnumerable<string> assignments)
    {
        ArgumentNullException.ThrowIfNull(library);
        var query = library.Find(name) ?? throw new ArgumentException($"no query named '{name}'; graph query --list shows them.");
        return new PreparedQuery(query, QueryArguments.Bind(query, assignments));
    }

    /// <summary>Runs the query and prints its rows as <paramref name="format"/>: <c>table</c>, <c>csv</c> or <c>json</c> (see <see cref="ResultTable"/>).</summary>
    public async Task<string> RunAsync(INeo4jClient client, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var results = await client.ExecuteAsync([new CypherStatement(Query.Text, Values)], cancellationToken).ConfigureAwait(false);
        return format switch
        {
            "csv" => ResultTable.Csv(results[0]),
            "json" => ResultTable.JsonLines(results[0]),
            _ => ResultTable.Text(results[0]),
        };
    }
}
