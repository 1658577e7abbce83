using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Graph.Broker.Messaging;

/// <summary>
/// One connection and the channels opened on it. <see cref="Lost"/> fires when the connection or any of its channels
/// shuts down, so the role using them stops and starts over. Disposal closes every channel, then the connection, each
/// with a bounded <c>CloseAsync</c>, and only then disposes them: never a synchronous <c>Dispose</c>, never an unbounded wait.
/// </summary>
public sealed class BrokerSession : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly TimeSpan _closeTimeout;
    private readonly CancellationTokenSource _lost = new();
    private readonly List<IChannel> _channels = [];

    internal BrokerSession(IConnection connection, TimeSpan closeTimeout)
    {
        _connection = connection;
        _closeTimeout = closeTimeout;
        _connection.ConnectionShutdownAsync += OnShutdownAsync;
    }

    /// <summary>Cancelled once the connection or one of the session's channels is gone.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Why the session was lost, once it was.</summary>
    public string? LostReason { get; private set; }

    /// <param name="confirms">Publisher confirms: every publish on the channel waits for the broker's ack (and throws on a nack).</param>
    /// <param name="prefetch">Unacknowledged deliveries the broker sends this channel's consumers at most; 0 for none.</param>
    public async Task<IChannel> OpenChannelAsync(bool confirms, ushort prefetch, CancellationToken cancellationToken)
    {
        var channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: confirms, publisherConfirmationTrackingEnabled: confirms),
            cancellationToken).ConfigureAwait(false);
        _channels.Add(channel);
        channel.ChannelShutdownAsync += OnShutdownAsync;
        if (prefetch > 0)
            await channel.BasicQosAsync(0, prefetch, global: false, cancellationToken).ConfigureAwait(false);
        return channel;
    }

    private async Task OnShutdownAsync(object sender, ShutdownEventArgs reason)
    {
        LostReason ??= $"{reason.Initiator}: {reason.ReplyCode} {reason.ReplyText}";
        await _lost.CancelAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _connection.ConnectionShutdownAsync -= OnShutdownAsync;
        foreach (var channel in _channels)
        {
            channel.ChannelShutdownAsync -= OnShutdownAsync;
            if (channel.IsOpen)
                await BoundedAsync(token => channel.CloseAsync(Constants.ReplySuccess, "done", abort: false, token)).ConfigureAwait(false);
            await channel.DisposeAsync().ConfigureAwait(false);
        }
        if (_connection.IsOpen)
            await BoundedAsync(token => _connection.CloseAsync(Constants.ReplySuccess, "done", _closeTimeout, abort: false, token)).ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        _lost.Dispose();
    }

    /// <summary>A close the broker does not answer in time is given up: the socket goes with the disposal that follows.</summary>
    private async Task BoundedAsync(Func<CancellationToken, Task> close)
    {
        using var timeout = new CancellationTokenSource(_closeTimeout);
        try
        {
            await close(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or RabbitMQ.Client.Exceptions.AlreadyClosedException
                                      or RabbitMQ.Client.Exceptions.OperationInterruptedException or IOException)
        {
            // Already gone or not answering: nothing more to say to the broker.
        }
    }
}
