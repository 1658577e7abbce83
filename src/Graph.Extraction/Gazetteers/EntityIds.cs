using System.Globalization;
using System.Text;

namespace Graph.Extraction.Gazetteers;

/// <summary>Entity ids, which are also the Neo4j keys: <c>country:RU</c>, <c>person:vladimir-putin</c>, <c>org:nato</c>, <c>loc:moscow</c>.</summary>
public static class EntityIds
{
    public static string Person(string name) => "person:" + Slug(name);

    public static string Organization(string name) => "org:" + Slug(name);

    public static string Location(string name) => "loc:" + Slug(name);

    public static string Country(string iso2) => "country:" + iso2.Trim().ToUpperInvariant();

    /// <summary>Lower-case, diacritics folded ("Orbán" → "orban"), every run of other characters → '-', trimmed of '-'.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = FoldLetter(char.ToLowerInvariant(c));
            if (folded.Length == 1 && !IsAsciiLetterOrDigit(folded[0]))
            {
                pendingDash = sb.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                sb.Append('-');
                pendingDash = false;
            }

            sb.Append(folded);
        }

        return sb.ToString();
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    // Letters that Unicode does not decompose into a base letter and a mark.
    private static string FoldLetter(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ł' => "l",
        'ı' => "i",
        'þ' => "th",
        'ħ' => "h",
        _ => c.ToString(),
    };
}
