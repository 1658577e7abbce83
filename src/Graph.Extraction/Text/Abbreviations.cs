namespace Graph.Extraction.Text;

/// <summary>Words that take a period without ending a sentence ("Gen.", "Mr.", "Jan.", "etc.").</summary>
internal static class Abbreviations
{
    /// <summary>Titles and ranks: always followed by a name, so their period never ends a sentence.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Sen", "Rep", "Gov", "Lt", "Col", "Gen", "Maj", "Capt",
        "Sgt", "Cpl", "Pvt", "Spc", "Adm", "Cmdr", "Cdr", "Brig", "Lieut", "Pres", "Rev", "Hon", "Fr", "Sr", "Jr",
        "Amb", "Sec", "Supt", "Insp", "Det", "Atty", "Mt", "Ft", "Pfc", "Msgt", "Ssgt", "Cpt", "Gens",
    };

    /// <summary>Other abbreviations: their period ends a sentence only before an obvious sentence start.</summary>
    private static readonly HashSet<string> Others = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "vs", "etc", "Inc", "Corp", "Co", "Ltd", "Bros", "Ave", "Blvd", "Rd", "Dept", "Univ", "approx", "est",
        "Fig", "Vol", "No", "Nos", "Gov't", "Assn", "Intl", "Natl", "cf", "al",
    };

    public static bool IsTitle(ReadOnlySpan<char> word) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsKnown(ReadOnlySpan<char> word) =>
        IsTitle(word) || Others.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
