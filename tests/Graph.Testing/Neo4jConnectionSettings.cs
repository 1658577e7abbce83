namespace Graph.Testing;

/// <summary>How to reach the test server. <see cref="ToString"/> leaves the password out.</summary>
public sealed record Neo4jConnectionSettings(string Uri, string Username, string Password)
{
    /// <summary>The settings as the configuration keys <c>AddNeo4j</c> reads (<c>NEO4J_URI</c>, …).</summary>
    public Dictionary<string, string?> ToConfiguration() => new()
    {
        ["NEO4J_URI"] = Uri,
        ["NEO4J_USERNAME"] = Username,
        ["NEO4J_PASSWORD"] = Password,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Username} @ {Uri}";
}
