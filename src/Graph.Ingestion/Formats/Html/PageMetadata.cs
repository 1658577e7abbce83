using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Graph.Ingestion.Formats.Html;

/// <summary>
/// The page's own statements of when it was published and where it lives, in one place. SmartReader also reads
/// a date, but as a point in time converted out of the page's time zone and from fewer places; these are read
/// as written, first found wins: JSON-LD <c>datePublished</c> (then <c>dateModified</c>), the publication meta
/// tags (<c>article:published_time</c>, <c>pdate</c>, <c>date</c> …), <c>itemprop="datePublished"</c>, then
/// <c>&lt;time datetime&gt;</c> (one marked <c>pubdate</c> first).
/// </summary>
internal sealed partial record PageMetadata(DateOnly? Published, string? Url)
{
    /// <summary>Meta names and properties that state a publication date, in order of trust.</summary>
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "parsely-pub-date", "sailthru.date", "pdate", "pubdate",
        "publishdate", "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date",
    ];

    public static PageMetadata Read(IHtmlDocument document) =>
        new(PublishedOn(document), Canonical(document));

    private static DateOnly? PublishedOn(IHtmlDocument document)
    {
        var linkedData = document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => LinkedDataDates(script.TextContent))
            .ToList();
        var metas = document.QuerySelectorAll("meta[content]")
            .Select(meta => (Name: (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? "").Trim().ToLowerInvariant(),
                Value: meta.GetAttribute("content")))
            .ToList();
        var candidates = linkedData.Select(d => d.Published)
            .Concat(linkedData.Select(d => d.Modified))
            .Concat(DateMetaNames.SelectMany(name => metas.Where(m => m.Name == name).Select(m => m.Value)))
            .Concat(document.QuerySelectorAll("[itemprop~='datePublished']").Select(ItemValue))
            .Concat(document.QuerySelectorAll("time[datetime][pubdate]").Select(t => t.GetAttribute("datetime")))
            .Concat(document.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")));
        foreach (var candidate in candidates)
        {
            if (DateAsWritten(candidate) is { } date)
                return date;
        }
        return null;
    }

    private static string? ItemValue(IElement element) =>
        element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;

    /// <summary>The first <c>datePublished</c> and <c>dateModified</c> anywhere in a JSON-LD block (objects, arrays, <c>@graph</c>).</summary>
    private static (string? Published, string? Modified) LinkedDataDates(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(CData().Replace(json, ""), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return (FindString(document.RootElement, "datePublished"), FindString(document.RootElement, "dateModified"));
        }
        catch (JsonException)
        {
            // A broken JSON-LD block states nothing; the page's other metadata still counts.
            return (null, null);
        }
    }

    private static string? FindString(JsonElement element, string property)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
                    return value.GetString();
                return element.EnumerateObject().Select(p => FindString(p.Value, property)).FirstOrDefault(s => s is not null);
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(item => FindString(item, property)).FirstOrDefault(s => s is not null);
            default:
                return null;
        }
    }

    /// <summary>ISO dates and date-times (the date part as written), <c>yyyyMMdd</c>, or another invariant date-time.</summary>
    internal static DateOnly? DateAsWritten(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (PublishedDate.TryParse(text, out var iso))
            return iso;
        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
            return compact;
        // A date without its year ("March 3") would be read as this year: not a statement of the date.
        if (!FourDigits().IsMatch(text))
            return null;
        // Without AdjustToUniversal the clock time stays as the page wrote it, so the day does too.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
    }

    private static string? Canonical(IHtmlDocument document) =>
        document.QuerySelectorAll("link[rel][href]")
            .Where(link => link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
            .Select(link => HtmlArticleFormat.Collapse(link.GetAttribute("href")))
            .Concat(document.QuerySelectorAll("meta[property='og:url'][content]").Select(meta => HtmlArticleFormat.Collapse(meta.GetAttribute("content"))))
            .FirstOrDefault(url => url is not null);

    /// <summary>A CDATA wrapper (optionally behind <c>//</c>) that pages put around JSON-LD.</summary>
    [GeneratedRegex(@"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")]
    private static partial Regex CData();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex FourDigits();
}
