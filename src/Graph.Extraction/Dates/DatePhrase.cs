using System.Globalization;

namespace Graph.Extraction.Dates;

/// <summary>A date expression found in text and the date it resolves to.</summary>
/// <param name="Start">Offset of the phrase (in the coordinates the caller gave).</param>
/// <param name="End">End offset, exclusive.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Date">The resolved date: the day itself, or the first day of the week, month or year it names.</param>
/// <param name="Precision">How much of <paramref name="Date"/> the text fixes.</param>
public sealed record DatePhrase(int Start, int End, string Text, DateOnly Date, DatePrecision Precision)
{
    /// <summary>The date as ISO yyyy-MM-dd, the form the graph document carries.</summary>
    public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
