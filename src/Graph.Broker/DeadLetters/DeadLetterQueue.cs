using Graph.Broker.Configuration;
using Graph.Broker.Messaging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Graph.Broker.DeadLetters;

/// <summary>
/// The dead-letter queue for the <c>dead-letters</c> verb: list, and requeue to the queue a message came from. Each
/// call is short and owns everything it opens: one connection (no automatic recovery), channels that only
/// <c>BasicGet</c> (no consumer, so no dispatcher to drain at close), closed with bounded waits before disposal.
/// Messages fetched but not requeued are never acknowledged, so the channel's close returns them to the queue.
/// </summary>
public sealed class DeadLetterQueue(BrokerConnector connector, IOptions<BrokerOptions> options)
{
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var session = await connector.ConnectAsync("dead-letters list", cancellationToken).ConfigureAwait(false);
        var channel = await session.OpenChannelAsync(confirms: false, prefetch: 0, cancellationToken).ConfigureAwait(false);
        await Topology.DeclareAsync(channel, settings, cancellationToken).ConfigureAwait(false);
        var letters = new List<DeadLetter>();
        while (letters.Count < limit && await channel.BasicGetAsync(settings.DeadLetterQueue, autoAck: false, cancellationToken).ConfigureAwait(false) is { } message)
            letters.Add(DeadLetter.From(message.BasicProperties));
        return letters;
    }

    /// <summary>Puts the messages whose message id or article id is in <paramref name="ids"/> (all when null) back on their queue, each confirmed before it leaves the dead-letter queue.</summary>
    public async Task<IReadOnlyList<DeadLetter>> RequeueAsync(IReadOnlySet<string>? ids, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var session = await connector.ConnectAsync("dead-letters requeue", cancellationToken).ConfigureAwait(false);
        var channel = await session.OpenChannelAsync(confirms: false, prefetch: 0, cancellationToken).ConfigureAwait(false);
        var publish = await session.OpenChannelAsync(confirms: true, prefetch: 0, cancellationToken).ConfigureAwait(false);
        await Topology.DeclareAsync(channel, settings, cancellationToken).ConfigureAwait(false);
        var requeued = new List<DeadLetter>();
        while (await channel.BasicGetAsync(settings.DeadLetterQueue, autoAck: false, cancellationToken).ConfigureAwait(false) is { } message)
        {
            var letter = DeadLetter.From(message.BasicProperties);
            if (ids is not null && !ids.Contains(letter.MessageId) && !ids.Contains(letter.Article))
                continue;
            var queue = letter.Queue is { Length: > 0 } known ? known : settings.ArticleQueue;
            var headers = (message.BasicProperties.Headers ?? new Dictionary<string, object?>())
                .Where(h => !DeadLetter.IsDeadLetterHeader(h.Key)).ToDictionary(h => h.Key, h => h.Value);
            var properties = new BasicProperties(message.BasicProperties) { Headers = headers, Persistent = true };
            await publish.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, cancellationToken).ConfigureAwait(false);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken).ConfigureAwait(false);
            requeued.Add(letter with { Queue = queue });
        }
        return requeued;
    }
}
