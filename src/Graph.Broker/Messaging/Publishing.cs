using RabbitMQ.Client;

namespace Graph.Broker.Messaging;

internal static class Publishing
{
    /// <summary>
    /// Publishes a persistent message to <paramref name="queue"/> through the default exchange and returns once the
    /// broker confirmed it (the channel has publisher confirms); mandatory, so a missing queue is an error, not a loss.
    /// </summary>
    public static async Task PublishAsync(
        IChannel channel, string queue, string messageId, string article, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties
        {
            MessageId = messageId,
            Persistent = true,
            ContentType = "application/json",
            Headers = new Dictionary<string, object?> { [MessageHeaders.Article] = article },
        };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
    }
}
