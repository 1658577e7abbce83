using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Ingestion;
using Graph.Ingestion.Reading;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Export.Tests.Support;

/// <summary>The invented articles of samples/, read and extracted once per test run (as `graph extract samples` would).</summary>
internal static class Samples
{
    private static readonly Lazy<Task<GraphDocument>> Extracted = new(ExtractAsync);

    public static string Folder => Path.Combine(
        Neo4jTestServer.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No Graph.sln above the test binaries."),
        "samples");

    public static Task<GraphDocument> DocumentAsync() => Extracted.Value;

    private static async Task<GraphDocument> ExtractAsync()
    {
        await using var services = new ServiceCollection().AddLogging().AddIngestion().AddExtraction().BuildServiceProvider();
        var reader = services.GetRequiredService<IArticleReader>();
        var extractor = services.GetRequiredService<IGraphExtractor>();
        var documents = new List<GraphDocument>();
        await foreach (var result in reader.ReadAsync([Folder], ArticleReadOptions.Default, CancellationToken.None))
        {
            var article = Assert.IsType<ArticleRead>(result).Article;
            documents.Add(extractor.Extract(article, CancellationToken.None));
        }

        Assert.Equal(8, documents.Count);
        var merged = GraphDocumentMerger.Merge(documents);
        // Sources as `graph extract samples` run from the repository root names them, not this machine's path.
        var root = Path.GetDirectoryName(Folder)!;
        return new GraphDocument
        {
            Articles = [.. merged.Articles.Select(a => a with { Source = Path.GetRelativePath(root, a.Source).Replace('\\', '/') })],
            Entities = merged.Entities, Mentions = merged.Mentions, Events = merged.Events, Relations = merged.Relations,
        };
    }
}
