using Graph.Broker.Messaging;

namespace Graph.Broker.Roles;

/// <summary>One role's work on one broker session; <see cref="BrokerService"/> connects it again when the session is lost.</summary>
internal interface IBrokerRole
{
    /// <summary>For logs, metrics and the health report: fetch, extract, write.</summary>
    string Name { get; }

    /// <summary>Works until <paramref name="cancellationToken"/> (stop, or the session lost) is cancelled, or throws.</summary>
    /// <param name="ready">Called once the role is at work (consuming, or ready to publish): the health report says connected from then on.</param>
    Task RunAsync(BrokerSession session, Action ready, CancellationToken cancellationToken);
}
