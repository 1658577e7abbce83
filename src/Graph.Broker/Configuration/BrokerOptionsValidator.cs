using Microsoft.Extensions.Options;

namespace Graph.Broker.Configuration;

/// <summary>Checked at start, so a bad value stops the process with a message naming it.</summary>
internal sealed class BrokerOptionsValidator : IValidateOptions<BrokerOptions>
{
    public ValidateOptionsResult Validate(string? name, BrokerOptions options)
    {
        var failures = new List<string>();
        if (!System.Uri.TryCreate(options.Uri, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
            failures.Add($"{BrokerConfiguration.UriKey} (or {BrokerOptions.Section}:Uri) must be an amqp:// or amqps:// URI, e.g. amqp://graph:secret@localhost:5672/");
        if (BrokerRoleNames.Parse(options.Roles, out var roleError) is null)
            failures.Add($"{BrokerOptions.Section}:Roles: {roleError}");
        foreach (var (key, queue) in new[] { (nameof(options.ArticleQueue), options.ArticleQueue), (nameof(options.DocumentQueue), options.DocumentQueue), (nameof(options.DeadLetterQueue), options.DeadLetterQueue) })
        {
            if (string.IsNullOrWhiteSpace(queue) || queue.Length > 255 || queue.StartsWith("amq.", StringComparison.Ordinal))
                failures.Add($"{BrokerOptions.Section}:{key} must be a queue name of 1 to 255 characters not starting with 'amq.'");
        }
        if (new[] { options.ArticleQueue, options.DocumentQueue, options.DeadLetterQueue }.Distinct(StringComparer.Ordinal).Count() != 3)
            failures.Add($"{BrokerOptions.Section}: the article, document and dead-letter queues must have three different names");
        Range(failures, nameof(options.ExtractPrefetch), options.ExtractPrefetch, 1, 1000);
        Range(failures, nameof(options.ExtractWorkers), options.ExtractWorkers, 0, 256);
        Range(failures, nameof(options.WritePrefetch), options.WritePrefetch, 1, 10_000);
        Range(failures, nameof(options.WriteBatchSize), options.WriteBatchSize, 1, options.WritePrefetch);
        Range(failures, nameof(options.MaxAttempts), options.MaxAttempts, 1, 100);
        if (options.DeliveryLimit <= options.MaxAttempts)
            failures.Add($"{BrokerOptions.Section}:DeliveryLimit ({options.DeliveryLimit}) must be above MaxAttempts ({options.MaxAttempts})");
        Positive(failures, nameof(options.ReconnectDelay), options.ReconnectDelay);
        if (options.MaxReconnectDelay < options.ReconnectDelay)
            failures.Add($"{BrokerOptions.Section}:MaxReconnectDelay must be at least ReconnectDelay");
        Positive(failures, nameof(options.CloseTimeout), options.CloseTimeout);
        Positive(failures, nameof(options.MonitorInterval), options.MonitorInterval);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
            failures.Add($"{BrokerOptions.Section}:{key} must be between {min} and {max}, not {value}");
    }

    private static void Positive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
            failures.Add($"{BrokerOptions.Section}:{key} must be positive");
    }
}
