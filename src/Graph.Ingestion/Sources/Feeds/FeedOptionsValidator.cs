using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Sources.Feeds;

/// <summary>Checks <see cref="FeedOptions"/> at start, with messages that name the setting to fix.</summary>
internal sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        const string S = FeedOptions.Section;
        var failures = new List<string>();
        for (var i = 0; i < options.Urls.Count; i++)
        {
            if (!Uri.TryCreate(options.Urls[i], UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                failures.Add($"{S}:{nameof(options.Urls)}:{i} must be an absolute http or https URL (it is '{options.Urls[i]}').");
        }
        if (options.PollInterval < TimeSpan.FromSeconds(1))
            failures.Add($"{S}:{nameof(options.PollInterval)} must be at least 00:00:01 (it is {options.PollInterval}).");
        if (options.HostInterval < TimeSpan.Zero)
            failures.Add($"{S}:{nameof(options.HostInterval)} must not be negative (it is {options.HostInterval}).");
        if (options.RequestTimeout < TimeSpan.FromSeconds(1))
            failures.Add($"{S}:{nameof(options.RequestTimeout)} must be at least 00:00:01 (it is {options.RequestTimeout}).");
        if (string.IsNullOrWhiteSpace(options.UserAgent))
            failures.Add($"{S}:{nameof(options.UserAgent)} must not be empty.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
