using Graph.Broker.Messaging;
using RabbitMQ.Client;

namespace Graph.Broker.DeadLetters;

/// <summary>One message in the dead-letter queue.</summary>
/// <param name="MessageId">The article's content hash.</param>
/// <param name="Article">The article's id.</param>
/// <param name="Queue">Where it came from, and where a requeue puts it.</param>
/// <param name="Reason">Why it was given up: Graph's reason, or the broker's (<c>delivery_limit</c>: it was delivered too often without being settled).</param>
/// <param name="Attempts">Deliveries it failed, when known.</param>
public sealed record DeadLetter(string MessageId, string Article, string Queue, string Reason, string Attempts)
{
    private const string FirstDeathQueue = "x-first-death-queue";
    private const string FirstDeathReason = "x-first-death-reason";

    internal static DeadLetter From(IReadOnlyBasicProperties properties) => new(
        properties.MessageId ?? "",
        MessageHeaders.Text(properties, MessageHeaders.Article) ?? properties.MessageId ?? "",
        MessageHeaders.Text(properties, MessageHeaders.Queue) ?? MessageHeaders.Text(properties, FirstDeathQueue) ?? "",
        MessageHeaders.Text(properties, MessageHeaders.Reason)
            ?? (MessageHeaders.Text(properties, FirstDeathReason) is { } reason ? $"broker: {reason}" : "unknown"),
        MessageHeaders.Text(properties, MessageHeaders.Attempts) ?? "");

    /// <summary>Graph's own headers and the broker's dead-letter history, left behind when the message goes back to work.</summary>
    internal static bool IsDeadLetterHeader(string name) =>
        name is MessageHeaders.Reason or MessageHeaders.Queue or MessageHeaders.Attempts or MessageHeaders.DeliveryCount
        || name.StartsWith("x-death", StringComparison.Ordinal) || name.StartsWith("x-first-death", StringComparison.Ordinal)
        || name.StartsWith("x-last-death", StringComparison.Ordinal);
}
