namespace Graph.Extraction.Mentions;

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>A full name or gazetteer name ("Vladimir Putin", "United States", "NATO").</summary>
    Name,
    /// <summary>A short form of a name given in full elsewhere ("Putin").</summary>
    ShortName,
    /// <summary>A demonym or adjective standing for a country ("Russian").</summary>
    Demonym,
    /// <summary>A pronoun resolved to a person ("he", "she").</summary>
    Pronoun,
}
