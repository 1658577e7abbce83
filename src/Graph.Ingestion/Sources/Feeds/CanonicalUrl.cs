namespace Graph.Ingestion.Sources.Feeds;

/// <summary>
/// The form of a URL used as an article id: absolute http(s), scheme and host in lower case, no default port,
/// no fragment, and no <c>utm_*</c> tracking parameters, so the same page linked twice is one article.
/// </summary>
internal static class CanonicalUrl
{
    public static string? Normalize(string? value, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        // On Unix "/path" parses as an absolute file URI: a link that is not http(s) on its own is tried against the base.
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return Normalize(uri);
        return baseUri is not null && Uri.TryCreate(baseUri, text, out uri) ? Normalize(uri) : null;
    }

    public static string? Normalize(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https"))
            return null;
        var builder = new UriBuilder(uri) { Fragment = "" };
        if (uri.IsDefaultPort)
            builder.Port = -1;
        var query = uri.Query.TrimStart('?');
        if (query.Length > 0)
        {
            var kept = query.Split('&').Where(p => p.Length > 0 && !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase));
            builder.Query = string.Join('&', kept);
        }
        return builder.Uri.AbsoluteUri;
    }
}
