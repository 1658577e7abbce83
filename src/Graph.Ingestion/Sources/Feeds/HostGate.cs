using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Sources.Feeds;

/// <summary>Spaces requests to one host at least <see cref="FeedOptions.HostInterval"/> apart.</summary>
internal sealed class HostGate(IOptions<FeedOptions> options, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public async Task WaitAsync(Uri uri, CancellationToken cancellationToken)
    {
        var interval = options.Value.HostInterval;
        TimeSpan delay;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var slot = _next.TryGetValue(uri.Host, out var next) && next > now ? next : now;
            _next[uri.Host] = slot + interval;
            delay = slot - now;
        }
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
    }
}
