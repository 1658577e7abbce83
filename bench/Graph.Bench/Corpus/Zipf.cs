namespace Graph.Bench.Corpus;

/// <summary>Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^exponent.</summary>
internal sealed class Zipf
{
    private readonly double[] _cumulative;

    public Zipf(int n, double exponent)
    {
        _cumulative = new double[n];
        var sum = 0.0;
        for (var rank = 0; rank < n; rank++)
            _cumulative[rank] = sum += 1.0 / Math.Pow(rank + 1, exponent);
        for (var rank = 0; rank < n; rank++)
            _cumulative[rank] /= sum;
    }

    public int Next(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(at >= 0 ? at + 1 : ~at, _cumulative.Length - 1);
    }

    /// <summary><paramref name="count"/> distinct ranks for which <paramref name="accept"/> holds given those drawn before.</summary>
    public int[] Distinct(Random random, int count, Func<int, IReadOnlyList<int>, bool>? accept = null)
    {
        var chosen = new List<int>(count);
        while (chosen.Count < count)
        {
            var rank = Next(random);
            if (!chosen.Contains(rank) && (accept is null || accept(rank, chosen)))
                chosen.Add(rank);
        }

        return [.. chosen];
    }
}
