using Graph.Core.Articles;
using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// A headline reports the same event as the body, often at another granularity: countries in the headline,
/// their leaders in the body ("Leaders of A and B meet" / "A's Prime Minister X met B's President Y"), or the
/// body leaves out a side the headline names. A headline event is folded into the first body event of the same
/// type whose participants cover it — the same entity, a person holding a role at it (HOLDS_ROLE in the article)
/// — and completes that event with the sides it lacks. A headline event with no body counterpart stays.
/// </summary>
internal static class HeadlineFolding
{
    /// <param name="countryOfCapital">The country a place is the national capital of, or null: "Ghana's president visits Nigeria"
    /// is the body's visit to Abuja.</param>
    public static IReadOnlyList<GraphEvent> Fold(Article article, IReadOnlyList<GraphEvent> events, IReadOnlyList<Relation> relations, Func<string, string?> countryOfCapital)
    {
        if (!events.Any(e => e.Start < article.BodyStart))
            return events;
        var affiliations = relations
            .Where(r => r.Type == RelationTypes.HoldsRole)
            .ToLookup(r => r.Source, r => r.Target, StringComparer.Ordinal);
        var result = events.ToList();
        foreach (var headline in events.Where(e => e.Start < article.BodyStart))
        {
            var at = result.FindIndex(b => b.Start >= article.BodyStart && Completion(headline, b, affiliations, countryOfCapital) is not null);
            if (at < 0)
                continue;
            var body = result[at];
            var missing = Completion(headline, body, affiliations, countryOfCapital)!;
            var folded = missing.Count == 0 ? body : EventIds.WithParticipants(body, [.. body.Participants, .. missing]);
            result[at] = folded with
            {
                Location = body.Location ?? headline.Location,
                Confidence = Math.Max(body.Confidence, headline.Confidence),
            };
            result.Remove(headline);
        }

        return result;
    }

    /// <summary>
    /// The headline participants the body event lacks when the body event is the headline's (at least one
    /// headline side covered, none contradicted, no conflicting place or date); null when it is another event.
    /// </summary>
    private static List<Participant>? Completion(GraphEvent headline, GraphEvent body, ILookup<string, string> affiliations, Func<string, string?> countryOfCapital)
    {
        if (headline.Type != body.Type
            || headline.Location is not null && body.Location is not null && headline.Location != body.Location && countryOfCapital(body.Location) != headline.Location
            || headline.Date is not null && body.Date is not null && headline.Date != body.Date)
            return null;
        var symmetric = EventCatalog.Kinds[headline.Type].Symmetric;
        var covered = 0;
        var missing = new List<Participant>();
        foreach (var h in headline.Participants)
        {
            var sameRole = body.Participants.Where(b => symmetric || b.Role == h.Role).ToList();
            if (sameRole.Any(b => Covers(b.Entity, h.Entity, affiliations)))
            {
                covered++;
                continue;
            }

            // A side the body does not name: the headline completes it; a side the body names otherwise: another event.
            if (symmetric || sameRole.Count > 0 || body.Participants.Any(b => Covers(b.Entity, h.Entity, affiliations)))
                return null;
            missing.Add(h);
        }

        return covered > 0 ? missing : null;
    }

    private static bool Covers(string body, string headline, ILookup<string, string> affiliations) =>
        body == headline || affiliations[body].Contains(headline, StringComparer.Ordinal);
}
