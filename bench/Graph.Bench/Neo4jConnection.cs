using Graph.Neo4j;
using Graph.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Bench;

/// <summary>The Neo4j client for a verb, configured from NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.</summary>
internal static class Neo4jConnection
{
    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI"));

    /// <summary>The services with the client; throws <see cref="ArgumentException"/> with the reason when the settings are missing or invalid.</summary>
    public static ServiceProvider Create(Action<IServiceCollection, IConfiguration>? more = null)
    {
        if (!IsConfigured)
            throw new ArgumentException("NEO4J_URI is not set: start a server (eval \"$(NEO4J_LOCAL_INSTANCE=bench scripts/neo4j-local start)\") and export NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.");
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddNeo4j(configuration);
        more?.Invoke(services, configuration);
        var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<INeo4jClient>();
            return provider;
        }
        catch (OptionsValidationException e)
        {
            provider.Dispose();
            throw new ArgumentException(e.Message, e);
        }
    }
}
