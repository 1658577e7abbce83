namespace Graph.Extraction.Events;

/// <summary>Inflected forms of English verbs, for trigger lists written as lemmas.</summary>
internal static class VerbForms
{
    /// <summary>
    /// The lemma, its third person singular, past and "-ing" forms by the regular rules, plus any irregular forms given
    /// (which replace the regular past: "meet" + "met").
    /// </summary>
    public static IEnumerable<string> Of(string lemma, params string[] irregular)
    {
        yield return lemma;
        yield return ThirdPerson(lemma);
        yield return Ing(lemma);
        if (irregular.Length == 0)
            yield return Past(lemma);
        foreach (var form in irregular)
            yield return form;
    }

    /// <summary>A set of all forms of the given lemmas ("meet/met" gives the irregular past after a slash).</summary>
    public static HashSet<string> Set(params string[] lemmas)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in lemmas)
        {
            var parts = entry.Split('/');
            set.UnionWith(Of(parts[0], parts[1..]));
        }

        return set;
    }

    private static string ThirdPerson(string v)
    {
        if (v.EndsWith('s') || v.EndsWith('x') || v.EndsWith('z') || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith("sh", StringComparison.Ordinal))
            return v + "es";
        if (v.Length > 1 && v[^1] == 'y' && !IsVowel(v[^2]))
            return v[..^1] + "ies";
        return v + "s";
    }

    private static string Past(string v)
    {
        if (v.EndsWith('e'))
            return v + "d";
        if (v.Length > 1 && v[^1] == 'y' && !IsVowel(v[^2]))
            return v[..^1] + "ied";
        return v + "ed";
    }

    private static string Ing(string v)
    {
        if (v.EndsWith("ie", StringComparison.Ordinal))
            return v[..^2] + "ying";
        if (v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal))
            return v[..^1] + "ing";
        return v + "ing";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
