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
        Uri? uri;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out uri) && (baseUri is null || !Uri.TryCreate(baseUri, value.Trim(), out uri)))
            return null;
        return Normalize(uri);
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
