using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// "IRIS-T systems", "J-16 fighters", "SCALP missiles", "an AH-1Z helicopter": the name of a weapon or a model of craft
/// before the noun of what it is, or a model designation of letters and figures, names a thing (annotation guidelines: a
/// weapon system is no entity), not a body, person or place; not a name the gazetteer knows ("Hamas rockets").
/// </summary>
internal static class WeaponNames
{
    /// <summary>English nouns of weapons and military craft that a model's name stands before (not "fighters", who are also people: "Kurdish fighters").</summary>
    private static readonly HashSet<string> Arms = new(StringComparer.Ordinal)
    {
        "system", "systems", "missile", "missiles", "jet", "jets", "helicopter", "helicopters", "tank", "tanks",
        "battery", "batteries", "drone", "drones", "rocket", "rockets", "launcher", "launchers", "howitzer", "howitzers", "interceptor",
        "interceptors", "warplane", "warplanes", "bomber", "bombers", "frigate", "frigates", "destroyer", "destroyers", "submarine",
        "submarines", "rifle", "rifles", "munitions", "shells",
    };

    /// <summary>A noun of weapons or military craft that a model's name may stand before ("systems", "launchers").</summary>
    public static bool IsArms(string lower) => Arms.Contains(lower);

    /// <summary>Drops the sentence's candidates (from <paramref name="from"/> on) that name a weapon.</summary>
    public static void Drop(Sentence sentence, List<MentionCandidate> found, int from)
    {
        var tokens = sentence.Tokens;
        for (var k = found.Count - 1; k >= from; k--)
        {
            var c = found[k];
            if (c.Kind != CandidateKind.Known && (IsDesignation(c, tokens) || c.EndToken < tokens.Count && Arms.Contains(tokens[c.EndToken].Text)))
                found.RemoveAt(k);
        }
    }

    /// <summary>One word of capitals and figures joined by a hyphen ("J-16", "AH-1Z", "S-400", "Su-35").</summary>
    private static bool IsDesignation(MentionCandidate c, IReadOnlyList<Token> tokens)
    {
        if (c.EndToken - c.FirstToken != 1)
            return false;
        var t = tokens[c.FirstToken].Text;
        var hyphen = t.IndexOf('-');
        return hyphen > 0 && hyphen < t.Length - 1 && char.IsUpper(t[0]) && t.AsSpan(hyphen + 1).ContainsAnyInRange('0', '9');
    }
}
