using System.Threading.Channels;
using Graph.Broker.Configuration;
using Graph.Broker.Observability;
using RabbitMQ.Client;

namespace Graph.Broker.Messaging;

/// <summary>
/// What a consuming role works with on one session: the deliveries of its queue (a channel with the prefetch as bound),
/// a channel with publisher confirms for what it passes on, and the <see cref="Settlement"/> of what it took.
/// </summary>
internal sealed record WorkChannels(ChannelReader<Delivery> Deliveries, IChannel Publish, Settlement Settlement)
{
    public static async Task<WorkChannels> OpenAsync(
        BrokerSession session, BrokerOptions options, string queue, int prefetch, string role, BrokerMetrics metrics, CancellationToken cancellationToken)
    {
        var consume = await session.OpenChannelAsync(confirms: false, (ushort)prefetch, cancellationToken).ConfigureAwait(false);
        var publish = await session.OpenChannelAsync(confirms: true, prefetch: 0, cancellationToken).ConfigureAwait(false);
        var deliveries = await QueueConsumer.StartAsync(consume, queue, (ushort)prefetch, cancellationToken).ConfigureAwait(false);
        return new WorkChannels(deliveries, publish, new Settlement(consume, publish, options, queue, role, metrics));
    }
}
