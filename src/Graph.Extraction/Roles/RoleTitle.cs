using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Roles;

/// <summary>
/// A role's title as the article writes it (annotation guidelines), with capitals as in a title: "spokesman" stays a
/// spokesman and "external affairs minister" is not turned into a foreign minister. The gazetteer's form is taken
/// only where it writes the same words, or spells out an abbreviation ("PM").
/// </summary>
internal static class RoleTitle
{
    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal) { "of", "the", "for", "on", "and", "to", "at", "in" };

    public static string Of(IGazetteer gazetteer, string phrase)
    {
        // "the current prime minister", "the sitting president": the office itself.
        if (phrase.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && Holding.Contains(phrase[..space]))
            phrase = phrase[(space + 1)..];
        var canonical = gazetteer.CanonicalTitle(phrase);
        if (canonical is not null && (string.Equals(canonical, phrase, StringComparison.OrdinalIgnoreCase) || IsAbbreviation(phrase)))
            return canonical;
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i > 0 && Minor.Contains(w))
                continue;
            if (w.All(c => !char.IsLetter(c) || char.IsLower(c)))
                words[i] = string.Concat(char.ToUpperInvariant(w[0]).ToString(), w[1..]);
        }

        return string.Join(' ', words);
    }

    /// <summary>English adjectives of an office held now, which are no part of its title.</summary>
    private static readonly HashSet<string> Holding = new(StringComparer.OrdinalIgnoreCase) { "current", "incumbent", "sitting", "serving" };

    /// <summary>
    /// A title the gazetteer knows, or one it knows sharpened by a word before it (<see cref="WordLists.TitleModifiers"/>)
    /// that it does not know whole: "deputy national security adviser" ends in "security adviser".
    /// </summary>
    public static bool IsKnown(IGazetteer gazetteer, string phrase)
    {
        if (gazetteer.CanonicalTitle(phrase) is not null)
            return true;
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !WordLists.TitleModifiers.Contains(Of(gazetteer, phrase[..space])))
            return false;
        for (var k = space; k >= 0; k = phrase.IndexOf(' ', k + 1))
        {
            if (gazetteer.CanonicalTitle(phrase[(k + 1)..]) is not null)
                return true;
        }

        return false;
    }

    private static bool IsAbbreviation(string phrase) =>
        phrase.Length <= 4 && phrase.TrimEnd('.').All(char.IsUpper);

    /// <summary>A title of an office held before ("Former Prime Minister").</summary>
    public static bool IsFormer(string title) => title.StartsWith("Former ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The office a title names, held now or before ("Former President" names the presidency).</summary>
    public static string Office(string title) => IsFormer(title) ? title["Former ".Length..] : title;
}
