namespace Graph.Core.Model;

/// <summary>
/// The closed lists of labels, relationship types and property names of the graph (cypher/README.md). The writer
/// and the exports put these, and only these, into Cypher text and file schemas (labels and types cannot be
/// parameters); anything else read from Neo4j is left out.
/// </summary>
public static class GraphLabels
{
    public const string Article = "Article";
    public const string Event = "Event";

    /// <summary>A short form joined to a full form named elsewhere (identity across articles).</summary>
    public const string Alias = "Alias";

    public const string Mentions = "MENTIONS";
    public const string ParticipatedIn = "PARTICIPATED_IN";
    public const string OccurredIn = "OCCURRED_IN";
    public const string ReportedIn = "REPORTED_IN";
    public const string Met = "MET";
    public const string AliasOf = "ALIAS_OF";

    /// <summary>
    /// Properties the writer keeps so that a new report or role costs the same however many an event or a person
    /// already has (running aggregates of an event's reports, a person's role targets): bookkeeping derived from the
    /// graph, not content, so exports leave them out.
    /// </summary>
    public static readonly IReadOnlySet<string> RunningAggregates = new HashSet<string>(StringComparer.Ordinal)
    {
        "first", "earliestPublished", "cameos", "types", "quoteKey", "top", "outlets", "outletBest", "miss", "articleSources", "slot", "roles",
    };

    /// <summary>Labels of entity nodes: the names of <see cref="EntityType"/>.</summary>
    public static readonly IReadOnlyList<string> Entities = Enum.GetNames<EntityType>();

    /// <summary>Second labels of event nodes: the names of <see cref="EventType"/>.</summary>
    public static readonly IReadOnlyList<string> EventTypes = Enum.GetNames<EventType>();

    /// <summary>Every primary node label.</summary>
    public static readonly IReadOnlyList<string> Primary = [Article, .. Entities, Event, Alias];

    /// <summary>Every relationship type.</summary>
    public static readonly IReadOnlyList<string> RelationshipTypes =
        [Mentions, ParticipatedIn, OccurredIn, ReportedIn, Met, AliasOf, .. RelationTypes.All.Order(StringComparer.Ordinal)];

    private static readonly HashSet<string> AllLabels = new([.. Primary, .. EventTypes], StringComparer.Ordinal);
    private static readonly HashSet<string> AllTypes = new(RelationshipTypes, StringComparer.Ordinal);

    public static bool IsLabel(string name) => AllLabels.Contains(name);

    public static bool IsRelationshipType(string name) => AllTypes.Contains(name);

    /// <summary>The primary label among <paramref name="labels"/>, or null when the node is not one of ours.</summary>
    public static string? PrimaryOf(IEnumerable<string> labels)
    {
        var set = labels.ToHashSet(StringComparer.Ordinal);
        return Primary.FirstOrDefault(set.Contains);
    }

    /// <summary>The label, checked against the closed list (labels cannot be Cypher parameters).</summary>
    public static string Checked(string label) =>
        IsLabel(label) || IsRelationshipType(label) ? label : throw new ArgumentOutOfRangeException(nameof(label), label, "Not a label or relationship type of the graph.");
}
