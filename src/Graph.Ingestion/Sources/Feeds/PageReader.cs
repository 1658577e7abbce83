using System.Text;
using Graph.Core.Articles;
using Graph.Core.Text;
using Graph.Ingestion.Formats;
using Graph.Ingestion.Formats.Html;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Sources.Feeds;

/// <summary>The outcome of reading one feed item's page.</summary>
internal abstract record PageResult;

internal sealed record PageArticle(Article Article) : PageResult;

/// <summary>The page cannot become an article (gone, not HTML, no text): set aside.</summary>
internal sealed record PageSetAside(SetAside Problem) : PageResult;

/// <summary>The page could not be fetched now (server or network trouble): try again at the next poll.</summary>
internal sealed record PageUnavailable(string Reason) : PageResult;

/// <summary>
/// Fetches an item's page and takes its main text with the HTML reader (the same rules as .html files). The
/// article's id is the item's canonical URL; title and date come from the feed item, else from the page.
/// </summary>
internal sealed class PageReader(FeedHttp http)
{
    public async Task<PageResult> ReadAsync(FeedEntry entry, Uri link, CancellationToken cancellationToken)
    {
        var source = link.AbsoluteUri;
        switch (await http.GetAsync(link, validators: null, cancellationToken).ConfigureAwait(false))
        {
            case FetchFailed { Permanent: false } failed:
                return new PageUnavailable(failed.Reason);
            case FetchFailed failed:
                return new PageSetAside(new SetAside(source, $"the page could not be fetched: {failed.Reason}"));
            case NotModified:
                return new PageUnavailable("HTTP 304 without a conditional request");
            case FetchedContent content:
                return Read(entry, source, content);
            default:
                throw new InvalidOperationException("Unknown fetch outcome.");
        }
    }

    private static PageResult Read(FeedEntry entry, string source, FetchedContent content)
    {
        if (content.MediaType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase))
            return new PageSetAside(new SetAside(source, $"not an HTML page (content type {type})") { Content = content.Body });
        try
        {
            var fields = HtmlArticleFormat.Parse(Decode(content), content.Uri.AbsoluteUri);
            var article = new Article(
                Id: entry.Key,
                Title: ControlCharacters.CleanField(entry.Title ?? fields.Title ?? entry.Key),
                Published: entry.Published ?? fields.Published,
                Url: CanonicalUrl.Normalize(fields.Url, content.Uri) ?? entry.Key,
                Source: source,
                Text: fields.Text,
                BodyStart: fields.BodyStart)
            {
                Byline = fields.Byline,
                Language = fields.Language,
            };
            return new PageArticle(article);
        }
        catch (BadInputException e)
        {
            return new PageSetAside(new SetAside(source, e.Message) { Content = content.Body });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the page reader sets aside only this page; the feed's other items are still read.
            return new PageSetAside(new SetAside(source, $"could not be read ({e.GetType().Name}: {e.Message})") { Content = content.Body });
        }
    }

    /// <summary>UTF-8 unless the response names another charset .NET knows (e.g. ISO-8859-1).</summary>
    private static string Decode(FetchedContent content)
    {
        var charset = content.Charset?.Trim('"', ' ');
        if (string.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return ArticleText.Decode(content.Body);
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            throw new BadInputException($"the page's charset '{charset}' is not supported (UTF-8 and ISO-8859-1 are)");
        }
        return ArticleText.Clean(encoding.GetString(content.Body));
    }
}
