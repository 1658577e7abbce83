namespace Graph.Neo4j.Client;

/// <summary>A failure reported by Neo4j (its status code and message) or by the HTTP exchange with it.</summary>
public class Neo4jException(string code, string message, bool isRetryable, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    /// <summary>The Neo4j status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; } = code;

    /// <summary>True when replaying the transaction may succeed.</summary>
    public bool IsRetryable { get; } = isRetryable;
}
