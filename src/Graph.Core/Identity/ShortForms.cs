using Graph.Core.Model;

namespace Graph.Core.Identity;

/// <summary>
/// Short forms of names and the full forms they may stand for. Persons compare by key, which is the name folded
/// (<c>person:viktor-orban</c>): a surname key is a proper tail of the full key's words, an initial key has the
/// full key's first word shortened to its letter. Organisations compare by name: an acronym is the initials of
/// the full name's significant words.
/// </summary>
public static class ShortForms
{
    private const string PersonPrefix = "person:";
    private const string OrganizationPrefix = "org:";

    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "on", "in", "to", "at", "&", "de", "du", "des", "la", "le", "el",
    };

    /// <summary>The short form an entity is, or null (a full name, a country, a place).</summary>
    public static ShortForm? Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var words = Words(entity.Name);
        if (entity.Type == EntityType.Person && entity.Id.StartsWith(PersonPrefix, StringComparison.Ordinal))
        {
            var slug = entity.Id[PersonPrefix.Length..];
            if (slug.Length == 0)
                return null;
            if (words.Length == 1)
                return new ShortForm(entity.Id, entity.Type, entity.Name, ShortFormKind.Surname, PersonPrefix, "-" + slug, "");
            var segments = slug.Split('-');
            if (words.Length >= 2 && IsInitial(words[0]) && segments.Length >= 2 && segments[0].Length == 1)
                return new ShortForm(entity.Id, entity.Type, entity.Name, ShortFormKind.Initial, PersonPrefix + segments[0], "-" + string.Join('-', segments[1..]), "");
            return null;
        }

        if (entity.Type == EntityType.Organization && Acronym(entity.Name) is { } acronym)
            return new ShortForm(entity.Id, entity.Type, entity.Name, ShortFormKind.Acronym, OrganizationPrefix, "", acronym[..1]);
        return null;
    }

    /// <summary>True when a full form may be what the short form stands for (it is not itself a short form).</summary>
    public static bool Matches(ShortForm shortForm, string candidateId, string candidateName)
    {
        ArgumentNullException.ThrowIfNull(shortForm);
        ArgumentNullException.ThrowIfNull(candidateId);
        ArgumentNullException.ThrowIfNull(candidateName);
        if (candidateId == shortForm.Id || !IsFull(shortForm.Type, candidateId, candidateName))
            return false;
        switch (shortForm.Kind)
        {
            case ShortFormKind.Surname:
                return candidateId.StartsWith(PersonPrefix, StringComparison.Ordinal) && candidateId.EndsWith(shortForm.KeySuffix, StringComparison.Ordinal);
            case ShortFormKind.Initial:
                if (!candidateId.StartsWith(shortForm.KeyPrefix, StringComparison.Ordinal) || !candidateId.EndsWith(shortForm.KeySuffix, StringComparison.Ordinal))
                    return false;
                // Exactly one first name in front of the shared rest: "v-orban" stands for "viktor-orban".
                var first = candidateId[PersonPrefix.Length..^shortForm.KeySuffix.Length];
                return first.Length > 1 && !first.Contains('-', StringComparison.Ordinal);
            default:
                return string.Equals(Initials(candidateName), Acronym(shortForm.Name), StringComparison.Ordinal);
        }
    }

    /// <summary>The ids the short forms of a full form would have (<c>person:orban</c>, <c>person:v-orban</c> for <c>person:viktor-orban</c>).</summary>
    public static IReadOnlyList<string> ShortIdsOf(Entity full)
    {
        ArgumentNullException.ThrowIfNull(full);
        if (!IsFull(full.Type, full.Id, full.Name))
            return [];
        if (full.Type == EntityType.Person)
        {
            var segments = full.Id[PersonPrefix.Length..].Split('-');
            var ids = new List<string>();
            for (var i = 1; i < segments.Length; i++)
                ids.Add(PersonPrefix + string.Join('-', segments[i..]));
            ids.Add(PersonPrefix + segments[0][..1] + "-" + string.Join('-', segments[1..]));
            return ids;
        }

        return Initials(full.Name) is { } initials ? [OrganizationPrefix + initials.ToLowerInvariant()] : [];
    }

    /// <summary>
    /// A bucket every full form a short form may match shares with it (a person's last key word, an
    /// organisation's initials), for finding candidates without comparing every pair.
    /// </summary>
    public static string Bucket(ShortForm shortForm)
    {
        ArgumentNullException.ThrowIfNull(shortForm);
        return shortForm.Kind == ShortFormKind.Acronym
            ? "org:" + Acronym(shortForm.Name)
            : "person:" + shortForm.KeySuffix[(shortForm.KeySuffix.LastIndexOf('-') + 1)..];
    }

    /// <summary>The bucket of a full form (see <see cref="Bucket(ShortForm)"/>), or null when it is not one.</summary>
    public static string? Bucket(EntityType type, string id, string name)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        if (!IsFull(type, id, name))
            return null;
        return type == EntityType.Person ? "person:" + id[(id.LastIndexOf('-') + 1)..] : "org:" + Initials(name);
    }

    /// <summary>
    /// What a stored person or organisation keeps as its <c>bucket</c> property, by which short forms find it: its
    /// bucket, empty when it is no full form; null (no property) for entities of other types.
    /// </summary>
    public static string? StoredBucket(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Type is EntityType.Person or EntityType.Organization ? Bucket(entity.Type, entity.Id, entity.Name) ?? "" : null;
    }

    /// <summary>A full form: a person of two words or more (no initial first), an organisation whose initials make an acronym.</summary>
    public static bool IsFull(EntityType type, string id, string name)
    {
        var words = Words(name);
        return type switch
        {
            EntityType.Person => id.StartsWith(PersonPrefix, StringComparison.Ordinal) && words.Length >= 2 && !IsInitial(words[0])
                && id.IndexOf('-', PersonPrefix.Length) > PersonPrefix.Length + 1,
            EntityType.Organization => Acronym(name) is null && Initials(name) is not null,
            _ => false,
        };
    }

    /// <summary>The letters of an all-capitals name of 2 to 8 letters ("IAEA", "I.A.E.A."), or null.</summary>
    private static string? Acronym(string name)
    {
        var letters = name.Replace(".", "", StringComparison.Ordinal).Trim();
        return letters.Length is >= 2 and <= 8 && letters.All(char.IsUpper) ? letters : null;
    }

    /// <summary>
    /// Upper-case initials of the significant words of a name of two or more of them, or null. A state's abbreviation
    /// before a longer name is not among them: the "U.S. Drug Enforcement Administration" is the DEA.
    /// </summary>
    private static string? Initials(string name)
    {
        var significant = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !MinorWords.Contains(w) && char.IsLetter(w[0])).ToList();
        if (significant.Count >= 3 && Acronym(significant[0]) is { Length: 2 })
            significant.RemoveAt(0);
        return significant.Count >= 2 ? string.Concat(significant.Select(w => char.ToUpperInvariant(w[0]))) : null;
    }

    private static bool IsInitial(string word) => word.TrimEnd('.').Length == 1 && char.IsLetter(word[0]);

    private static string[] Words(string name) => name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
