using Graph.Broker.Configuration;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Graph.Broker.Messaging;

/// <summary>Opens connections to the broker as <see cref="BrokerSession"/>s.</summary>
public sealed class BrokerConnector(IOptions<BrokerOptions> options)
{
    /// <summary>Heartbeats notice a broker that vanished without closing the socket (a killed node) within seconds.</summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A new connection. The client's automatic recovery is off: a lost connection ends the session, and the role that
    /// owned it connects again from scratch (declaring its queues, consuming again), so no half-recovered channel and no
    /// recovery task can outlive a close.
    /// </summary>
    public async Task<BrokerSession> ConnectAsync(string purpose, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var factory = new ConnectionFactory
        {
            Uri = new Uri(settings.Uri),
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            RequestedHeartbeat = Heartbeat,
            ClientProvidedName = $"graph {purpose} (pid {Environment.ProcessId})",
        };
        var connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new BrokerSession(connection, settings.CloseTimeout);
    }

    /// <summary>Where the broker is, without the password, for logs and health reports.</summary>
    public string Description
    {
        get
        {
            if (!Uri.TryCreate(options.Value.Uri, UriKind.Absolute, out var uri))
                return "RabbitMQ";
            return $"RabbitMQ at {uri.Scheme}://{uri.Host}:{(uri.IsDefaultPort ? 5672 : uri.Port)}{uri.AbsolutePath}";
        }
    }
}
