using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Graph.Broker.Tests;

/// <summary>Reads a queue's depth and consumers as the broker reports them.</summary>
internal static class BrokerQueuesProbe
{
    /// <summary>Messages ready and consumers, or null while the queue does not exist yet (or the broker is away).</summary>
    public static async Task<(uint Messages, uint Consumers)?> ReadAsync(BrokerEnvironment environment, string queue)
    {
        try
        {
            await using var connection = await environment.ConnectAsync();
            await using var channel = await connection.CreateChannelAsync();
            var declared = await channel.QueueDeclarePassiveAsync(queue);
            await channel.CloseAsync();
            await connection.CloseAsync();
            return (declared.MessageCount, declared.ConsumerCount);
        }
        catch (Exception e) when (e is OperationInterruptedException or BrokerUnreachableException or AlreadyClosedException)
        {
            return null;
        }
    }
}
