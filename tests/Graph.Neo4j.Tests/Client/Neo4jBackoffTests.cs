using Graph.Neo4j.Client;
using Graph.Neo4j.Client.Resilience;

namespace Graph.Neo4j.Tests.Client;

public sealed class Neo4jBackoffTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(4, 16)]
    [InlineData(5, 30)]
    [InlineData(60, 30)]
    public void Delay_WithoutJitter_DoublesFromOneSecondUpToThirty(int retryIndex, int seconds)
    {
        var options = new Neo4jRetryOptions { UseJitter = false };

        Assert.Equal(TimeSpan.FromSeconds(seconds), Neo4jBackoff.Delay(retryIndex, options, jitterSample: 0.9));
    }

    [Theory]
    [InlineData(0.0, 750)]
    [InlineData(0.5, 1000)]
    [InlineData(0.999999, 1250)]
    public void Delay_WithJitter_SpreadsByAQuarter(double sample, int milliseconds)
    {
        var delay = Neo4jBackoff.Delay(0, new Neo4jRetryOptions(), sample);

        Assert.Equal(milliseconds, delay.TotalMilliseconds, precision: 0);
    }

    [Fact]
    public void Delay_WithJitterNearCap_NeverExceedsCap() =>
        Assert.Equal(TimeSpan.FromSeconds(30), Neo4jBackoff.Delay(10, new Neo4jRetryOptions(), jitterSample: 0.999));
}
