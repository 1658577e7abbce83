using System.Net;
using Graph.Ingestion.DeadLetter;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources;
using Graph.Ingestion.Sources.Feeds;
using Graph.Ingestion.Sources.Inbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the article reader, with <see cref="IngestionOptions"/> bound from the <c>Ingestion</c> section of
    /// <paramref name="configuration"/> (the defaults without one) and validated on start.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<IngestionOptions>();
        if (configuration is not null)
            options.Bind(configuration.GetSection(IngestionOptions.Section));
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        services.TryAddSingleton<ArticleReader>();
        services.TryAddSingleton<IArticleReader>(provider => provider.GetRequiredService<ArticleReader>());
        return services;
    }

    /// <summary>
    /// Registers the sources (<see cref="ArticleSources"/>: named paths, the inbox, RSS/Atom feeds), the
    /// dead-letter folder and the sources' state file, on top of <see cref="AddIngestion"/>, with
    /// <see cref="FeedOptions"/> bound from <c>Ingestion:Feeds</c> (the defaults without a configuration) and validated
    /// on start. The state file is opened on first use only, so one-shot runs never create it.
    /// </summary>
    public static IServiceCollection AddArticleSources(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddIngestion(configuration);
        var feeds = services.AddOptions<FeedOptions>();
        if (configuration is not null)
            feeds.Bind(configuration.GetSection(FeedOptions.Section));
        feeds.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new Lazy<IngestionState>(
            () => IngestionState.Open(provider.GetRequiredService<IOptions<IngestionOptions>>().Value.State)));
        services.TryAddSingleton<DeadLetterFolder>();
        services.TryAddSingleton<ArticleSources>();
        services.TryAddSingleton<InboxSource>();
        services.TryAddSingleton<FeedSource>();
        services.TryAddSingleton<HostGate>();
        services.TryAddSingleton<FeedHttp>();
        services.TryAddSingleton<PageReader>();
        services.AddHttpClient(FeedHttp.HttpClientName, (provider, http) =>
            {
                var feeds = provider.GetRequiredService<IOptions<FeedOptions>>().Value;
                http.Timeout = feeds.RequestTimeout;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(feeds.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
            });
        return services;
    }
}
