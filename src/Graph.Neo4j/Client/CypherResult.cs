using System.Text.Json;

namespace Graph.Neo4j.Client;

/// <summary>The result of one statement: column names and rows of values (as JSON, the wire form).</summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Rows);
