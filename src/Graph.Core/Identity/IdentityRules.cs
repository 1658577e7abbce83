namespace Graph.Core.Identity;

/// <summary>
/// The names of the rules that join a short form of an entity in one article to a full form named elsewhere. A
/// rule is "form+evidence" (<c>surname+role</c>, <c>acronym+comention</c>): which short form it is, and what in
/// the short form's article ties it to the full one. The names are stored with every merge (ALIAS_OF.rule).
/// </summary>
public static class IdentityRules
{
    /// <summary>A one-word person name ("Orbán") for the one known full name ending with it ("Viktor Orbán").</summary>
    public const string Surname = "surname";

    /// <summary>An initial and surname ("V. Orbán") for the one known full name they abbreviate.</summary>
    public const string Initial = "initial";

    /// <summary>An all-capitals organisation name ("IAEA") for the one known organisation with those initials.</summary>
    public const string Acronym = "acronym";

    /// <summary>The short form holds a role at a country or organisation where the full form holds one too.</summary>
    public const string Role = "role";

    /// <summary>The short form's article names a country or organisation where the full form holds a role.</summary>
    public const string Country = "country";

    /// <summary>The short form's article names an entity that an article naming the full form names too.</summary>
    public const string CoMention = "comention";

    public static string Name(ShortFormKind kind, string evidence) => kind switch
    {
        ShortFormKind.Surname => Surname,
        ShortFormKind.Initial => Initial,
        _ => Acronym,
    } + "+" + evidence;
}
