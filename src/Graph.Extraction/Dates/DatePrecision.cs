namespace Graph.Extraction.Dates;

/// <summary>How much of a resolved date the text actually fixes.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day ("Tuesday", "Feb. 1", "yesterday").</summary>
    Day,
    /// <summary>A week ("last week"): the date is that week's Monday.</summary>
    Week,
    /// <summary>A month ("in December", "last month"): the date is the month's first day.</summary>
    Month,
    /// <summary>A year ("last year"): the date is January 1.</summary>
    Year,
}
