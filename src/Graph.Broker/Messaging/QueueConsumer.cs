using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Graph.Broker.Messaging;

/// <summary>
/// Consumes a queue into a bounded channel that the role's workers read. The channel holds as many deliveries as the
/// prefetch lets the broker send, so the client's dispatch never waits on it; the work happens off the dispatcher,
/// and the deliveries left in it when the session ends are returned by the broker when the channel closes.
/// </summary>
public static class QueueConsumer
{
    public static async Task<ChannelReader<Delivery>> StartAsync(
        IChannel channel, string queue, ushort prefetch, CancellationToken cancellationToken)
    {
        var deliveries = Channel.CreateBounded<Delivery>(new BoundedChannelOptions(prefetch) { SingleWriter = true });
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, e) =>
            await deliveries.Writer.WriteAsync(new Delivery(e.DeliveryTag, e.Redelivered, new BasicProperties(e.BasicProperties), e.Body.ToArray()), cancellationToken).ConfigureAwait(false);
        consumer.ShutdownAsync += (_, _) =>
        {
            deliveries.Writer.TryComplete();
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
        return deliveries.Reader;
    }
}
