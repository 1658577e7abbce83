using Graph.Bench.EndToEnd;

namespace Graph.Bench.Tests;

public class TenthRatesTests
{
    [Fact]
    public void Of_SteadyRate_EveryTenthTheSame()
    {
        // 10 articles a second for 100 s, sampled every 30 s, on top of 50 articles written before.
        (TimeSpan, long)[] samples = [(TimeSpan.FromSeconds(30), 350), (TimeSpan.FromSeconds(60), 650), (TimeSpan.FromSeconds(90), 950)];

        var rates = TenthRates.Of(samples, writtenBefore: 50, total: 1000, end: TimeSpan.FromSeconds(100));

        Assert.Equal(10, rates.Count);
        Assert.All(rates, rate => Assert.Equal(10.0, rate, precision: 9));
    }

    [Fact]
    public void Of_SlowerSecondHalf_TenthsInterpolatedBetweenSamples()
    {
        // 500 articles in the first 50 s (10/s), the other 500 in the next 100 s (5/s); samples at 25 s and 100 s.
        (TimeSpan, long)[] samples = [(TimeSpan.FromSeconds(25), 250), (TimeSpan.FromSeconds(100), 750)];

        var rates = TenthRates.Of(samples, writtenBefore: 0, total: 1000, end: TimeSpan.FromSeconds(150));

        // Between 25 s and 100 s the count is interpolated at 500 / 75 s, so the tenths there run at 6.67/s.
        Assert.Equal(10.0, rates[0], precision: 9);
        Assert.Equal(10.0, rates[1], precision: 9);
        Assert.Equal(500.0 / 75, rates[4], precision: 9);
        Assert.Equal(5.0, rates[9], precision: 9);
    }

    [Fact]
    public void Of_SamplesWithoutProgress_Ignored()
    {
        // Start-up: nothing written for the first 60 s, then 20 a second.
        (TimeSpan, long)[] samples = [(TimeSpan.FromSeconds(30), 0), (TimeSpan.FromSeconds(60), 0), (TimeSpan.FromSeconds(90), 600)];

        var rates = TenthRates.Of(samples, writtenBefore: 0, total: 1000, end: TimeSpan.FromSeconds(110));

        Assert.Equal(100.0 / 65, rates[0], precision: 9);
        Assert.Equal(20.0, rates[9], precision: 9);
    }

    [Fact]
    public void Of_FewerThanTenArticles_Empty() =>
        Assert.Empty(TenthRates.Of([], writtenBefore: 0, total: 9, end: TimeSpan.FromSeconds(1)));
}
