using Microsoft.Extensions.Configuration;

namespace Graph.Broker.Configuration;

public static class BrokerConfiguration
{
    /// <summary>The environment variable that names the broker, winning over <c>Broker:Uri</c>.</summary>
    public const string UriKey = "RABBITMQ_URI";

    /// <summary>True when configuration names a broker, which turns <c>run</c> into broker mode.</summary>
    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(Uri(configuration));

    /// <summary>Binds the section, then <c>RABBITMQ_URI</c> over it.</summary>
    public static void Bind(IConfiguration configuration, BrokerOptions options)
    {
        configuration.GetSection(BrokerOptions.Section).Bind(options);
        if (configuration[UriKey] is { Length: > 0 } uri)
            options.Uri = uri;
    }

    private static string? Uri(IConfiguration configuration) =>
        configuration[UriKey] is { Length: > 0 } uri ? uri : configuration[$"{BrokerOptions.Section}:{nameof(BrokerOptions.Uri)}"];
}
