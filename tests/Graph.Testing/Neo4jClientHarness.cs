using Graph.Neo4j;
using Graph.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Testing;

/// <summary>
/// A client built through the real <c>AddNeo4j</c> from configuration values, with its logs recorded.
/// Dispose it to release its HTTP handlers.
/// </summary>
public sealed class Neo4jClientHarness : IAsyncDisposable
{
    private Neo4jClientHarness(ServiceProvider services, RecordingLoggerProvider logs)
    {
        Services = services;
        Logs = logs;
    }

    /// <summary>The container the client lives in.</summary>
    public ServiceProvider Services { get; }

    /// <summary>Everything the client logged (Debug and up).</summary>
    public RecordingLoggerProvider Logs { get; }

    /// <summary>The client (resolving it validates the options and throws <c>OptionsValidationException</c> when they are wrong).</summary>
    public INeo4jClient Client => Services.GetRequiredService<INeo4jClient>();

    /// <summary>
    /// Registers <c>AddNeo4j</c> over <paramref name="configuration"/> (keys such as <c>NEO4J_URI</c>), then
    /// <paramref name="configure"/>; <paramref name="configureServices"/> may add more (e.g. a fake HTTP handler).
    /// </summary>
    public static Neo4jClientHarness Create(
        IReadOnlyDictionary<string, string?> configuration,
        Action<Neo4jOptions>? configure = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var logs = new RecordingLoggerProvider();
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration).Build();
        var services = new ServiceCollection()
            .AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddNeo4j(config, configure);
        configureServices?.Invoke(services);
        return new Neo4jClientHarness(services.BuildServiceProvider(validateScopes: true), logs);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
