using System.Globalization;
using System.Text;

namespace Graph.Extraction.Gazetteers;

/// <summary>Entity ids, which are also the Neo4j keys: <c>country:RU</c>, <c>person:vladimir-putin</c>, <c>org:nato</c>, <c>loc:moscow</c>.</summary>
public static class EntityIds
{
    public static string Person(string name) => "person:" + Slug(name);

    public static string Organization(string name) => "org:" + Slug(name);

    public static string Location(string name) => "loc:" + Slug(name);

    /// <summary>Whether the id is a place's (not a country's, an organisation's or a person's).</summary>
    public static bool IsLocation(string id) => id.StartsWith("loc:", StringComparison.Ordinal);

    public static string Country(string iso2)
    {
        ArgumentNullException.ThrowIfNull(iso2);
        return "country:" + iso2.Trim().ToUpperInvariant();
    }

    /// <summary>The ISO alpha-2 code of a country id (<c>country:PE</c> → <c>PE</c>), or null for another kind of id.</summary>
    public static string? CountryIso2(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.StartsWith("country:", StringComparison.Ordinal) ? id["country:".Length..] : null;
    }

    /// <summary>The id of a state's own body of a kind each state has: the body's id with the state's code (<c>org:ministry-of-defense-tr</c>).</summary>
    public static string StateBody(string bodyId, string iso2) => bodyId + "-" + iso2.ToLowerInvariant();

    /// <summary>The country id whose own body of the kind <paramref name="bodyId"/> the id is (<see cref="StateBody"/>), or null.</summary>
    public static string? StateOfBody(string id, string bodyId) =>
        id.Length == bodyId.Length + 3 && id.StartsWith(bodyId + "-", StringComparison.Ordinal) ? Country(id[^2..]) : null;

    /// <summary>Lower-case, Latin diacritics folded ("Orbán" → "orban"), every run of other characters → '-', trimmed of '-'.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in name)
        {
            // Combining marks of decomposed text ("a" + U+0301) fold away with their letter's accent.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            foreach (var f in LatinFolding.Fold(c))
            {
                if (!char.IsLetterOrDigit(f))
                {
                    pendingDash = sb.Length > 0;
                    continue;
                }

                if (pendingDash)
                {
                    sb.Append('-');
                    pendingDash = false;
                }

                sb.Append(char.ToLowerInvariant(f));
            }
        }

        return sb.ToString();
    }
}
