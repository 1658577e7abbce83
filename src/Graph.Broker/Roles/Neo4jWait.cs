using Graph.Broker.Configuration;
using Graph.Neo4j.Client;
using Polly;
using Polly.Retry;

namespace Graph.Broker.Roles;

/// <summary>
/// "Wait while Neo4j is unavailable" for the writer: the same call again after <see cref="BrokerOptions.ReconnectDelay"/>,
/// doubling up to <see cref="BrokerOptions.MaxReconnectDelay"/>, for as long as the failure is one to wait out. The
/// documents stay unacknowledged meanwhile, so nothing is lost by waiting.
/// </summary>
internal static class Neo4jWait
{
    public static ResiliencePipeline Create(BrokerOptions options, Action<Exception, TimeSpan> waiting) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e and not OperationCanceledException && Neo4jAvailability.IsUnavailable(e)),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = options.ReconnectDelay,
                MaxDelay = options.MaxReconnectDelay,
                OnRetry = args =>
                {
                    waiting(args.Outcome.Exception!, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
