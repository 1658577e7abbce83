using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Ingestion.Reading;
using Graph.Worker.Hosting;
using Graph.Worker.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Worker.Tests.Pipeline;

public sealed class DocumentExtractionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Stands in for the extractor so that one chosen article fails.</summary>
    private sealed class FailingExtractor(string failingId) : IGraphExtractor
    {
        public GraphDocument Extract(Article article, CancellationToken cancellationToken) =>
            article.Id == failingId
                ? throw new InvalidOperationException("cannot segment")
                : new GraphDocument { Articles = [new ArticleRecord(article.Id, article.Title, null, article.Source, null, article.ContentHash)] };
    }

    private static IHost Host(IGraphExtractor? extractor = null) => WorkerHost.Build((services, configuration) =>
    {
        services.AddDocumentExtraction(configuration);
        if (extractor is not null)
            services.AddSingleton(extractor);
    });

    [Fact]
    public async Task RunAsync_ExtractorFailsOnOneArticle_SetsItAsideAndExtractsTheRest()
    {
        for (var i = 0; i < 6; i++)
            _folder.Write($"a{i}.md", $"Story {i}\n\nThe envoy arrived on day {i}.");

        using var host = Host(new FailingExtractor("a3.md"));

        var outcome = await host.Services.GetRequiredService<DocumentExtraction>()
            .RunAsync([_folder.Path], ArticleReadOptions.Default, CancellationToken.None);

        Assert.Equal(5, outcome.ArticlesExtracted);
        Assert.Equal(["a0.md", "a1.md", "a2.md", "a4.md", "a5.md"], outcome.Document.Articles.Select(a => a.Id));
        var setAside = Assert.Single(outcome.SetAside);
        Assert.Equal($"{_folder.Path}/a3.md", setAside.Source);
        Assert.Equal("extraction failed: InvalidOperationException: cannot segment", setAside.Reason);
    }

    [Fact]
    public async Task RunAsync_ManyArticles_ReportsSetAsideInputsInInputOrder()
    {
        for (var i = 0; i < 20; i++)
            _folder.Write($"a{i:00}.md", i % 5 == 0 ? "" : $"Story {i}\n\nFrench President Claire Dumont visited Madrid on day {i}.");

        using var host = Host();

        var outcome = await host.Services.GetRequiredService<DocumentExtraction>()
            .RunAsync([_folder.Path], ArticleReadOptions.Default, CancellationToken.None);

        Assert.Equal(16, outcome.ArticlesExtracted);
        Assert.Equal(["a00.md", "a05.md", "a10.md", "a15.md"], outcome.SetAside.Select(s => Path.GetFileName(s.Source)));
    }
}
