namespace Graph.Neo4j.Client.Resilience;

/// <summary>Exponential backoff with optional ±25 % jitter, capped at <see cref="Neo4jRetryOptions.MaxDelay"/>.</summary>
internal static class Neo4jBackoff
{
    private const double JitterSpread = 0.25;

    /// <summary>
    /// The delay before replay number <paramref name="retryIndex"/> (0 = first replay):
    /// InitialDelay × Multiplier^retryIndex, spread by <paramref name="jitterSample"/> (uniform in [0, 1)) when jitter is on.
    /// </summary>
    public static TimeSpan Delay(int retryIndex, Neo4jRetryOptions options, double jitterSample)
    {
        var cap = options.MaxDelay.TotalMilliseconds;
        // Math.Pow may overflow to infinity for large attempt numbers; Math.Min then keeps the cap.
        var delay = Math.Min(cap, options.InitialDelay.TotalMilliseconds * Math.Pow(options.Multiplier, retryIndex));
        if (options.UseJitter) delay *= 1 - JitterSpread + (2 * JitterSpread * jitterSample);
        return TimeSpan.FromMilliseconds(Math.Min(cap, delay));
    }
}
