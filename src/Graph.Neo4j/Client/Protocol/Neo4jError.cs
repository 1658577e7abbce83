namespace Graph.Neo4j.Client.Protocol;

/// <summary>One error from Neo4j's <c>errors</c> array (several are folded into one, messages joined).</summary>
internal sealed record Neo4jError(string Code, string Message);
