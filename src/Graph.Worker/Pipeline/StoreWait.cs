using Polly;
using Polly.Retry;

namespace Graph.Worker.Pipeline;

/// <summary>
/// "Wait while the store is unavailable", for the write stage and for the hosted worker applying the schema: the
/// same call again, after <see cref="PipelineOptions.RetryDelay"/> doubling up to <see cref="PipelineOptions.MaxRetryDelay"/>,
/// for as long as <c>shouldWait</c> says the failure is one to wait out. Nothing is given up by waiting: input pauses
/// behind the bounded channels meanwhile.
/// </summary>
internal static class StoreWait
{
    /// <summary>The longest wait the resilience library takes; a longer configured wait is this one.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    /// <param name="shouldWait">Whether to wait and try again after this failure (cancellation is never waited out).</param>
    /// <param name="waiting">Told each failure waited out and the wait before the next try.</param>
    public static ResiliencePipeline Create(PipelineOptions settings, TimeProvider time, Func<Exception, ValueTask<bool>> shouldWait, Func<Exception, TimeSpan, ValueTask> waiting) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => args.Outcome.Exception is { } e and not OperationCanceledException ? shouldWait(e) : ValueTask.FromResult(false),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = settings.RetryDelay < LongestWait ? settings.RetryDelay : LongestWait,
                MaxDelay = settings.MaxRetryDelay < LongestWait ? settings.MaxRetryDelay : LongestWait,
                OnRetry = args => waiting(args.Outcome.Exception!, args.RetryDelay),
            })
            .Build();
}
