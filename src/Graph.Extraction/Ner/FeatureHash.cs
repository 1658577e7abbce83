namespace Graph.Extraction.Ner;

/// <summary>
/// Stable 64-bit feature hashes (FNV-1a over characters, mixed with SplitMix64), the same on every platform and
/// run, so a saved model keys its weights by them. 0 is reserved for "no feature".
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public const ulong None = 0;

    public static ulong Start => FnvOffset;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * FnvPrime;

    public static ulong Of(string text)
    {
        var h = FnvOffset;
        foreach (var c in text)
            h = Add(h, c);
        return h;
    }

    /// <summary>A feature of one template over one value.</summary>
    public static ulong Feature(int template, ulong value) => FromMixed(template, First(value));

    /// <summary>A feature of one template over two values.</summary>
    public static ulong Feature(int template, ulong first, ulong second) => FromMixed(template, First(first), Second(second));

    /// <summary>A value mixed as a feature's only or first value: a value several features share is mixed once.</summary>
    public static ulong First(ulong value) => Mix(value);

    /// <summary>A value mixed as a feature's second value.</summary>
    public static ulong Second(ulong value) => Mix(value + 0x9E3779B97F4A7C15UL);

    /// <summary>The feature of one template over a value mixed by <see cref="First"/>.</summary>
    public static ulong FromMixed(int template, ulong first) => NonZero(Mix(((ulong)template << 56) ^ first));

    /// <summary>The feature of one template over values mixed by <see cref="First"/> and <see cref="Second"/>.</summary>
    public static ulong FromMixed(int template, ulong first, ulong second) => NonZero(Mix(((ulong)template << 56) ^ first ^ second));

    private static ulong NonZero(ulong h) => h == None ? 1 : h;

    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
