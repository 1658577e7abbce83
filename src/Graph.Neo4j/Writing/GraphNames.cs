using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Neo4j.Writing;

/// <summary>
/// The closed list of labels and relationship types the writer may put into statement text. Labels and
/// types cannot be query parameters, so they come only from these constants and from the names of
/// <see cref="EntityType"/> and <see cref="EventType"/> members, each checked before use.
/// </summary>
internal static partial class GraphNames
{
    /// <summary>Event types whose participants get a direct <c>MET</c> relationship between each pair.</summary>
    public static bool IsEncounter(EventType type) => type is EventType.Meeting or EventType.PhoneCall;

    public static string Label(EntityType type) => CheckedLabel(type);

    public static string Label(EventType type) => CheckedLabel(type);

    /// <summary>A document relation's type, only if it is in <see cref="RelationTypes.All"/> and the writer knows its shape.</summary>
    public static string RelationshipType(string type) =>
        RelationTypes.All.Contains(type) && RelationShapes.IsKnown(type) && RelationshipTypePattern().IsMatch(type)
            ? type
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a relation type the writer knows.");

    private static string CheckedLabel<T>(T value) where T : struct, Enum
    {
        var name = Enum.IsDefined(value) ? value.ToString() : null;
        return name is not null && LabelPattern().IsMatch(name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name} member usable as a label.");
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex RelationshipTypePattern();
}
