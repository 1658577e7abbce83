using System.Net.Http.Headers;
using System.Text;
using Graph.Neo4j.Client;
using Graph.Neo4j.Client.Discovery;
using Graph.Neo4j.Client.Protocol;
using Graph.Neo4j.Client.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j;

/// <summary>Registers the Neo4j HTTP client.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> the client gets from <see cref="IHttpClientFactory"/> (configure handlers on it).</summary>
    public const string HttpClientName = "Graph.Neo4j";

    /// <summary>
    /// Registers <see cref="INeo4jClient"/> with <see cref="Neo4jOptions"/> bound from <paramref name="configuration"/>
    /// (<c>NEO4J_*</c> keys and the <c>Neo4j</c> section), then adjusted by <paramref name="configure"/>;
    /// the options are validated on start. Also registers <see cref="Neo4jCircuitBreakerState"/> for health checks.
    /// </summary>
    public static IServiceCollection AddNeo4j(this IServiceCollection services, IConfiguration configuration, Action<Neo4jOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var options = services.AddOptions<Neo4jOptions>().Configure(o => Neo4jConfiguration.Bind(configuration, o));
        if (configure is not null) options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());

        services.AddHttpClient(HttpClientName, (provider, http) =>
        {
            var settings = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            // The per-attempt timeout of the resilience pipeline bounds every call instead.
            http.Timeout = Timeout.InfiniteTimeSpan;
            http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (!string.IsNullOrEmpty(settings.Password))
            {
                var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}"));
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
            }
        })
        // Neo4j's HTTP server closes a connection idle for 30 s; .NET would keep it pooled for a minute, and the
        // first request after a pause (the 30-second progress poll of a bench, a service waiting for news) would
        // fail on it and be retried.
        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(15) });

        services.TryAddSingleton<Neo4jCircuitBreakerState>();
        services.TryAddSingleton<Neo4jResilience>();
        services.TryAddSingleton<Neo4jDiscovery>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICypherProtocol, TransactionalProtocol>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICypherProtocol, QueryApiProtocol>());
        services.TryAddSingleton<INeo4jClient, Neo4jHttpClient>();
        return services;
    }
}
