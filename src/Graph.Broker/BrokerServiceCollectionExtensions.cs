using Graph.Broker.Configuration;
using Graph.Broker.DeadLetters;
using Graph.Broker.Messaging;
using Graph.Broker.Observability;
using Graph.Broker.Roles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Broker;

public static class BrokerServiceCollectionExtensions
{
    /// <summary>
    /// The broker connection: <see cref="BrokerOptions"/> from the <c>Broker</c> section and <c>RABBITMQ_URI</c>, validated
    /// on start; the connector, status, metrics and the dead-letter queue. No hosted service: short verbs use this alone.
    /// </summary>
    public static IServiceCollection AddBroker(this IServiceCollection services)
    {
        services.AddOptions<BrokerOptions>().Configure<IConfiguration>((options, configuration) => BrokerConfiguration.Bind(configuration, options)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BrokerOptions>, BrokerOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BrokerConnector>();
        services.TryAddSingleton<BrokerStatus>();
        services.TryAddSingleton<BrokerMetrics>();
        services.TryAddSingleton<DeadLetterQueue>();
        return services;
    }

    /// <summary>
    /// Broker mode of <c>run</c>: <see cref="AddBroker"/>, the roles and <see cref="BrokerService"/>, and the <c>broker</c>
    /// health check. <paramref name="roles"/> (from <c>--roles</c>) wins over <c>Broker:Roles</c>. The roles use the
    /// sources, extractor and graph writer the caller registers.
    /// </summary>
    public static IServiceCollection AddBrokerRoles(this IServiceCollection services, string? roles = null)
    {
        services.AddBroker();
        if (roles is not null)
            services.PostConfigure<BrokerOptions>(options => options.Roles = roles);
        services.TryAddSingleton<FetchRole>();
        services.TryAddSingleton<ExtractRole>();
        services.TryAddSingleton<WriteRole>();
        services.TryAddSingleton<QueueMonitor>();
        services.TryAddSingleton<BrokerService>();
        services.AddHostedService(provider => provider.GetRequiredService<BrokerService>());
        services.AddHealthChecks().AddCheck<BrokerHealthCheck>("broker");
        return services;
    }
}
