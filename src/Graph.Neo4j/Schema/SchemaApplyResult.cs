namespace Graph.Neo4j.Schema;

/// <param name="Script">The script applied, e.g. <c>v3.cypher</c>.</param>
/// <param name="Statements">How many statements ran.</param>
/// <param name="AlreadyPresent">How many of them the server reported as already there.</param>
/// <param name="Upgraded">Nodes written by an earlier version given the properties identity now looks them up by (<see cref="GraphDataUpgrade"/>).</param>
public sealed record SchemaApplyResult(string Script, int Statements, int AlreadyPresent, long Upgraded);
