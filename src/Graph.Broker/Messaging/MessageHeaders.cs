using System.Text;
using RabbitMQ.Client;

namespace Graph.Broker.Messaging;

/// <summary>The headers Graph sets and reads on its messages.</summary>
public static class MessageHeaders
{
    /// <summary>The article's id (the message id is its content hash).</summary>
    public const string Article = "x-graph-article";

    /// <summary>Why a dead-lettered message was given up.</summary>
    public const string Reason = "x-graph-reason";

    /// <summary>The queue a dead-lettered message came from, where <c>dead-letters requeue</c> puts it back.</summary>
    public const string Queue = "x-graph-queue";

    /// <summary>How many deliveries it failed.</summary>
    public const string Attempts = "x-graph-attempts";

    /// <summary>Set by quorum queues on a redelivery: how many earlier deliveries were returned unsettled.</summary>
    public const string DeliveryCount = "x-delivery-count";

    /// <summary>A header as text (the client hands string headers over as bytes).</summary>
    public static string? Text(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => null,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        } : null;

    /// <summary>A numeric header, 0 when absent.</summary>
    public static long Number(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true && value is not null
            ? value switch
            {
                byte[] bytes when long.TryParse(Encoding.UTF8.GetString(bytes), out var parsed) => parsed,
                IConvertible convertible => convertible.ToInt64(System.Globalization.CultureInfo.InvariantCulture),
                _ => 0,
            }
            : 0;
}
