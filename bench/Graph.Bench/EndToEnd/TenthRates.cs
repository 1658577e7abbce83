namespace Graph.Bench.EndToEnd;

/// <summary>
/// Articles per second in each tenth of a run, from the periodic counts of articles written: whether the writer slows
/// down as the graph grows is the last tenth's rate against the first's, measured within one run (so a machine shared
/// with other work moves both alike more often than in two runs).
/// </summary>
internal static class TenthRates
{
    /// <summary>
    /// The rate of each tenth of <paramref name="total"/> articles: the moment each tenth was reached is interpolated
    /// linearly between the samples that straddle it. The run is taken to start at zero with <paramref name="writtenBefore"/>
    /// articles and to end at <paramref name="end"/> with all written. Empty when fewer than ten articles were written.
    /// </summary>
    public static IReadOnlyList<double> Of(IReadOnlyList<(TimeSpan At, long Written)> samples, long writtenBefore, long total, TimeSpan end)
    {
        if (total < 10)
            return [];
        var points = new List<(double Seconds, double Written)> { (0, 0) };
        foreach (var (at, written) in samples)
        {
            if (at < end && written - writtenBefore >= points[^1].Written)
                points.Add((at.TotalSeconds, written - writtenBefore));
        }

        points.Add((end.TotalSeconds, total));
        var rates = new double[10];
        var previous = 0.0;
        for (var tenth = 1; tenth <= 10; tenth++)
        {
            var reachedAt = TimeWhen(points, total * tenth / 10.0);
            rates[tenth - 1] = total / 10.0 / (reachedAt - previous);
            previous = reachedAt;
        }

        return rates;
    }

    /// <summary>When the count reached <paramref name="written"/>: linear between the first sample at or past it and the one before.</summary>
    private static double TimeWhen(List<(double Seconds, double Written)> points, double written)
    {
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Written >= written)
            {
                var (t0, w0) = points[i - 1];
                var (t1, w1) = points[i];
                return t0 + (t1 - t0) * (written - w0) / (w1 - w0);
            }
        }

        return points[^1].Seconds;
    }
}
