using Graph.Broker.Configuration;
using RabbitMQ.Client;

namespace Graph.Broker.Messaging;

/// <summary>
/// The three durable quorum queues, declared by every role before it uses them (declaring is idempotent while the
/// arguments agree): articles, documents (single active consumer), dead letters. The work queues dead-letter into the
/// dead-letter queue when the broker's own delivery limit is reached.
/// </summary>
public static class Topology
{
    public static async Task DeclareAsync(IChannel channel, BrokerOptions options, CancellationToken cancellationToken)
    {
        await channel.QueueDeclareAsync(options.DeadLetterQueue, durable: true, exclusive: false, autoDelete: false,
            new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(options.ArticleQueue, durable: true, exclusive: false, autoDelete: false,
            WorkQueue(options, singleActiveConsumer: false), cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(options.DocumentQueue, durable: true, exclusive: false, autoDelete: false,
            WorkQueue(options, singleActiveConsumer: true), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, object?> WorkQueue(BrokerOptions options, bool singleActiveConsumer)
    {
        var arguments = new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
            ["x-delivery-limit"] = options.DeliveryLimit,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = options.DeadLetterQueue,
        };
        if (singleActiveConsumer)
            arguments["x-single-active-consumer"] = true;
        return arguments;
    }
}
