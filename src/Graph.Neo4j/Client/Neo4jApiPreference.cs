namespace Graph.Neo4j.Client;

/// <summary>Which HTTP API to speak: chosen by discovery (<see cref="Auto"/>) or forced.</summary>
public enum Neo4jApiPreference
{
    /// <summary>Query API v2 when the server offers it (5.19+, Aura), else the transactional API.</summary>
    Auto,
    /// <summary>Always the transactional Cypher HTTP API (3.x–5.x; deprecated in 5.26, absent on Aura).</summary>
    Transactional,
    /// <summary>Always Query API v2.</summary>
    QueryV2,
}
