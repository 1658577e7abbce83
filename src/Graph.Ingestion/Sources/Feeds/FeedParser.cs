using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Graph.Core.Articles;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Sources.Feeds;

/// <summary>Reads RSS 2.0 and Atom 1.0 documents (System.ServiceModel.Syndication) into <see cref="FeedEntry"/> items.</summary>
internal static partial class FeedParser
{
    public static IReadOnlyList<FeedEntry> Parse(byte[] body, Uri feedUri)
    {
        SyndicationFeed feed;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings
            {
                // No DTDs and no external entities: a feed is untrusted input.
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
            });
            xml.MoveToContent();
            SyndicationFeedFormatter formatter = xml.LocalName switch
            {
                "rss" => new Rss20FeedFormatter(),
                "feed" => new Atom10FeedFormatter(),
                var other => throw new BadInputException($"not an RSS 2.0 or Atom 1.0 feed (the document is <{other}>)"),
            };
            formatter.DateTimeParser = LenientDate;
            formatter.ReadFrom(xml);
            feed = formatter.Feed;
        }
        catch (XmlException e)
        {
            throw new BadInputException($"malformed feed XML: {e.Message}");
        }

        var entries = new List<FeedEntry>();
        foreach (var item in feed.Items)
        {
            var link = item.Links
                .Where(l => l.RelationshipType is null or "alternate")
                .Select(l => CanonicalUrl.Normalize(l.Uri.OriginalString, l.BaseUri ?? feedUri))
                .FirstOrDefault(u => u is not null)
                ?? CanonicalUrl.Normalize(item.Id);
            var title = string.IsNullOrWhiteSpace(item.Title?.Text) ? null : Collapse(item.Title.Text);
            var key = link ?? (string.IsNullOrWhiteSpace(item.Id) ? $"{feedUri.AbsoluteUri}#{ContentHashing.ShortId(title ?? "")}" : item.Id.Trim());
            var stamp = item.LastUpdatedTime != default ? Stamp(item.LastUpdatedTime) : item.PublishDate != default ? Stamp(item.PublishDate) : "";
            DateOnly? published = item.PublishDate != default ? DateOnly.FromDateTime(item.PublishDate.DateTime) : null;
            entries.Add(new FeedEntry(key, link is null ? null : new Uri(link), title, published, stamp));
        }
        return entries;
    }

    private static string Stamp(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// Feeds in the wild write dates in many ways (RFC 822 with zone names, ISO 8601, none); an unreadable date
    /// leaves the item undated instead of failing the whole feed.
    /// </summary>
    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset time)
    {
        var text = data.DateTimeString?.Trim() ?? "";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time))
            return true;
        var normalized = ZoneName().Replace(text, m => " " + ZoneOffsets[m.Value.Trim().ToUpperInvariant()]);
        normalized = NumericZone().Replace(normalized, "$1$2:$3");
        string[] formats = ["ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz"];
        if (DateTimeOffset.TryParseExact(normalized, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out time))
            return true;
        time = default;
        return true;
    }

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.Ordinal)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    [GeneratedRegex(@"\s(UT|UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$", RegexOptions.IgnoreCase)]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"([+-])(\d\d)(\d\d)$")]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
