namespace Graph.Neo4j.Client;

/// <summary>One Cypher statement and its parameters. Every value goes in <see cref="Parameters"/>, never into the text.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null);
