using System.Globalization;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Formats;

/// <summary>Publication dates: ISO <c>yyyy-MM-dd</c>, or an ISO date-time whose date part is taken as written.</summary>
internal static class PublishedDate
{
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
            return false;
        var text = value.Trim();
        if (text.Length > 10 && text[10] is not ('T' or 't' or ' '))
            return false;
        return DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Parses a date the author gave explicitly; a wrong one is an error rather than silently dropped.</summary>
    public static DateOnly? ParseGiven(string? value, string where)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return TryParse(value, out var date)
            ? date
            : throw new BadInputException($"{where} 'published' is not an ISO date (yyyy-MM-dd): '{value.Trim()}'");
    }
}
