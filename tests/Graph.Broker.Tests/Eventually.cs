namespace Graph.Broker.Tests;

internal static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> every 100 ms until it holds; fails with <paramref name="what"/> and <paramref name="report"/> after <paramref name="timeout"/>.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<string>? report = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out after {timeout} waiting for {what}.\n{report?.Invoke()}");
            await Task.Delay(100);
        }
    }
}
