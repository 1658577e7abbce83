namespace Graph.Broker.Configuration;

/// <summary>What one process does in broker mode.</summary>
[Flags]
public enum BrokerRoles
{
    None = 0,
    /// <summary>Polls the inbox and feeds and publishes each new article.</summary>
    Fetch = 1,
    /// <summary>Turns articles into graph documents.</summary>
    Extract = 2,
    /// <summary>Writes graph documents into Neo4j (one active writer at a time).</summary>
    Write = 4,
    All = Fetch | Extract | Write,
}

public static class BrokerRoleNames
{
    /// <summary>Parses <c>fetch,extract,write</c> (any subset, any order, case-insensitive); null with a reason when it names something else.</summary>
    public static BrokerRoles? Parse(string? text, out string? error)
    {
        error = null;
        var roles = BrokerRoles.None;
        foreach (var name in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var role = name.ToLowerInvariant() switch
            {
                "fetch" => BrokerRoles.Fetch,
                "extract" => BrokerRoles.Extract,
                "write" => BrokerRoles.Write,
                _ => BrokerRoles.None,
            };
            if (role == BrokerRoles.None)
            {
                error = $"unknown role '{name}' (the roles are fetch, extract and write)";
                return null;
            }
            roles |= role;
        }
        if (roles != BrokerRoles.None)
            return roles;
        error = "no role given (the roles are fetch, extract and write)";
        return null;
    }

    public static string Format(BrokerRoles roles) =>
        string.Join(',', new[] { BrokerRoles.Fetch, BrokerRoles.Extract, BrokerRoles.Write }.Where(r => roles.HasFlag(r)).Select(r => r.ToString().ToLowerInvariant()));
}
