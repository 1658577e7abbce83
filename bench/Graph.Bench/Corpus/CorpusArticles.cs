using Graph.Core.Articles;
using Graph.Ingestion;
using Graph.Ingestion.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Bench.Corpus;

/// <summary>A corpus read into memory through the real article reader, as <c>ingest</c> would read it.</summary>
internal sealed record CorpusArticles(string Folder, IReadOnlyList<Article> Articles, long Words)
{
    /// <summary>
    /// Writes the synthetic corpus of <paramref name="count"/> articles into the cache folder and reads it back;
    /// with <paramref name="existing"/>, reads that folder as it is instead.
    /// </summary>
    public static async Task<CorpusArticles> LoadAsync(int count, int seed, string? existing, CancellationToken cancellationToken)
    {
        var path = existing ?? BenchDefaults.CorpusFolder(count, seed);
        if (existing is null)
            new CorpusGenerator(seed).Write(path, count);
        return await ReadAsync(path, cancellationToken);
    }

    public static async Task<CorpusArticles> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        await using var services = new ServiceCollection().AddIngestion().BuildServiceProvider();
        var reader = services.GetRequiredService<IArticleReader>();
        var articles = new List<Article>();
        long words = 0;
        await foreach (var result in reader.ReadAsync([folder], ArticleReadOptions.Default, cancellationToken))
        {
            if (result is ArticleRead { Article: var article })
            {
                articles.Add(article);
                words += BodyWords(article);
            }
            else
            {
                throw new InvalidOperationException($"The corpus has input the reader sets aside: {result}");
            }
        }

        return articles.Count > 0 ? new CorpusArticles(folder, articles, words) : throw new InvalidOperationException($"No articles in {folder}.");
    }

    /// <summary>The words of the body (what <c>wc -w</c> counts after the front matter and title line).</summary>
    public static int BodyWords(Article article) => CorpusGenerator.CountWords(article.Text[article.BodyStart..]);
}
