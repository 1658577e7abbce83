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
        var kept = events.Where(e => !events.Any(f => !ReferenceEquals(e, f) && e.Type == f.Type && e.Evidence == f.Evidence && Narrows(f, e, roles))).ToList();
        return Retold([.. kept.Select(e => WithoutOwnersOfItsPeople(e, roles))], roles);
    }

    /// <summary>
    /// "Foreign Minister of Sri Lanka X held talks with his Indian counterpart": one side read both as the person and as the
    /// state the sentence gives the person's office at. Of three or more sides of a meeting, call, negotiation or deal, the
    /// state goes when a person beside it holds a role there stated in the event's sentence.
    /// </summary>
    private static GraphEvent WithoutOwnersOfItsPeople(GraphEvent e, List<Relation> roles)
    {
        if (e.Participants.Count < 3 || !EventCatalog.Kinds[e.Type].Symmetric)
            return e;
        var kept = e.Participants.Where(body => !e.Participants.Any(person => person != body && person.Role == body.Role
            && roles.Exists(r => r.Source == person.Entity && r.Target == body.Entity && r.Evidence == e.Evidence))).ToList();
        return kept.Count == e.Participants.Count || kept.Count < 2 ? e : EventIds.WithParticipants(e, kept);
    }

    /// <summary>
    /// A meeting, call, negotiation or agreement told twice in an article, first between countries and then, in detail,
    /// between people holding office there ("talks between their foreign ministers in Nairobi" / "Foreign Minister X
    /// hosted his counterpart Y"), on no other day and at no other place: one event (annotation guidelines: report it
    /// once), the people's, with the place and day the first telling gives. A telling after the people's is another
    /// meeting ("… and later met business leaders in Detroit").
    /// </summary>
    private static List<GraphEvent> Retold(List<GraphEvent> events, List<Relation> roles)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var broad = events[i];
            if (!EventCatalog.Kinds[broad.Type].Symmetric)
                continue;
            var at = events.FindIndex(f => f.Start > broad.Start && f.Type == broad.Type && f.Evidence != broad.Evidence && Narrows(f, broad, roles)
                && (f.Date is null || broad.Date is null || f.Date == broad.Date) && (f.Location is null || broad.Location is null || f.Location == broad.Location));
            if (at < 0)
                continue;
            events[at] = events[at] with { Location = events[at].Location ?? broad.Location, Date = events[at].Date ?? broad.Date };
            events.RemoveAt(i);
            i--;
        }

        return events;
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
