using Graph.Core.Model;

namespace Graph.Extraction.Gazetteers;

/// <summary>What a gazetteer phrase names.</summary>
public enum GazetteerKind
{
    /// <summary>A country's name or variant ("United States", "U.S.", "Britain").</summary>
    Country,
    /// <summary>A demonym or adjective of a country ("Russian", "British"): refers to the country.</summary>
    Demonym,
    /// <summary>A city, region or other place that is not a country.</summary>
    Location,
    /// <summary>An organisation ("NATO", "State Department", "NPR").</summary>
    Organization,
    /// <summary>A title or office ("Prime Minister", "Secretary of State", "spokesman").</summary>
    Title,
}

/// <summary>One phrase of the gazetteer and what it names.</summary>
/// <param name="Phrase">The phrase as listed.</param>
/// <param name="Kind">What it names.</param>
/// <param name="EntityId">The entity id it refers to (<c>country:RU</c>, <c>org:nato</c>, <c>loc:moscow</c>); for titles, the canonical title.</param>
/// <param name="CanonicalName">The entity's canonical name ("Russia", "NATO", "Moscow", "Prime Minister").</param>
/// <param name="EntityType">The entity type it yields (null for titles).</param>
/// <param name="Iso2">For countries and demonyms: the ISO 3166 alpha-2 code.</param>
/// <param name="CountryIso2">For locations and organisations tied to one country (a capital, a ministry): that country.</param>
public sealed record GazetteerEntry(
    string Phrase,
    GazetteerKind Kind,
    string EntityId,
    string CanonicalName,
    EntityType? EntityType,
    string? Iso2 = null,
    string? CountryIso2 = null)
{
    /// <summary>A finer category from the data: "capital", "city", "region", "us-state", "igo", "government", "armed-group", "media", …; for titles "honorific", "office", "military", ….</summary>
    public string? Category { get; init; }

    /// <summary>For titles: a person honorific that directly precedes a name ("Mr.", "Dr.").</summary>
    public bool IsHonorific { get; init; }

    /// <summary>The phrase is also a common English word ("Turkey", "General"): not matched alone as the first word of a sentence.</summary>
    public bool IsCommonWord { get; init; }
}

/// <summary>A gazetteer match over tokens [FirstToken, EndToken) of one sentence.</summary>
public sealed record GazetteerMatch(int FirstToken, int EndToken, GazetteerEntry Entry)
{
    /// <summary>
    /// When the phrase ends inside its last token, before a possessive or a hyphenated modifier left attached
    /// ("Russia's", "U.S.-led", "Iranian-made"): the text offset where the phrase ends; otherwise null.
    /// </summary>
    public int? PhraseEnd { get; init; }
}
