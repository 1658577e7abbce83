namespace Graph.Export.Formats;

/// <summary>The export formats.</summary>
public enum ExportFormat
{
    /// <summary>One self-contained HTML page with an interactive view (works offline).</summary>
    Html,
    /// <summary>GraphML with typed attributes, for Gephi, Cytoscape, yEd, NetworkX.</summary>
    GraphML,
    /// <summary>A Cypher script that loads the same graph into Neo4j (cypher-shell or the HTTP API).</summary>
    Cypher,
    /// <summary>Nodes and links as JSON (the shape D3 and most graph libraries read).</summary>
    Json,
}
