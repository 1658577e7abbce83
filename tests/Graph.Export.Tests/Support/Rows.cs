using System.Text.Json;
using Graph.Export.Queries;
using Graph.Neo4j.Client;

namespace Graph.Export.Tests.Support;

/// <summary>A query result whose cells are read by column name.</summary>
internal sealed class Rows(CypherResult result)
{
    public int Count => result.Rows.Count;

    public IReadOnlyList<string> Columns => result.Columns;

    public CypherResult Result => result;

    public IEnumerable<Row> All => result.Rows.Select(r => new Row(result.Columns, r));

    public Row this[int index] => new(result.Columns, result.Rows[index]);

    /// <summary>Runs a library query with <c>key=value</c> arguments, as the query verb does.</summary>
    public static async Task<Rows> RunAsync(INeo4jClient client, string name, params string[] arguments)
    {
        var query = QueryLibrary.Embedded.Find(name) ?? throw new InvalidOperationException($"No query {name}.");
        var results = await client.ExecuteAsync([new CypherStatement(query.Text, QueryArguments.Bind(query, arguments))], CancellationToken.None);
        return new Rows(results[0]);
    }
}

internal sealed class Row(IReadOnlyList<string> columns, IReadOnlyList<JsonElement> cells)
{
    public JsonElement this[string column] => cells[Index(column)];

    /// <summary>A string cell, or null.</summary>
    public string? S(string column) => this[column].ValueKind == JsonValueKind.Null ? null : this[column].GetString();

    public long L(string column) => this[column].GetInt64();

    public double D(string column) => this[column].GetDouble();

    public IReadOnlyList<string?> List(string column) =>
        [.. this[column].EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString())];

    private int Index(string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
                return i;
        }

        throw new ArgumentException($"No column {column}; the columns are {string.Join(", ", columns)}.");
    }
}
