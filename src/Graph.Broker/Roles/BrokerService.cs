using Graph.Broker.Configuration;
using Graph.Broker.Messaging;
using Graph.Broker.Observability;
using Graph.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Broker.Roles;

/// <summary>
/// Broker mode of <c>run</c>: plays the configured roles (<see cref="BrokerOptions.Roles"/>) and the queue monitor, each on
/// a connection of its own. A role whose connection is lost (the broker restarted, the network went) stops, and is
/// connected again with backoff; what it held unacknowledged is delivered again by the broker meanwhile.
/// </summary>
public sealed partial class BrokerService(
    IServiceProvider services,
    BrokerConnector connector,
    IOptions<BrokerOptions> options,
    BrokerStatus status,
    BrokerMetrics metrics,
    ILogger<BrokerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var roles = BrokerRoleNames.Parse(settings.Roles, out _) ?? BrokerRoles.None;
        var played = new List<IBrokerRole>();
        if (roles.HasFlag(BrokerRoles.Fetch))
        {
            if (services.GetRequiredService<ArticleSources>().Watched().Count == 0)
                throw new InvalidOperationException("The fetch role has nothing to watch: Ingestion:Inbox is empty and Ingestion:Feeds:Urls lists no feed.");
            played.Add(services.GetRequiredService<FetchRole>());
        }
        if (roles.HasFlag(BrokerRoles.Extract))
            played.Add(services.GetRequiredService<ExtractRole>());
        if (roles.HasFlag(BrokerRoles.Write))
            played.Add(services.GetRequiredService<WriteRole>());
        played.Add(services.GetRequiredService<QueueMonitor>());
        played.ForEach(role => status.Expect(role.Name));
        LogStarting(BrokerRoleNames.Format(roles), connector.Description);
        await Task.WhenAll(played.Select(role => SuperviseAsync(role, stoppingToken))).ConfigureAwait(false);
    }

    private async Task SuperviseAsync(IBrokerRole role, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var connect = Backoff.Create(settings, _ => true, (e, delay) =>
        {
            var reason = Reason(e);
            status.Disconnected(role.Name, reason);
            LogConnectFailed(role.Name, reason, delay);
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            BrokerSession session;
            try
            {
                session = await connect.ExecuteAsync(async token => await ConnectAsync(role, token).ConfigureAwait(false), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            string? failure = null;
            await using (session.ConfigureAwait(false))
            {
                using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, session.Lost);
                try
                {
                    await role.RunAsync(session, () =>
                    {
                        status.Connected(role.Name);
                        LogConnected(role.Name);
                    }, run.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (run.IsCancellationRequested)
                {
                    // Stopped, or the session was lost: which one decides below.
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    failure = $"{e.GetType().Name}: {e.Message}";
                }
            }
            if (stoppingToken.IsCancellationRequested)
                return;
            var reason = failure ?? session.LostReason ?? "the connection ended";
            status.Disconnected(role.Name, reason);
            metrics.Reconnected(role.Name);
            LogLost(role.Name, reason, settings.ReconnectDelay);
            try
            {
                await Task.Delay(settings.ReconnectDelay, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>A session with the queues declared, so every role can rely on them whichever process started first.</summary>
    private async Task<BrokerSession> ConnectAsync(IBrokerRole role, CancellationToken cancellationToken)
    {
        var session = await connector.ConnectAsync(role.Name, cancellationToken).ConfigureAwait(false);
        try
        {
            var channel = await session.OpenChannelAsync(confirms: false, prefetch: 0, cancellationToken).ConfigureAwait(false);
            await Topology.DeclareAsync(channel, options.Value, cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The client's "None of the specified endpoints were reachable" hides why (refused, timed out, access refused);
    /// the root cause says which.
    /// </summary>
    private static string Reason(Exception e)
    {
        var root = e.GetBaseException();
        return ReferenceEquals(root, e) || root.Message == e.Message ? e.Message : $"{e.Message}: {root.Message}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker mode: roles {Roles} on {Broker}")]
    private partial void LogStarting(string roles, string broker);

    [LoggerMessage(Level = LogLevel.Information, Message = "Role {Role} connected and at work")]
    private partial void LogConnected(string role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Role {Role} could not connect ({Reason}); trying again in {Delay}")]
    private partial void LogConnectFailed(string role, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Role {Role} lost its connection ({Reason}); connecting again in {Delay}")]
    private partial void LogLost(string role, string reason, TimeSpan delay);
}
