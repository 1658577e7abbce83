namespace Graph.Extraction.Ner;

/// <summary>What the statistical tagger says a name is.</summary>
public enum NameType : byte
{
    /// <summary>A person (GMB "per").</summary>
    Person,
    /// <summary>An organisation, party, armed group, company (GMB "org").</summary>
    Organization,
    /// <summary>A country, region, town or other place (GMB "geo").</summary>
    Location,
    /// <summary>A nationality or a country used as an adjective, "Iraqi", "Kurdish" (GMB "gpe").</summary>
    Nationality,
    /// <summary>
    /// Another kind of name: an event, an operation, a work, a law, a natural phenomenon (GMB "eve", "art",
    /// "nat"). Learnt so that "Operation Desert Storm" or "Hurricane Katrina" is not taken for an organisation or place.
    /// </summary>
    Other,
}
