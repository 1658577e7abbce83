using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// "… said Kremlin adviser X": where a sentence's statement is read twice, once as the organisation's or country's
/// and once as the person's who holds a role there (stated in that sentence), it is the person's alone: the sides of
/// an event are the most specific named actor (annotation guidelines).
/// </summary>
internal static class SpokesmanFolding
{
    public static IReadOnlyList<GraphEvent> Fold(IReadOnlyList<GraphEvent> events, IReadOnlyList<Relation> relations)
    {
        var roles = relations.Where(r => r.Type == RelationTypes.HoldsRole).Select(r => (r.Source, r.Target, r.Evidence)).ToHashSet();
        if (roles.Count == 0)
            return events;
        var speakers = events.Where(e => e.Type == EventType.Statement)
            .SelectMany(e => e.Participants.Where(p => p.Role == ParticipantRoles.Speaker).Select(p => (p.Entity, e.Evidence)))
            .ToHashSet();
        return events.Where(e => !(e.Type == EventType.Statement && Speaker(e) is { } body
            && speakers.Any(s => s.Evidence == e.Evidence && roles.Contains((s.Entity, body, e.Evidence))))).ToList();
    }

    private static string? Speaker(GraphEvent e) =>
        e.Participants.Where(p => p.Role == ParticipantRoles.Speaker).Select(p => p.Entity).ToList() is [var one] ? one : null;
}
