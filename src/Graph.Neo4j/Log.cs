using Graph.Neo4j.Client;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j;

/// <summary>
/// Every log message of Graph.Neo4j. Its event ids lie in 1–99, each project's in a range of its own, so that an id names
/// the project it comes from; each message is logged under the category of the class that logs it. They carry URIs,
/// ids, codes and counts, never credentials or Cypher parameter values.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Neo4j at {BaseUri} reports version {ReportedVersion}; using the {Api} HTTP API at {Endpoint}")]
    public static partial void Discovered(ILogger logger, Uri baseUri, string reportedVersion, Neo4jHttpApi api, Uri endpoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Neo4j server: version {Version}, {Edition} edition, {Api} HTTP API")]
    public static partial void ServerInfo(ILogger logger, Version version, string edition, Neo4jHttpApi api);

    /// <summary>One per attempt: tests count these to see how often a transaction was run.</summary>
    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Neo4j transaction attempt {Attempt}: {Work} over the {Api} HTTP API")]
    public static partial void Attempt(ILogger logger, int attempt, string work, Neo4jHttpApi api);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Neo4j transaction attempt {Attempt} failed with {Code}; replaying it in {Delay}")]
    public static partial void Retrying(ILogger logger, int attempt, string code, TimeSpan delay);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Neo4j transaction attempt timed out after {Timeout}")]
    public static partial void AttemptTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Neo4j circuit opened for {BreakDuration} after {Code}: calls fail fast until then")]
    public static partial void CircuitOpened(ILogger logger, TimeSpan breakDuration, string code);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Neo4j circuit half-open: letting a trial call through")]
    public static partial void CircuitHalfOpened(ILogger logger);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Neo4j circuit closed: calls flow again")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Rolling back Neo4j transaction {Transaction} failed (it expires on its own): {Reason}")]
    public static partial void RollbackFailed(ILogger logger, Uri transaction, string reason);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Neo4j at {BaseUri} does not answer discovery; using Query API v2 at its documented path {Endpoint} as configured")]
    public static partial void DiscoveryFallback(ILogger logger, Uri baseUri, Uri endpoint);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Article {ArticleId} removed: {Deleted} events deleted, {Kept} kept as other articles report them")]
    public static partial void LogRemoved(ILogger logger, string articleId, int deleted, int kept);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Article {ArticleId} not removed: no such article is stored")]
    public static partial void LogNotFound(ILogger logger, string articleId);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Schema {Script} applied to Neo4j {Version}: {Statements} statements, {AlreadyPresent} already present; {Upgraded} nodes from an earlier version upgraded")]
    public static partial void LogApplied(ILogger logger, string script, Version version, int statements, int alreadyPresent, long upgraded);

    [LoggerMessage(EventId = 14, Level = LogLevel.Debug, Message = "Article {ArticleId} written: {Elements} elements in {Statements} statements, {ElapsedMs:F1} ms")]
    public static partial void LogWritten(ILogger logger, string articleId, int elements, int statements, double elapsedMs);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "Writing {Count} articles in one transaction failed because of one of them ({Code}); writing them one by one")]
    public static partial void LogTogetherRefused(ILogger logger, int count, string code);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Writing article {ArticleId} failed while Neo4j answers other queries ({Attempt} of {Attempts} before it is set aside)")]
    public static partial void LogSuspect(ILogger logger, string articleId, int attempt, int attempts, Exception exception);

    [LoggerMessage(EventId = 17, Level = LogLevel.Warning, Message = "Article {ArticleId} set aside, invalid graph: {Reason}")]
    public static partial void LogRejected(ILogger logger, string articleId, string reason);

    [LoggerMessage(EventId = 18, Level = LogLevel.Error, Message = "Article {ArticleId} not written, Neo4j refused it ({Code})")]
    public static partial void LogFailed(ILogger logger, string articleId, string code, Exception exception);

    [LoggerMessage(EventId = 19, Level = LogLevel.Information, Message = "Short form {ShortForm} of article {ArticleId} joined to {Entity} ({Rule}); the article was written again")]
    public static partial void LogAbsorbed(ILogger logger, string shortForm, string articleId, string entity, string rule);

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Article {ArticleId} cannot be written again from the graph (not stored, or stored before reports kept their facts); rewrite it from its source")]
    public static partial void LogNotRewritable(ILogger logger, string articleId);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "Article {ArticleId} could not be written again, Neo4j refused it ({Code})")]
    public static partial void LogRewriteFailed(ILogger logger, string articleId, string code, Exception exception);
}
