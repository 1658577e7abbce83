using Graph.Core.Model;

namespace Graph.Core.Identity;

public enum ShortFormKind
{
    Surname,
    Initial,
    Acronym,
}

/// <summary>
/// An entity named in a short form that may stand for a full form named in other articles. Candidates are
/// searched by key for persons (<see cref="KeyPrefix"/>, <see cref="KeySuffix"/>) and by name for organisations
/// (<see cref="NamePrefix"/>), then checked with <see cref="ShortForms.Matches"/>.
/// </summary>
/// <param name="Id">The short form's entity id (<c>person:orban</c>).</param>
/// <param name="Type">Its entity type.</param>
/// <param name="Name">Its name as the article gives it.</param>
/// <param name="Kind">Which short form it is.</param>
/// <param name="KeyPrefix">Every candidate's key starts with it.</param>
/// <param name="KeySuffix">Every candidate's key ends with it (empty: any).</param>
/// <param name="NamePrefix">Every candidate's name starts with it (empty: any).</param>
public sealed record ShortForm(string Id, EntityType Type, string Name, ShortFormKind Kind, string KeyPrefix, string KeySuffix, string NamePrefix);
