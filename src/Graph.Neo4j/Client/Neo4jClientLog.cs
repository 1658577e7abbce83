using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Client;

/// <summary>The client's log messages. They carry URIs, codes and counts, never credentials or parameter values.</summary>
internal static partial class Neo4jClientLog
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
}
