namespace Graph.Extraction.Resolution;

/// <summary>Person-name handling: the words of a name, its surname, compatibility of two forms.</summary>
internal static class PersonName
{
    /// <summary>The words of a name, whitespace-separated, without a leading "the".</summary>
    public static List<string> Words(string name) => [.. Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The name with collapsed spaces, without a leading "the"/"The".</summary>
    public static string Clean(string name)
    {
        var parts = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var skip = parts.Length > 1 && parts[0] is "the" or "The" ? 1 : 0;
        return string.Join(' ', parts, skip, parts.Length - skip);
    }

    /// <summary>The last word that is not a suffix ("Jr.", "III").</summary>
    public static string Surname(IReadOnlyList<string> words)
    {
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (words[i] is not ("Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV"))
                return words[i];
        }

        return words[0];
    }

    /// <summary>
    /// Two full forms name one person when their surnames agree and their first names agree or one is the
    /// other's initial ("J. Smith" / "John Smith"), or one is the other's compound surname ("Ferreira Lobo");
    /// "Boris Johnson" and "Lyndon Johnson" stay two.
    /// </summary>
    public static bool SamePerson(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (!string.Equals(Surname(a), Surname(b), StringComparison.Ordinal))
            return false;

        // "Ferreira Lobo" after "Tomás Ferreira Lobo": a compound surname used alone.
        if (IsTail(a, b) || IsTail(b, a))
            return true;
        var fa = a[0].TrimEnd('.');
        var fb = b[0].TrimEnd('.');
        if (fa == fb)
            return true;
        return fa.Length == 1 && fb.StartsWith(fa, StringComparison.Ordinal) || fb.Length == 1 && fa.StartsWith(fb, StringComparison.Ordinal);
    }

    private static bool IsTail(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        if (shorter.Count < 2 || shorter.Count >= longer.Count)
            return false;
        var offset = longer.Count - shorter.Count;
        for (var i = 0; i < shorter.Count; i++)
        {
            if (!string.Equals(shorter[i], longer[offset + i], StringComparison.Ordinal))
                return false;
        }

        return true;
    }
}
