namespace Graph.Ingestion.Sources.Feeds;

/// <summary>RSS and Atom feeds the <c>run</c> verb polls (configuration section <c>Ingestion:Feeds</c>).</summary>
public sealed class FeedOptions
{
    public const string Section = "Ingestion:Feeds";

    /// <summary>Feed URLs (http or https); none turns feed polling off. Environment: <c>Ingestion__Feeds__Urls__0=…</c>.</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>How long to wait after polling every feed before polling them again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Least time between two requests to the same host (feeds and article pages alike), to stay polite.</summary>
    public TimeSpan HostInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest one HTTP request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The User-Agent header sent with every request.</summary>
    public string UserAgent { get; set; } = "graph-news-ingestion/1.0";
}
