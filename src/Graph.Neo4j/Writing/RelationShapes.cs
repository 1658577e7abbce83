using Graph.Core.Model;

namespace Graph.Neo4j.Writing;

/// <summary>
/// How each document relation type is stored: one relationship per (source, target, article, identity
/// property), so a rewritten article can remove exactly its own and the same fact from two articles
/// stays two pieces of evidence.
/// </summary>
internal static class RelationShapes
{
    private static readonly Dictionary<string, string> IdentityProperty = new(StringComparer.Ordinal)
    {
        [RelationTypes.HoldsRole] = "title",
    };

    public static bool IsKnown(string type) => IdentityProperty.ContainsKey(type);

    /// <summary>The property that, with the article, tells two relations of this type between the same ends apart.</summary>
    public static string IdentityOf(string type) => IdentityProperty[type];
}
