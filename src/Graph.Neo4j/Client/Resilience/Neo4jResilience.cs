using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Graph.Neo4j.Client.Resilience;

/// <summary>
/// The Polly pipeline around one attempt: retry (outermost; replays the whole transaction on retryable errors),
/// then the circuit breaker, then the per-attempt timeout (innermost).
/// </summary>
internal sealed class Neo4jResilience
{
    public Neo4jResilience(IOptions<Neo4jOptions> options, Neo4jCircuitBreakerState circuit, ILogger<Neo4jResilience> logger)
    {
        Pipeline = Build(options.Value, circuit, logger);
    }

    /// <summary>The pipeline; run each attempt of a transaction through it.</summary>
    public ResiliencePipeline Pipeline { get; }

    /// <summary>Retryable Neo4j errors, HTTP 5xx, network failures and attempt timeouts; never client errors.</summary>
    internal static bool IsTransient(Exception? exception) =>
        exception is Neo4jException { IsRetryable: true } or TimeoutRejectedException;

    private static ResiliencePipeline Build(Neo4jOptions options, Neo4jCircuitBreakerState circuit, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder();
        var retry = options.Retry;
        if (retry.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome.Exception)),
                MaxRetryAttempts = retry.MaxAttempts - 1,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Neo4jBackoff.Delay(args.AttemptNumber, retry, Random.Shared.NextDouble())),
                OnRetry = args =>
                {
                    Log.Retrying(logger, args.AttemptNumber + 1, CodeOf(args.Outcome.Exception), args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        var breaker = options.CircuitBreaker;
        if (breaker.Enabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome.Exception)),
                FailureRatio = breaker.FailureRatio,
                MinimumThroughput = breaker.MinimumThroughput,
                SamplingDuration = breaker.SamplingDuration,
                BreakDuration = breaker.BreakDuration,
                StateProvider = circuit.Provider,
                OnOpened = args =>
                {
                    Log.CircuitOpened(logger, args.BreakDuration, CodeOf(args.Outcome.Exception));
                    return ValueTask.CompletedTask;
                },
                OnHalfOpened = _ =>
                {
                    Log.CircuitHalfOpened(logger);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    Log.CircuitClosed(logger);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Timeout = options.AttemptTimeout,
            OnTimeout = args =>
            {
                Log.AttemptTimedOut(logger, args.Timeout);
                return ValueTask.CompletedTask;
            },
        });
        return builder.Build();
    }

    private static string CodeOf(Exception? exception) => exception switch
    {
        Neo4jException neo4j => neo4j.Code,
        TimeoutRejectedException => Neo4jErrorCodes.Timeout,
        BrokenCircuitException => Neo4jErrorCodes.CircuitOpen,
        null => "(no exception)",
        _ => exception.GetType().Name,
    };
}
