namespace Graph.Core.Model;

/// <summary>The closed list of entity-to-entity relation types a graph document may carry.</summary>
public static class RelationTypes
{
    public const string HoldsRole = "HOLDS_ROLE";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { HoldsRole };
}
