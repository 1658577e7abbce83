using Graph.Neo4j.Client;

namespace Graph.Worker.Commands;

/// <summary>A Neo4j failure as a message that says what to check, for the verbs' one-line errors.</summary>
internal static class Neo4jAdvice
{
    public static string Explain(Exception exception) => exception switch
    {
        Neo4jException { Code: Neo4jErrorCodes.NetworkFailure or Neo4jErrorCodes.ServerUnavailable or Neo4jErrorCodes.DiscoveryFailed
            or Neo4jErrorCodes.CircuitOpen or Neo4jErrorCodes.Timeout } or HttpRequestException =>
            $"{exception.Message} (check that Neo4j runs and that NEO4J_URI names its HTTP port, e.g. http://localhost:7474)",
        Neo4jException { Code: Neo4jErrorCodes.Unauthorized } =>
            $"{exception.Message} (check NEO4J_USERNAME and NEO4J_PASSWORD)",
        _ => exception.Message,
    };
}
