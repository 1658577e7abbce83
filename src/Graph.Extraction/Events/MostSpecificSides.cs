using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// One event read twice from one sentence, once with an organisation or country as a side and once with a person
/// who holds a role there in its place ("… said Kremlin adviser X"; "the Trump administration imposed sanctions",
/// read as the United States and as its president): the sides of an event are the most specific named actor
/// (annotation guidelines), so the person's reading stays. For statements the role must be stated in the same
/// sentence: a country and its leader may each say something in one sentence.
/// </summary>
internal static class MostSpecificSides
{
    public static IReadOnlyList<GraphEvent> Fold(IReadOnlyList<GraphEvent> events, IReadOnlyList<Relation> relations)
    {
        var roles = relations.Where(r => r.Type == RelationTypes.HoldsRole).ToList();
        if (roles.Count == 0)
            return events;
        return events.Where(e => !events.Any(f => !ReferenceEquals(e, f) && e.Type == f.Type && e.Evidence == f.Evidence && Narrows(f, e, roles))).ToList();
    }

    /// <summary>
    /// Whether <paramref name="narrow"/> is <paramref name="broad"/> with sides replaced, each by a person holding a role
    /// at it ("the leaders of Chile and Peru" read as the two countries and as their presidents), and perhaps more
    /// sides ("AU chairperson X met Y and Z" read also as the AU meeting Y).
    /// </summary>
    private static bool Narrows(GraphEvent narrow, GraphEvent broad, List<Relation> roles)
    {
        if (narrow.Participants.Count < broad.Participants.Count)
            return false;
        var onlyBroad = broad.Participants.Except(narrow.Participants).ToList();
        var onlyNarrow = narrow.Participants.Except(broad.Participants).ToList();
        return onlyBroad.Count > 0 && onlyBroad.Count <= onlyNarrow.Count && onlyBroad.TrueForAll(body => onlyNarrow.Exists(person => body.Role == person.Role
            && roles.Exists(r => r.Source == person.Entity && r.Target == body.Entity && (broad.Type != EventType.Statement || r.Evidence == broad.Evidence))));
    }
}
