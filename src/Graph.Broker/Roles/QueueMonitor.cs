using Graph.Broker.Configuration;
using Graph.Broker.Messaging;
using Graph.Broker.Observability;
using Microsoft.Extensions.Options;

namespace Graph.Broker.Roles;

/// <summary>Reads the depth and consumers of the three queues every <see cref="BrokerOptions.MonitorInterval"/>, for the metrics and the health report.</summary>
internal sealed class QueueMonitor(IOptions<BrokerOptions> options, BrokerStatus status, TimeProvider time) : IBrokerRole
{
    public string Name => "monitor";

    public async Task RunAsync(BrokerSession session, Action ready, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var channel = await session.OpenChannelAsync(confirms: false, prefetch: 0, cancellationToken).ConfigureAwait(false);
        ready();
        while (true)
        {
            foreach (var queue in new[] { settings.ArticleQueue, settings.DocumentQueue, settings.DeadLetterQueue })
            {
                var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken).ConfigureAwait(false);
                status.Depth(queue, declared.MessageCount, declared.ConsumerCount);
            }
            await Task.Delay(settings.MonitorInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
