using System.Globalization;

namespace Graph.Extraction.Dates;

/// <summary>A date expression found in text and the date it resolves to.</summary>
/// <param name="Start">Offset of the phrase (in the coordinates the caller gave).</param>
/// <param name="End">End offset, exclusive.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Date">The resolved date: the day itself, or the first day of the week, month or year it names.</param>
/// <param name="Precision">How much of <paramref name="Date"/> the text fixes.</param>
/// <param name="YearGuessed">A day and month written without a year ("June 5"), placed in the year nearest publication.</param>
public sealed record DatePhrase(int Start, int End, string Text, DateOnly Date, DatePrecision Precision, bool YearGuessed = false)
{
    /// <summary>
    /// The same day in the year before, for a day whose year was guessed and which falls after publication: what has
    /// happened by then ("met on June 5" in a March article) was in the year before.
    /// </summary>
    public DatePhrase? InThePast(DateOnly published) =>
        Date <= published ? this : YearGuessed ? this with { Date = Date.AddYears(-1) } : null;

    /// <summary>A year named alone ("in 2014"), not one counted from the publication date ("last year").</summary>
    public bool IsBareYear => Precision == DatePrecision.Year && char.IsDigit(Text[^1]);

    /// <summary>
    /// The date as the graph document carries it, no more precise than the text and in the contract's forms: a day as
    /// yyyy-MM-dd, a month as yyyy-MM, a year as yyyy; a week as the month it lies in, else its year, else nothing (a
    /// week across New Year is in neither). A first day the text never named would read as a day to anyone downstream.
    /// </summary>
    public string? Iso => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Date.ToString("yyyy", CultureInfo.InvariantCulture),
        _ when Date.AddDays(6).Month == Date.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ when Date.AddDays(6).Year == Date.Year => Date.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => null,
    };
}
