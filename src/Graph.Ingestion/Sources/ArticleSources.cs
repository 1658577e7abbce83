using Graph.Ingestion.Reading;
using Graph.Ingestion.Sources.Feeds;
using Graph.Ingestion.Sources.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion.Sources;

/// <summary>Makes the sources a run reads from.</summary>
public sealed class ArticleSources(IServiceProvider services, IOptions<IngestionOptions> ingestion, IOptions<FeedOptions> feeds)
{
    /// <summary>Files and folders named for a one-shot run (read like <see cref="IArticleReader.ReadAsync"/>).</summary>
    public IArticleSource Paths(IReadOnlyList<string> paths, ArticleReadOptions options) =>
        Paths(services.GetRequiredService<ArticleReader>(), paths, options);

    /// <summary>The same, for a run that needs only the reader (<see cref="IngestionServiceCollectionExtensions.AddIngestion"/>), no inbox or feeds.</summary>
    public static IArticleSource Paths(ArticleReader reader, IReadOnlyList<string> paths, ArticleReadOptions options) =>
        new PathSource(reader, paths, options);

    /// <summary>How many files <paramref name="paths"/> name (each checkpointed by <see cref="Paths"/>), for progress and its estimate.</summary>
    public int CountFiles(IEnumerable<string> paths, CancellationToken cancellationToken) =>
        PathSource.CountFiles(services.GetRequiredService<ArticleReader>(), paths, cancellationToken);

    /// <summary>The watched sources of the <c>run</c> verb: the inbox (unless turned off) and the feeds (if any).</summary>
    public IReadOnlyList<IArticleSource> Watched()
    {
        var sources = new List<IArticleSource>();
        if (!string.IsNullOrWhiteSpace(ingestion.Value.Inbox))
            sources.Add(services.GetRequiredService<InboxSource>());
        if (feeds.Value.Urls.Count > 0)
            sources.Add(services.GetRequiredService<FeedSource>());
        return sources;
    }

    internal static SourceItem ToItem(ReadResult result) => result switch
    {
        ArticleRead read => new SourceArticle(read.Article),
        SetAside problem => new SourceProblem(problem),
        _ => throw new InvalidOperationException($"Unknown read result {result.GetType().Name}."),
    };
}
