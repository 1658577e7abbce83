namespace Graph.Extraction.Syntax;

/// <summary>
/// The dateline that opens a news story ("NEW DELHI:", "BRUSSELS (AP) —", "Riyadh/Islamabad, Oct 23 (PTI)") is no
/// part of its first sentence's grammar: parsed with it, the place or the agency becomes the subject ("PTI … has
/// agreed"). Its words are parsed as a piece of their own (<see cref="SyntaxAnalyzer"/>).
/// </summary>
internal static class Dateline
{
    /// <summary>Longest dateline: place names, a date and an agency in parentheses.</summary>
    private const int MaxWords = 12;

    /// <summary>How many words at the start of the sentence form a dateline; 0 when none does.</summary>
    public static int Length(IReadOnlyList<SyntaxWord> words)
    {
        var end = AgencyEnd(words);
        if (end == 0)
            end = ClockStamp(words);
        if (end == 0)
            end = CapitalsAndColon(words);
        if (end == 0)
            end = PlaceCommaDate(words);
        if (end == 0)
            end = PlaceCommaRegion(words);
        if (end == 0)
            return 0;
        if (end < words.Count && (IsDash(words[end].Form) || words[end].Form == ":"))
            end++;
        // Something must be left to parse as the sentence.
        return words.Count - end >= 3 ? end : 0;
    }

    /// <summary>Whether the sentence opens with a live blog's time stamp ("12:03 GMT —").</summary>
    public static bool OpensWithAClockStamp(IReadOnlyList<SyntaxWord> words) => ClockStamp(words) > 0;

    /// <summary>
    /// "12:03 GMT —", "9:40 a.m. —": the time stamp a live blog puts before an entry, followed by a dash; parsed with
    /// the entry it becomes its clause and takes the entry's tense from its verb.
    /// </summary>
    private static int ClockStamp(IReadOnlyList<SyntaxWord> words)
    {
        if (words.Count < 5 || !IsDigits(words[0].Form, 2) || words[1].Form is not (":" or ".") || !IsDigits(words[2].Form, 2) || words[2].Form.Length != 2)
            return 0;
        var end = 3;
        if (words[end].Form is "a.m." or "p.m." or "am" or "pm" or "AM" or "PM" || words[end].Form.Length is >= 2 and <= 4 && words[end].Form.All(char.IsAsciiLetterUpper))
            end++;
        return IsDash(words[end].Form) ? end : 0;
    }

    private static bool IsDigits(string form, int most) => form.Length >= 1 && form.Length <= most && form.All(char.IsAsciiDigit);

    /// <summary>The words of the news agency a dateline credits ("AP" in "BRUSSELS (AP) —"): the source, no actor of the story.</summary>
    public static Range? Agency(IReadOnlyList<SyntaxWord> words)
    {
        var end = AgencyEnd(words);
        if (end == 0 || Length(words) == 0)
            return null;
        var open = end - 2;
        while (open > 0 && words[open].Form != "(")
            open--;
        return (open + 1)..(end - 1);
    }

    /// <summary>
    /// "WASHINGTON (AP) —", "Riyadh/Islamabad, Oct 23 (PTI)": capitalised words, numbers and separators, then one or
    /// two capitalised words in parentheses, followed by a dash or after a comma or a date ("Senator Ana Ruiz (R) said"
    /// is a sentence).
    /// </summary>
    private static int AgencyEnd(IReadOnlyList<SyntaxWord> words)
    {
        var limit = Math.Min(words.Count, MaxWords);
        if (limit == 0 || !char.IsUpper(words[0].Form[0]))
            return 0;
        for (var i = 1; i < limit - 1; i++)
        {
            if (words[i].Form != "(")
            {
                if (!IsPlaceOrDate(words[i].Form))
                    return 0;
                continue;
            }

            var close = i + 2 < limit && words[i + 2].Form == ")" ? i + 2 : i + 3 < limit && words[i + 3].Form == ")" ? i + 3 : -1;
            if (close < 0)
                return 0;
            for (var j = i + 1; j < close; j++)
            {
                if (!char.IsUpper(words[j].Form[0]))
                    return 0;
            }

            var dated = Enumerable.Range(0, i).Any(j => words[j].Form == "," || words[j].Form.Any(char.IsDigit));
            var dashed = close + 1 < words.Count && IsDash(words[close + 1].Form);
            return dated || dashed ? close + 1 : 0;
        }

        return 0;
    }

