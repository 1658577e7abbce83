namespace Graph.Extraction.Events;

/// <summary>
/// What kind of aid the words near a trigger name, as the last digit of CAMEO 033x (intent) / 07x (provide):
/// 1 economic, 2 military, 3 humanitarian, 4 military protection or peacekeeping, 5 asylum (07 only).
/// </summary>
internal static class AidKind
{
    private static readonly HashSet<string> Economic = new(StringComparer.Ordinal)
    {
        "money", "dollars", "euros", "funds", "funding", "loan", "loans", "grant", "grants", "credit", "credits",
        "economic", "financial", "budget", "budgetary", "cash", "investment",
    };

    private static readonly HashSet<string> Military = new(StringComparer.Ordinal)
    {
        "weapons", "weaponry", "arms", "munitions", "ammunition", "missiles", "military", "howitzers", "drones", "tanks",
        "jets", "rifles", "defense", "defence", "artillery", "intelligence", "batteries", "launchers",
    };

    private static readonly HashSet<string> Humanitarian = new(StringComparer.Ordinal)
    {
        "food", "medicine", "medicines", "medical", "humanitarian", "relief", "vaccines", "vaccine", "shelter", "tents",
        "blankets", "grain", "rations", "water", "rescue", "rescuers", "doctors", "medics", "paramedics", "nurses", "firefighters",
    };

    private static readonly HashSet<string> Protection = new(StringComparer.Ordinal) { "peacekeepers", "peacekeeping", "protection", "troops" };

    /// <summary>The CAMEO code for giving (07x) or promising (033x) the aid named in <paramref name="words"/>.</summary>
    public static string Code(IEnumerable<string> words, bool promised)
    {
        var digit = '0';
        foreach (var w in words)
        {
            if (w == "asylum")
                return promised ? "033" : "075";
            if (Protection.Contains(w))
                digit = '4';
            else if (Military.Contains(w) && digit is '0' or '1' or '3')
                digit = '2';
            else if (Humanitarian.Contains(w) && digit is '0' or '1')
                digit = '3';
            else if (Economic.Contains(w) && digit == '0')
                digit = '1';
        }

        if (promised)
            return digit == '0' ? "033" : "033" + digit;
        return "07" + digit;
    }
}
