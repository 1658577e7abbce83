namespace Graph.Neo4j.Client;

/// <summary>Which HTTP API the client speaks.</summary>
public enum Neo4jHttpApi
{
    /// <summary>The transactional Cypher HTTP API (3.x: /db/data/transaction; 4.x+: /db/{name}/tx).</summary>
    Transactional,
    /// <summary>Query API v2 (5.19+ and Aura: /db/{name}/query/v2).</summary>
    QueryV2,
}

/// <summary>What discovery and <c>CALL dbms.components()</c> found out about the server.</summary>
public sealed record Neo4jServerInfo(Version Version, string Edition, Neo4jHttpApi Api)
{
    /// <summary>True from 4.4 on, where <c>CREATE CONSTRAINT name IF NOT EXISTS FOR … REQUIRE</c> exists.</summary>
    public bool SupportsModernSchemaSyntax => Version >= new Version(4, 4);
}
