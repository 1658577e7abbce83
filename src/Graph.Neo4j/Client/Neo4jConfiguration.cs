using Microsoft.Extensions.Configuration;

namespace Graph.Neo4j.Client;

/// <summary>Reads <see cref="Neo4jOptions"/> from configuration: the <c>Neo4j</c> section, then the <c>NEO4J_*</c> keys.</summary>
public static class Neo4jConfiguration
{
    /// <summary>Configuration key of <see cref="Neo4jOptions.Uri"/>.</summary>
    public const string UriKey = "NEO4J_URI";
    /// <summary>Configuration key of <see cref="Neo4jOptions.Username"/>.</summary>
    public const string UsernameKey = "NEO4J_USERNAME";
    /// <summary>Configuration key of <see cref="Neo4jOptions.Password"/>.</summary>
    public const string PasswordKey = "NEO4J_PASSWORD";
    /// <summary>Configuration key of <see cref="Neo4jOptions.Database"/>.</summary>
    public const string DatabaseKey = "NEO4J_DATABASE";
    /// <summary>Configuration key of <see cref="Neo4jOptions.Api"/> (<c>Auto</c>, <c>Transactional</c> or <c>QueryV2</c>).</summary>
    public const string ApiKey = "NEO4J_HTTP_API";

    /// <summary>Applies the configuration to <paramref name="options"/>; the <c>NEO4J_*</c> keys win over the section.</summary>
    public static void Bind(IConfiguration configuration, Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);

        configuration.GetSection(Neo4jOptions.SectionName).Bind(options);

        if (Value(configuration, UriKey) is { } uri) options.Uri = uri;
        if (Value(configuration, UsernameKey) is { } username) options.Username = username;
        // The password is taken verbatim (it may legitimately start or end with spaces).
        if (configuration[PasswordKey] is { Length: > 0 } password) options.Password = password;
        if (Value(configuration, DatabaseKey) is { } database) options.Database = database;
        if (Value(configuration, ApiKey) is { } api) options.Api = ParseApi(api);
    }

    private static string? Value(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static Neo4jApiPreference ParseApi(string value) =>
        Enum.TryParse<Neo4jApiPreference>(value, ignoreCase: true, out var api) && Enum.IsDefined(api)
            ? api
            : throw new InvalidOperationException(
                $"{ApiKey} is '{value}', expected one of: {string.Join(", ", Enum.GetNames<Neo4jApiPreference>())}.");
}
