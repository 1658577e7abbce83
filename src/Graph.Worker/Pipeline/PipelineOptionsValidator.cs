using Microsoft.Extensions.Options;

namespace Graph.Worker.Pipeline;

/// <summary>Checks <see cref="PipelineOptions"/> at start, with messages that name the setting to fix.</summary>
internal sealed class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        const string S = PipelineOptions.Section;
        var failures = new List<string>();
        if (options.ExtractWorkers is < 0 or > 256)
            failures.Add($"{S}:{nameof(options.ExtractWorkers)} must lie between 0 (one per processor) and 256 (it is {options.ExtractWorkers}).");
        if (options.ChannelCapacity is < 1 or > 100_000)
            failures.Add($"{S}:{nameof(options.ChannelCapacity)} must lie between 1 and 100000 (it is {options.ChannelCapacity}).");
        if (options.WriteBatchSize is < 1 or > 10_000)
            failures.Add($"{S}:{nameof(options.WriteBatchSize)} must lie between 1 and 10000 (it is {options.WriteBatchSize}).");
        if (options.RetryDelay < TimeSpan.FromMilliseconds(10))
            failures.Add($"{S}:{nameof(options.RetryDelay)} must be at least 00:00:00.010 (it is {options.RetryDelay}).");
        if (options.MaxRetryDelay < options.RetryDelay)
            failures.Add($"{S}:{nameof(options.MaxRetryDelay)} ({options.MaxRetryDelay}) must not be shorter than {S}:{nameof(options.RetryDelay)} ({options.RetryDelay}).");
        if (options.PoisonAttempts is < 1 or > 100)
            failures.Add($"{S}:{nameof(options.PoisonAttempts)} must lie between 1 and 100 (it is {options.PoisonAttempts}).");
        if (options.ShutdownTimeout < TimeSpan.Zero || options.ShutdownTimeout > TimeSpan.FromMinutes(5))
            failures.Add($"{S}:{nameof(options.ShutdownTimeout)} must lie between 00:00:00 and 00:05:00 (it is {options.ShutdownTimeout}).");
        if (options.ProgressInterval < TimeSpan.Zero)
            failures.Add($"{S}:{nameof(options.ProgressInterval)} must not be negative (it is {options.ProgressInterval}; 00:00:00 turns progress lines off).");
        if (string.IsNullOrWhiteSpace(options.Out))
            failures.Add($"{S}:{nameof(options.Out)} must name the folder for graph.json (e.g. out).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
