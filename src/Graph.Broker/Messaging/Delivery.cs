using RabbitMQ.Client;

namespace Graph.Broker.Messaging;

/// <summary>One message taken from a queue, copied out of the client's buffer (which is reused once the handler returns).</summary>
/// <param name="Tag">The delivery tag, for the ack on the channel it came on.</param>
/// <param name="Redelivered">The broker delivered it before (a worker died or returned it).</param>
public sealed record Delivery(ulong Tag, bool Redelivered, IReadOnlyBasicProperties Properties, ReadOnlyMemory<byte> Body)
{
    public string MessageId => Properties.MessageId ?? "";

    public string Article => MessageHeaders.Text(Properties, MessageHeaders.Article) ?? MessageId;

    /// <summary>This delivery's number: 1 for the first, more after returns (quorum queues count them in <c>x-delivery-count</c>).</summary>
    public long Attempt => MessageHeaders.Number(Properties, MessageHeaders.DeliveryCount) + 1;
}
