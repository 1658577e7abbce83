using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Reading;

/// <summary>Checks <see cref="IngestionOptions"/> at start, with messages that name the setting to fix.</summary>
internal sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        var failures = new List<string>();
        const string S = IngestionOptions.Section;
        if (options.MaxArticleBytes < 1)
            failures.Add($"{S}:{nameof(options.MaxArticleBytes)} must be at least 1 (it is {options.MaxArticleBytes}).");
        if (options.MaxFolderDepth < 0)
            failures.Add($"{S}:{nameof(options.MaxFolderDepth)} must not be negative (it is {options.MaxFolderDepth}).");
        if (options.MaxEntriesPerScan < 1)
            failures.Add($"{S}:{nameof(options.MaxEntriesPerScan)} must be at least 1 (it is {options.MaxEntriesPerScan}).");
        if (options.ReadTimeout < TimeSpan.FromMilliseconds(1))
            failures.Add($"{S}:{nameof(options.ReadTimeout)} must be positive (it is {options.ReadTimeout}).");
        if (options.InboxRescanInterval < TimeSpan.FromSeconds(1))
            failures.Add($"{S}:{nameof(options.InboxRescanInterval)} must be at least 00:00:01 (it is {options.InboxRescanInterval}).");
        if (options.InboxSettleTime < TimeSpan.Zero)
            failures.Add($"{S}:{nameof(options.InboxSettleTime)} must not be negative (it is {options.InboxSettleTime}).");
        if (string.IsNullOrWhiteSpace(options.DeadLetter))
            failures.Add($"{S}:{nameof(options.DeadLetter)} must name a folder for set-aside input.");
        if (string.IsNullOrWhiteSpace(options.State))
            failures.Add($"{S}:{nameof(options.State)} must name the state file (e.g. state/ingestion.db).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
