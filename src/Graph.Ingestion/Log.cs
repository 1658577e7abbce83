using Microsoft.Extensions.Logging;

namespace Graph.Ingestion;

/// <summary>
/// Every log message of Graph.Ingestion. Its event ids lie in 100–199, each project's in a range of its own, so that an id names
/// the project it comes from; each message is logged under the category of the class that logs it.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Set aside {Source} (line {Line}): {Reason}; see {ErrorFile}")]
    public static partial void LogSetAside(ILogger logger, string source, int? line, string reason, string errorFile);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Could not copy {Source} into the dead-letter folder: {Reason}")]
    public static partial void LogCopyFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Polling {Feeds} feeds every {Interval}")]
    public static partial void LogPolling(ILogger logger, int feeds, TimeSpan interval);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Feed {Feed} not modified")]
    public static partial void LogNotModified(ILogger logger, string feed);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Feed {Feed} could not be fetched ({Reason}); it is polled again later")]
    public static partial void LogFeedFailed(ILogger logger, string feed, string reason);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Page {Url} could not be fetched now ({Reason}); it is tried again at the next poll")]
    public static partial void LogPageUnavailable(ILogger logger, string url, string reason);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "Feed {Feed}: {Items} items, {New} new or updated, {Waiting} left for the next poll")]
    public static partial void LogPolled(ILogger logger, string feed, int items, int @new, int waiting);

    [LoggerMessage(EventId = 107, Level = LogLevel.Information, Message = "Watching the inbox {Folder} (rescanned every {Interval})")]
    public static partial void LogWatching(ILogger logger, string folder, TimeSpan interval);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "The inbox {Folder} cannot be watched ({Reason}); it is rescanned every {Interval} instead")]
    public static partial void LogNotWatched(ILogger logger, string folder, string reason, TimeSpan interval);

    [LoggerMessage(EventId = 109, Level = LogLevel.Information, Message = "Inbox scan: {Ready} new or changed files to read, {Unsettled} still being written")]
    public static partial void LogScanned(ILogger logger, int ready, int unsettled);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "The inbox {Folder} could not be scanned: {Reason}")]
    public static partial void LogScanFailed(ILogger logger, string folder, string reason);
}
