using Graph.Broker.Configuration;
using Polly;
using Polly.Retry;

namespace Graph.Broker.Roles;

/// <summary>
/// Trying again for as long as it takes: after <see cref="BrokerOptions.ReconnectDelay"/>, doubling up to
/// <see cref="BrokerOptions.MaxReconnectDelay"/>, for every failure <c>shouldRetry</c> accepts (never a cancellation).
/// Connecting to the broker and writing while Neo4j is away both wait this way.
/// </summary>
internal static class Backoff
{
    public static ResiliencePipeline Create(BrokerOptions options, Func<Exception, bool> shouldRetry, Action<Exception, TimeSpan> retrying) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e and not OperationCanceledException && shouldRetry(e)),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                // Several workers that lost the broker together do not all come back in the same instant.
                UseJitter = true,
                Delay = options.ReconnectDelay,
                MaxDelay = options.MaxReconnectDelay,
                OnRetry = args =>
                {
                    retrying(args.Outcome.Exception!, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
