using Graph.Neo4j.Client;

namespace Graph.Neo4j.Schema;

/// <summary>Picks the schema script that the server's Cypher understands.</summary>
public static class SchemaDialect
{
    public static string ScriptFor(Neo4jServerInfo server) =>
        server.SupportsModernSchemaSyntax ? SchemaScript.Modern : SchemaScript.Legacy;

    /// <summary>
    /// Status codes meaning "this rule is already there": 4.0–4.3 raise the first for the 3.x syntax,
    /// older servers the other two. Applying the schema again is then a no-op, not a failure.
    /// </summary>
    public static bool IsAlreadyExists(string code) => code is
        "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists" or
        "Neo.ClientError.Schema.ConstraintAlreadyExists" or
        "Neo.ClientError.Schema.IndexAlreadyExists";
}
