using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>Builds an event's participant list: one entry per entity, first role wins.</summary>
internal sealed class ParticipantList
{
    private readonly List<Participant> _items = [];

    public IReadOnlyList<Participant> Items => _items;

    public int Count => _items.Count;

    public IEnumerable<string> Entities => _items.Select(p => p.Entity);

    public bool Has(string entity) => _items.Any(p => p.Entity == entity);

    public ParticipantList Add(IEnumerable<ResolvedMention> mentions, string role)
    {
        foreach (var m in mentions)
        {
            if (!Has(m.EntityId))
                _items.Add(new Participant(m.EntityId, role));
        }

        return this;
    }

    /// <summary>True when the two sides share an entity (an actor cannot be its own target).</summary>
    public static bool Overlap(IEnumerable<ResolvedMention> a, IEnumerable<ResolvedMention> b) =>
        a.Any(x => b.Any(y => x.EntityId == y.EntityId));
}
