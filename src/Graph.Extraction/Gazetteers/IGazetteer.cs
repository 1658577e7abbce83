using Graph.Extraction.Text;

namespace Graph.Extraction.Gazetteers;

/// <summary>Phrase lookup over tokens: countries, demonyms, places, organisations, titles.</summary>
public interface IGazetteer
{
    /// <summary>All non-overlapping matches in a sentence, longest match first from left to right, with case rules applied.</summary>
    IReadOnlyList<GazetteerMatch> Match(IReadOnlyList<Token> tokens);

    /// <summary>Looks up one exact phrase (case rules applied), e.g. a name found by a pattern.</summary>
    GazetteerEntry? Lookup(string phrase);

    /// <summary>The country entry (Kind = Country) for an ISO alpha-2 code.</summary>
    GazetteerEntry? Country(string iso2);

    /// <summary>The country (Kind = Country) whose national capital the location entity is (<c>loc:yerevan</c> → Armenia), or null.</summary>
    GazetteerEntry? CapitalOf(string locationId);

    /// <summary>The national capital (Kind = Location) of the country with the ISO alpha-2 code (<c>PE</c> → Lima), or null.</summary>
    GazetteerEntry? Capital(string iso2);

    /// <summary>The canonical form of a title phrase ("Defence Minister" → "Defense Minister", "Sen." → "Senator"), or null when the phrase is not a title.</summary>
    string? CanonicalTitle(string phrase);

    /// <summary>The demonyms and adjectives of a country ("Russian", "Russians"); empty for an unknown code.</summary>
    IReadOnlyList<string> Demonyms(string iso2);
}
