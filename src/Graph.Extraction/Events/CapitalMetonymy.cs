using Graph.Core.Model;
using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Events;

/// <summary>
/// A national capital taking part in an event ("Yerevan denies…", "Moscow accused…") stands for its country's
/// government: the participant becomes the country; "Brussels said …" stands for the European Union seated there. The
/// event's place is left as it is: there the city is the city.
/// </summary>
internal static class CapitalMetonymy
{
    /// <summary>Capitals whose name stands for an international organisation seated there more than for the country ("Brussels" for the EU).</summary>
    private static readonly Dictionary<string, string> OrganisationSeats = new(StringComparer.Ordinal) { ["loc:brussels"] = "European Union" };

    /// <summary>The country or organisation a participant stands for: its own id, or that of the state or body a capital speaks for.</summary>
    public static string StandsFor(string entity, IGazetteer gazetteer) => SpokenFor(entity, gazetteer)?.EntityId ?? entity;

    /// <summary>The organisation seated in the capital the entity is, else the country whose capital it is; else null.</summary>
    private static GazetteerEntry? SpokenFor(string entity, IGazetteer gazetteer) =>
        !entity.StartsWith("loc:", StringComparison.Ordinal) ? null
        : OrganisationSeats.TryGetValue(entity, out var seated) ? gazetteer.Lookup(seated)
        : gazetteer.CapitalOf(entity);

    /// <summary>The events with capitals as participants replaced by the states or bodies they speak for, and the entries used.</summary>
    public static (IReadOnlyList<GraphEvent> Events, IReadOnlyList<GazetteerEntry> Countries) Apply(IReadOnlyList<GraphEvent> events, IGazetteer gazetteer)
    {
        var countries = new List<GazetteerEntry>();
        var result = new List<GraphEvent>(events.Count);
        foreach (var e in events)
        {
            var changed = false;
            var participants = new List<Participant>(e.Participants.Count);
            foreach (var p in e.Participants)
            {
                if (SpokenFor(p.Entity, gazetteer) is { } country && !e.Participants.Any(q => q.Entity == country.EntityId && q.Role != p.Role))
                {
                    changed = true;
                    if (!countries.Contains(country))
                        countries.Add(country);
                    // The country may already take part in the same role (the sentence named both); in another role
                    // ("Armenia's envoy in Yerevan…") the city is not the country's voice, so it stays.
                    if (!participants.Any(q => q.Entity == country.EntityId && q.Role == p.Role))
                        participants.Add(p with { Entity = country.EntityId });
                    continue;
                }

                if (!participants.Contains(p))
                    participants.Add(p);
            }

            result.Add(changed ? EventIds.WithParticipants(e, participants) : e);
        }

        return (result, countries);
    }
}
