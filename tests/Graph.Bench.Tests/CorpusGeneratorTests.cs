using Graph.Bench.Corpus;
using Graph.Core.Model;

namespace Graph.Bench.Tests;

public class CorpusGeneratorTests
{
    [Fact]
    public void Articles_SameSeedTwice_SameContent()
    {
        var first = new CorpusGenerator(7).Articles(30).ToList();
        var second = new CorpusGenerator(7).Articles(30).ToList();

        Assert.Equal(first.Select(a => (a.FileName, a.Content)), second.Select(a => (a.FileName, a.Content)));
    }

    [Fact]
    public void Articles_OtherSeed_OtherContent()
    {
        var first = new CorpusGenerator(7).Articles(10).Select(a => a.Content).ToList();
        var other = new CorpusGenerator(8).Articles(10).Select(a => a.Content).ToList();

        Assert.All(first.Zip(other), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Article_SameNumberInLargerCorpus_SameArticle()
    {
        var small = new CorpusGenerator(3).Articles(5).ToList();
        var large = new CorpusGenerator(3).Articles(50).Take(5).ToList();

        Assert.Equal(small.Select(a => a.Content), large.Select(a => a.Content));
    }

    [Fact]
    public void Articles_Skewed_InOrderOfPublicationGiveOrTakeADay()
    {
        var articles = new CorpusGenerator(42, CorpusShape.Skewed).Articles(20 * CorpusGenerator.ArticlesPerDay).ToList();

        // Big stories (one article in fifty) keep their story's day; every other article is dated by its place in the feed.
        var inOrder = articles.Select((a, k) => a.Published.DayNumber - new DateOnly(2019, 1, 1).DayNumber - k / CorpusGenerator.ArticlesPerDay)
            .Count(offset => Math.Abs(offset) <= 1);
        Assert.InRange(inOrder, articles.Count * 9 / 10, articles.Count);
    }

    [Fact]
    public void Articles_Uniform_DatesSpreadOverYears()
    {
        var days = new CorpusGenerator(42).Articles(200).Select(a => a.Published.DayNumber - new DateOnly(2019, 1, 1).DayNumber).ToList();

        Assert.True(days.Max() - days.Min() > 365, "random dates over six years");
    }

    [Fact]
    public void Articles_Bodies_BetweenMinAndMaxWords()
    {
        var articles = new CorpusGenerator(42).Articles(100).ToList();

        Assert.All(articles, a => Assert.InRange(a.Words, CorpusGenerator.MinWords, CorpusGenerator.MaxWords));
        Assert.True(articles.Select(a => a.Words / 100).Distinct().Count() >= 5, "lengths should vary across the range");
    }

    [Fact]
    public void Article_Content_FrontMatterWithTitleAndDateThenParagraphs()
    {
        var article = new CorpusGenerator(42).Article(1);

        Assert.Equal("bench-000001.md", article.FileName);
        Assert.StartsWith($"---\ntitle: {article.Title}\npublished: {article.Published:yyyy-MM-dd}\n---\n\n", article.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("{", article.Content, StringComparison.Ordinal);
        Assert.True(article.Content.Split("\n\n").Length >= 5);
    }

    [Fact]
    public void Articles_Variety_ManyPeopleAndCountriesAndQuotes()
    {
        var text = string.Join("\n", new CorpusGenerator(42).Articles(24).Select(a => a.Content));

        Assert.True(Vocabulary.Countries.Count(c => text.Contains(c.Name, StringComparison.Ordinal)) >= 25);
        Assert.True(Vocabulary.FamilyNames.Count(n => text.Contains(n, StringComparison.Ordinal)) >= 30);
        Assert.True(Vocabulary.Organizations.Count(o => text.Contains(o.Name, StringComparison.Ordinal)) >= 8);
        Assert.Contains("\" ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_ThenRead_EveryArticleReadWithItsFileNameAsId()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"graph-bench-tests-{Guid.NewGuid():N}");
        try
        {
            var words = new CorpusGenerator(42).Write(folder, 4);
            var corpus = await CorpusArticles.ReadAsync(folder, CancellationToken.None);

            Assert.Equal(["bench-000001.md", "bench-000002.md", "bench-000003.md", "bench-000004.md"], corpus.Articles.Select(a => a.Id));
            Assert.Equal(words, corpus.Words);
            Assert.All(corpus.Articles, a => Assert.NotNull(a.Published));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Extract_Corpus_FindsEveryEventType()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"graph-bench-tests-{Guid.NewGuid():N}");
        try
        {
            new CorpusGenerator(42).Write(folder, 24);
            var corpus = await CorpusArticles.ReadAsync(folder, CancellationToken.None);
            var extractor = Extraction.ExtractionStages.Default.Extractor;

            var types = corpus.Articles.SelectMany(a => extractor.Extract(a, CancellationToken.None).Events).Select(e => e.Type).ToHashSet();

            Assert.Equal(Enum.GetValues<EventType>().ToHashSet(), types);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("  two words\n", 2)]
    [InlineData("a\tb\n\nc", 3)]
    public void CountWords_Text_WhiteSpaceSeparatedRuns(string text, int expected) =>
        Assert.Equal(expected, CorpusGenerator.CountWords(text));
}
