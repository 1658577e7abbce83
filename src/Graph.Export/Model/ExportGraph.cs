using Graph.Core.Model;
namespace Graph.Export.Model;

/// <summary>
/// The graph as Neo4j holds it (labels, keys, properties, typed relationships), whichever way it was obtained:
/// built from a graph document exactly as the writer would store it, or read back from Neo4j. Every export
/// format is written from this one model. Nodes are sorted by label then key, relationships by type then ends.
/// </summary>
public sealed class ExportGraph
{
    public ExportGraph(IEnumerable<ExportNode> nodes, IEnumerable<ExportRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        Nodes = [.. nodes.OrderBy(n => n.Ref)];
        Relationships = [.. relationships.OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Start).ThenBy(r => r.End)
            .ThenBy(r => PropertyValues.Canonical(r.Properties), StringComparer.Ordinal)];
    }

    public IReadOnlyList<ExportNode> Nodes { get; }

    public IReadOnlyList<ExportRelationship> Relationships { get; }
}

/// <summary>A node: its primary label (<see cref="GraphLabels"/>), every label (sorted), its key and its properties.</summary>
/// <param name="Label">Article, Person, Country, Organization, Location or Event.</param>
/// <param name="Labels">All labels, sorted ordinally (an event also carries its type).</param>
/// <param name="Key">The <c>key</c> property, unique per label.</param>
/// <param name="Properties">Every property, <c>key</c> included, sorted by name. Values: see <see cref="PropertyValues"/>.</param>
public sealed record ExportNode(string Label, IReadOnlyList<string> Labels, string Key, IReadOnlyDictionary<string, object> Properties)
{
    public NodeRef Ref => new(Label, Key);

    /// <summary>The property as a string, or null when it is missing.</summary>
    public string? Text(string name) => Properties.TryGetValue(name, out var value) ? value as string : null;
}

/// <summary>A relationship between two nodes, with its properties (sorted by name).</summary>
public sealed record ExportRelationship(string Type, NodeRef Start, NodeRef End, IReadOnlyDictionary<string, object> Properties)
{
    public string? Text(string name) => Properties.TryGetValue(name, out var value) ? value as string : null;
}

/// <summary>Finds a node: keys are unique per label.</summary>
public readonly record struct NodeRef(string Label, string Key) : IComparable<NodeRef>
{
    public int CompareTo(NodeRef other)
    {
        var byLabel = string.CompareOrdinal(Label, other.Label);
        return byLabel != 0 ? byLabel : string.CompareOrdinal(Key, other.Key);
    }

    public override string ToString() => $"{Label} {Key}";
}
