using Graph.Core.Model;

namespace Graph.Extraction.Tests.Events;

/// <summary>Assertions over extracted events.</summary>
internal static class EventAssert
{
    /// <summary>The one event of <paramref name="type"/>; fails when there is none or more than one.</summary>
    public static GraphEvent Single(IReadOnlyList<GraphEvent> events, EventType type)
    {
        var matching = events.Where(e => e.Type == type).ToList();
        Assert.True(matching.Count == 1, $"expected one {type}, found {matching.Count}: {Describe(events)}");
        return matching[0];
    }

    public static void None(IReadOnlyList<GraphEvent> events, EventType type) =>
        Assert.True(events.All(e => e.Type != type), $"expected no {type}: {Describe(events)}");

    public static void Has(GraphEvent e, string entity, string role) =>
        Assert.True(e.Participants.Any(p => p.Entity == entity && p.Role == role),
            $"expected {entity} as {role} in {e.Type}: {string.Join(", ", e.Participants.Select(p => p.Entity + "/" + p.Role))}");

    /// <summary>Exactly these participants (entity/role), in any order.</summary>
    public static void Participants(GraphEvent e, params (string Entity, string Role)[] expected) =>
        Assert.Equal(
            expected.Select(x => x.Entity + "/" + x.Role).Order(StringComparer.Ordinal),
            e.Participants.Select(p => p.Entity + "/" + p.Role).Order(StringComparer.Ordinal));

    private static string Describe(IReadOnlyList<GraphEvent> events) =>
        events.Count == 0 ? "(no events)" : string.Join("; ", events.Select(e => e.Type + "[" + string.Join(",", e.Participants.Select(p => p.Entity + "/" + p.Role)) + "]"));
}
