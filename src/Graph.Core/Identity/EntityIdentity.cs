namespace Graph.Core.Identity;

/// <summary>What the short form's own article says around it.</summary>
/// <param name="RoleTargets">Countries and organisations the short form holds a role at in its article.</param>
/// <param name="Mentioned">Every other entity its article refers to.</param>
/// <param name="Vetoed">Full forms a person has ruled out for it (an undone merge).</param>
public sealed record ShortFormContext(IReadOnlySet<string> RoleTargets, IReadOnlySet<string> Mentioned, IReadOnlySet<string> Vetoed);

/// <summary>A full form known from other articles (or the graph), with what is known around it.</summary>
/// <param name="Id">Its entity id.</param>
/// <param name="Name">Its name.</param>
/// <param name="RoleTargets">Countries and organisations it holds a role at, in any article.</param>
/// <param name="CoMentioned">Entities named by articles that name it.</param>
/// <param name="NamedElsewhere">Some article other than the short form's names it (a short form never joins a name of its own article: in-article resolution decides those).</param>
public sealed record FullForm(string Id, string Name, IReadOnlySet<string> RoleTargets, IReadOnlySet<string> CoMentioned, bool NamedElsewhere);

/// <param name="Target">The full form's id.</param>
/// <param name="Rule">The rule that joined them (<see cref="IdentityRules"/>).</param>
public sealed record IdentityMatch(string Target, string Rule);

/// <summary>
/// Whether a short form in one article is a full form known elsewhere: only when exactly one known full form
/// fits it (two known "… Smithson" make "Smithson" ambiguous, and it stays itself), that one is named by
/// another article, no one has vetoed the pair, and the short form's article ties them: a shared role holder,
/// a country or organisation where the full form holds a role, or an entity named alongside both.
/// </summary>
public static class EntityIdentity
{
    public static IdentityMatch? Join(ShortForm shortForm, ShortFormContext context, IEnumerable<FullForm> known)
    {
        ArgumentNullException.ThrowIfNull(shortForm);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(known);
        var fits = known.Where(k => ShortForms.Matches(shortForm, k.Id, k.Name)).DistinctBy(k => k.Id).ToList();
        if (fits.Count != 1)
            return null;
        var full = fits[0];
        if (!full.NamedElsewhere || context.Vetoed.Contains(full.Id))
            return null;
        var evidence =
            context.RoleTargets.Overlaps(full.RoleTargets) ? IdentityRules.Role
            : context.Mentioned.Overlaps(full.RoleTargets) ? IdentityRules.Country
            : context.Mentioned.Overlaps(full.CoMentioned) ? IdentityRules.CoMention
            : null;
        return evidence is null ? null : new IdentityMatch(full.Id, IdentityRules.Name(shortForm.Kind, evidence));
    }
}
