namespace Graph.Extraction.Mentions;

/// <summary>What the mention finder believes a span names, before resolution.</summary>
public enum CandidateKind
{
    /// <summary>A gazetteer phrase: country, demonym, place or organisation.</summary>
    Known,
    /// <summary>A person's name (full or short) with evidence: a title, a speech verb, an apposition…</summary>
    Person,
    /// <summary>An organisation found by a pattern ("Ministry of …", "… Council", an acronym).</summary>
    Organization,
    /// <summary>A place found by a pattern ("… Province", "near X").</summary>
    Location,
    /// <summary>A capitalised name without evidence of its type: kept only if it repeats a name typed elsewhere.</summary>
    Unknown,
    /// <summary>"He"/"She" as the subject of a speech verb.</summary>
    Pronoun,
}