    /// <summary>
    /// "NEW DELHI:", "QUITO —", "KYIV - Russian drones …": one to three words in capitals, then a colon or a dash (a hyphen only
    /// before a capital that opens the sentence).
    /// </summary>
    private static int CapitalsAndColon(IReadOnlyList<SyntaxWord> words)
    {
        for (var i = 0; i < Math.Min(words.Count, 4); i++)
        {
            var form = words[i].Form;
            if (i > 0 && (form == ":" || IsDash(form) && (form != "-" || i + 1 < words.Count && char.IsUpper(words[i + 1].Form[0]))))
                return i;
            if (form.Length < 2 || !form.All(c => char.IsUpper(c) || c is '.' or '\'' or '-'))
                return 0;
        }

        return 0;
    }

    /// <summary>
    /// "ISLAMABAD, May 8 -", "Nairobi, 12 March —": a capitalised place, a comma, a date with its day in figures, then a
    /// dash. The comma and the figures tell it from a sentence that opens with a name and a dash ("Peru - a
    /// country of …").
    /// </summary>
    private static int PlaceCommaDate(IReadOnlyList<SyntaxWord> words)
    {
        var limit = Math.Min(words.Count, MaxWords);
        if (limit == 0 || !char.IsUpper(words[0].Form[0]))
            return 0;
        var comma = false;
        var day = false;
        for (var i = 1; i < limit; i++)
        {
            var form = words[i].Form;
            if (IsDash(form))
                return comma && day ? i : 0;
            if (!IsPlaceOrDate(form))
                return 0;
            comma |= form == ",";
            day |= comma && form.All(char.IsDigit);
        }

        return 0;
    }

    /// <summary>
    /// "KYIV, Ukraine —", "Kinshasa, DR Congo —": one to three capitalised words of a place, a comma, one to four of its
    /// country or region, then a dash (a hyphen only before a capital). Parsed with the sentence, the place becomes its
    /// subject and the country a side of its events.
    /// </summary>
    private static int PlaceCommaRegion(IReadOnlyList<SyntaxWord> words)
    {
        var comma = 1;
        while (comma < Math.Min(words.Count, 4) && words[comma].Form != ",")
            comma++;
        if (comma >= words.Count || words[comma].Form != "," || !Capitalised(words, 0, comma) || Prepositions.Contains(words[0].Form))
            return 0;
        for (var dash = comma + 2; dash < Math.Min(words.Count - 1, comma + 6); dash++)
        {
            // A hyphen with no space before it joins words ("Jean-Pierre").
            if (IsDash(words[dash].Form))
                return Capitalised(words, comma + 1, dash) && (words[dash].Form != "-" || words[dash].Start > words[dash - 1].End && char.IsUpper(words[dash + 1].Form[0])) ? dash : 0;
        }

        return 0;
    }

    /// <summary>English prepositions that open a sentence's phrase of place ("In Paris, Prime Minister X …"), not a dateline.</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "In", "At", "On", "From", "For", "After", "Before", "During", "Near", "Outside", "Inside" };

    /// <summary>The words from <paramref name="from"/> to <paramref name="end"/> are capitalised (or "of", inside a place's name).</summary>
    private static bool Capitalised(IReadOnlyList<SyntaxWord> words, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (!char.IsUpper(words[i].Form[0]) && !(words[i].Form == "of" && i > from))
                return false;
        }

        return true;
    }

    private static bool IsDash(string form) => form is "—" or "–" or "-" or "--";

    private static bool IsPlaceOrDate(string form) =>
        form is "," or "/" or "." || char.IsUpper(form[0]) || form.All(char.IsDigit) || IsOrdinalDay(form);

    /// <summary>"9th", "21st": a day of the month written as an ordinal ("ABU DHABI, 9th March, 2025 (WAM) --").</summary>
    private static bool IsOrdinalDay(string form) =>
        form.Length is 3 or 4 && char.IsDigit(form[0]) && form[..^2].All(char.IsDigit) && form[^2..] is "st" or "nd" or "rd" or "th";
}
