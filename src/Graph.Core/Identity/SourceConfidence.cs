namespace Graph.Core.Identity;

/// <summary>
/// The confidence of an event several sources report: each independent source (an outlet, or an article when
/// its outlet is unknown) counts once, with its most confident report; the chance that every source is wrong is
/// the product of their doubts, so the event's confidence is 1 − Π(1 − cᵢ), at most <see cref="Cap"/> (never
/// below the best single report), rounded half up to two decimals. The writer computes the same in Cypher.
/// </summary>
public static class SourceConfidence
{
    /// <summary>Corroboration never makes an extraction certain.</summary>
    public const double Cap = 0.99;

    /// <param name="reports">(source, confidence) of every report.</param>
    public static double Combine(IEnumerable<(string Source, double Confidence)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var best = reports.GroupBy(r => r.Source, StringComparer.Ordinal).Select(g => g.Max(r => r.Confidence)).ToList();
        if (best.Count == 0)
            return 0;
        var miss = best.Aggregate(1.0, (p, c) => p * (1.0 - c));
        var joint = Math.Min(Cap, 1.0 - miss);
        return Round(Math.Max(joint, best.Max()));
    }

    /// <summary>Half up, as Cypher's round(): the writer and extract give the same figure.</summary>
    public static double Round(double value) => Math.Floor(value * 100.0 + 0.5) / 100.0;

    /// <summary>The outlet of an article: the host of its URL without "www.", lower-case; null when there is no absolute URL.</summary>
    public static string? OutletOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
