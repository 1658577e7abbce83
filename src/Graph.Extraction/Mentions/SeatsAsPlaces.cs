using Graph.Core.Model;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// "met at the White House", "talks in the Kremlin": a government named by the building it sits in is that building
/// where the sentence puts something in or at it (annotation guidelines: named facilities and palaces are locations),
/// and the body where it acts ("the Kremlin said"). The building is a location of its own beside the body.
/// </summary>
internal static class SeatsAsPlaces
{
    /// <summary>English prepositions that put something in or at a building.</summary>
    private static readonly HashSet<string> PlaceCases = new(StringComparer.OrdinalIgnoreCase) { "at", "in", "inside", "outside" };

    /// <summary>Last words of the names of buildings that governments are named by, and the few such names of one word.</summary>
    private static readonly HashSet<string> Buildings = new(StringComparer.Ordinal) { "House", "Palace", "Street", "Office", "Kremlin", "Pentagon", "Zhongnanhai" };

    /// <summary>The mentions with those of seats named as places pointed at the building's location, which <paramref name="entities"/> gains.</summary>
    public static IReadOnlyList<ResolvedMention> Apply(IReadOnlyList<Sentence> sentences, IReadOnlyList<ResolvedMention> mentions, Dictionary<string, Entity> entities)
    {
        List<ResolvedMention>? placed = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityType.Organization || m.Kind == MentionKind.Pronoun || !entities.TryGetValue(m.EntityId, out var body)
                || !Buildings.Contains(body.Name[(body.Name.LastIndexOf(' ') + 1)..]) || m.Sentence >= sentences.Count || !Placed(sentences[m.Sentence].Tokens, m.FirstToken))
                continue;
            var id = EntityIds.Location(body.Name);
            entities.TryAdd(id, new Entity(id, EntityType.Location, body.Name, []));
            placed ??= [.. mentions];
            placed[i] = m with { EntityId = id, Type = EntityType.Location };
        }

        return placed ?? mentions;
    }

    /// <summary>A place preposition right before the name, or before its article.</summary>
    private static bool Placed(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].Text is "the" or "The")
            k--;
        // "lashed out at the White House", "took aim at the Kremlin": the body aimed at, not a place.
        return k >= 0 && PlaceCases.Contains(tokens[k].Text) && !(k >= 1 && tokens[k].Text == "at" && tokens[k - 1].Text is "out" or "aim");
    }
}
