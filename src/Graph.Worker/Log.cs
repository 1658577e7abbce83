using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Graph.Worker;

/// <summary>
/// Every log message of Graph.Worker. Its event ids lie in 300–399, each project's in a range of its own, so that an id names
/// the project it comes from; each message is logged under the category of the class that logs it.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Health: {Status} ({Details})")]
    public static partial void LogStatus(ILogger logger, HealthStatus status, string details);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Could not write the health report {File}: {Reason}")]
    public static partial void LogWriteFailed(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 302, Level = LogLevel.Critical, Message = "The service stops: it cannot go on")]
    public static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Neo4j is not available to apply the schema ({Reason}); trying again in {Delay}")]
    public static partial void LogWaitingForNeo4j(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 304, Level = LogLevel.Warning, Message = "Could not record the finished {Unit} {Name}; it will be read again later")]
    public static partial void LogCheckpointFailed(ILogger logger, Exception exception, string unit, string name);

    [LoggerMessage(EventId = 305, Level = LogLevel.Information, Message = "Pipeline: reading {Sources}, writing to {Sink}; {Workers} extract workers, channels of {Capacity}, batches of {BatchSize}")]
    public static partial void LogStarting(ILogger logger, string sources, string sink, int workers, int capacity, int batchSize);

    [LoggerMessage(EventId = 306, Level = LogLevel.Information, Message = "Stopping: no more input is read; articles already read get {Timeout} to finish")]
    public static partial void LogStopping(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 307, Level = LogLevel.Debug, Message = "Source {Source} ended")]
    public static partial void LogSourceEnded(ILogger logger, string source);

    [LoggerMessage(EventId = 308, Level = LogLevel.Warning, Message = "Extraction failed for article {ArticleId}; it is set aside")]
    public static partial void LogExtractionFailed(ILogger logger, Exception exception, string articleId);

    [LoggerMessage(EventId = 309, Level = LogLevel.Debug, Message = "Article {ArticleId} written")]
    public static partial void LogWritten(ILogger logger, string articleId);

    [LoggerMessage(EventId = 310, Level = LogLevel.Debug, Message = "Article {ArticleId} unchanged")]
    public static partial void LogUnchanged(ILogger logger, string articleId);

    [LoggerMessage(EventId = 311, Level = LogLevel.Warning, Message = "Cannot write to {Sink} ({Reason}); waiting, and trying again until it answers. Nothing is dropped. Check that Neo4j runs and that NEO4J_URI names its HTTP port (e.g. http://localhost:7474).")]
    public static partial void LogWaiting(ILogger logger, string reason, string sink);

    [LoggerMessage(EventId = 312, Level = LogLevel.Information, Message = "Writing again after waiting {Waited}")]
    public static partial void LogResumed(ILogger logger, TimeSpan waited);

    [LoggerMessage(EventId = 313, Level = LogLevel.Information, Message = "Pipeline done: {Read} read, {Written} written, {Unchanged} unchanged, {SetAside} set aside in {Elapsed} (interrupted: {Interrupted})")]
    public static partial void LogFinished(ILogger logger, long read, long written, long unchanged, long setAside, TimeSpan elapsed, bool interrupted);

    [LoggerMessage(EventId = 314, Level = LogLevel.Information, Message = "Progress: {Read} read, {Written} written, {Unchanged} unchanged, {SetAside} set aside; {Rate:0.0} articles/s; {FilesDone} of {Files} files, about {Remaining} left")]
    public static partial void LogProgressWithEstimate(ILogger logger, long read, long written, long unchanged, long setAside, double rate, long filesDone, long files, TimeSpan remaining);

    [LoggerMessage(EventId = 315, Level = LogLevel.Information, Message = "Progress: {Read} read, {Written} written, {Unchanged} unchanged, {SetAside} set aside; {Rate:0.0} articles/s")]
    public static partial void LogProgress(ILogger logger, long read, long written, long unchanged, long setAside, double rate);

    [LoggerMessage(EventId = 316, Level = LogLevel.Error, Message = "Could not record {Entry} in the dead-letter folder: {Reason}")]
    public static partial void LogDeadLetterFailed(ILogger logger, string entry, string reason);
}
