using System.Globalization;
using Graph.Broker.Configuration;
using Graph.Broker.Observability;
using RabbitMQ.Client;

namespace Graph.Broker.Messaging;

/// <summary>
/// How a role settles what it took from <see cref="Queue"/>: acknowledged when done; on a failure returned for another
/// try, until its <see cref="BrokerOptions.MaxAttempts"/>th delivery fails, when it is published to the dead-letter
/// queue with its reason (confirmed) and only then acknowledged, so a poison message is never lost and never blocks.
/// </summary>
/// <param name="consume">The channel the deliveries came on (acks go back on it).</param>
/// <param name="publish">A channel with publisher confirms.</param>
internal sealed class Settlement(IChannel consume, IChannel publish, BrokerOptions options, string queue, string role, BrokerMetrics metrics)
{
    public string Queue => queue;

    public async Task AckAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        await consume.BasicAckAsync(delivery.Tag, multiple: false, cancellationToken).ConfigureAwait(false);
        metrics.Acknowledged(role);
    }

    /// <summary>Another try (the broker counts it), or the dead-letter queue once the tries are used up.</summary>
    public async Task FailAsync(Delivery delivery, string reason, CancellationToken cancellationToken)
    {
        if (delivery.Attempt >= options.MaxAttempts)
            await DeadLetterAsync(delivery, $"{reason} (failed {delivery.Attempt} deliveries)", cancellationToken).ConfigureAwait(false);
        else
            await consume.BasicNackAsync(delivery.Tag, multiple: false, requeue: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the message to the dead-letter queue with <paramref name="reason"/> in <see cref="MessageHeaders.Reason"/>.</summary>
    public async Task DeadLetterAsync(Delivery delivery, string reason, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, object?>(delivery.Properties.Headers ?? new Dictionary<string, object?>())
        {
            [MessageHeaders.Reason] = reason,
            [MessageHeaders.Queue] = queue,
            [MessageHeaders.Attempts] = delivery.Attempt.ToString(CultureInfo.InvariantCulture),
        };
        headers.Remove(MessageHeaders.DeliveryCount);
        var properties = new BasicProperties(delivery.Properties) { Headers = headers, Persistent = true };
        await publish.BasicPublishAsync("", options.DeadLetterQueue, mandatory: true, properties, delivery.Body, cancellationToken).ConfigureAwait(false);
        await consume.BasicAckAsync(delivery.Tag, multiple: false, cancellationToken).ConfigureAwait(false);
        metrics.DeadLettered(role);
    }
}
