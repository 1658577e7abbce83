using System.Globalization;
using System.Text;
using Graph.Core.Model;

namespace Graph.Bench.Corpus;

/// <summary>One synthetic article: its file name, title, date and the whole file (front matter and body).</summary>
internal sealed record GeneratedArticle(string FileName, string Title, DateOnly Published, string Content, int Words);

/// <summary>
/// A deterministic corpus of news-like articles (500–1,200 words of body each) for the benchmarks. Each article
/// has a main event, cycling through every event type, told in a lead paragraph, quotes, other events between
/// the same actors and background paragraphs. Article n depends only on the seed, the shape and n: the same seed and
/// N give the same files, and the first N articles of a larger corpus are the corpus of N. The shape (<see cref="CorpusShape"/>)
/// decides who the articles are about.
/// </summary>
internal sealed class CorpusGenerator(int seed, CorpusShape shape = CorpusShape.Uniform)
{
    private readonly CastChoices _casts = new(shape, seed);

    public const int MinWords = 500, MaxWords = 1200;

    /// <summary>Every file name starts with it, so the article ids (the file names) are told apart from others in a shared database.</summary>
    public const string FilePrefix = "bench-";

    private static readonly EventType[] EventTypes = Enum.GetValues<EventType>();

    private static readonly DateOnly FirstDate = new(2019, 1, 1);

    /// <summary>
    /// Articles a day in the skewed corpus, which comes in order of publication: 100,000 articles then span six years,
    /// as the other shapes' random dates do. A feed read in order fills one day's events and moves on; random dates
    /// fill every day of six years at once, so each day holds more events the longer the run.
    /// </summary>
    public const int ArticlesPerDay = 45;

    /// <summary>Articles 1..<paramref name="count"/>.</summary>
    public IEnumerable<GeneratedArticle> Articles(int count) => Enumerable.Range(1, count).Select(Article);

    public GeneratedArticle Article(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var random = new Random(unchecked(seed * 1_000_003 + number));
        var chosen = _casts.For(number);
        var cast = new ArticleCast(random, chosen);
        var main = chosen?.Story?.Main ?? EventTypes[(number - 1) % EventTypes.Length];
        var target = random.Next(MinWords, MaxWords - 100);

        var title = cast.Fill(cast.Pick(Templates.Titles[main]), title: true);
        var day = random.Next(0, 6 * 365);
        // In order for the skewed corpus, give or take a day (a late report); the draw is kept so the rest of the text does not change.
        var published = FirstDate.AddDays(shape == CorpusShape.Skewed ? Math.Max(0, (number - 1) / ArticlesPerDay + day % 3 - 1) : day);
        if (chosen?.Story is { } story)
            published = story.Published;
        var paragraphs = new List<string>
        {
            Paragraph(cast.Fill(cast.Used(Templates.Events[main][random.Next(2)])), cast.Fill(cast.PickFresh(Templates.Events[main]))),
            Paragraph(cast.Fill(cast.PickFresh(Templates.Quotes)), cast.Fill(cast.PickFresh(Templates.Background)), cast.Fill(cast.PickFresh(Templates.Quotes))),
        };
        var words = paragraphs.Sum(CountWords);
        while (words < target)
        {
            var paragraph = random.Next(20) switch
            {
                < 7 => Paragraph(cast.Fill(cast.PickFresh(Templates.Events[cast.Pick(EventTypes)])), cast.Fill(cast.PickFresh(Templates.Events[cast.Pick(EventTypes)])), cast.Fill(cast.PickFresh(Templates.Background))),
                < 12 => Paragraph(cast.Fill(cast.PickFresh(Templates.Quotes)), cast.Fill(cast.PickFresh(Templates.Background)), cast.Fill(cast.PickFresh(Templates.Quotes))),
                _ => Paragraph([.. Enumerable.Range(0, random.Next(2, 5)).Select(_ => cast.Fill(cast.PickFresh(Templates.Background)))]),
            };
            paragraphs.Add(paragraph);
            words += CountWords(paragraph);
        }

        var content = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(title).Append('\n')
            .Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("---\n\n")
            .AppendJoin("\n\n", paragraphs)
            .Append('\n')
            .ToString();
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{FilePrefix}{number:D6}.md");
        return new GeneratedArticle(fileName, title, published, content, words);
    }

    /// <summary>
    /// Writes articles 1..<paramref name="count"/> into <paramref name="folder"/> (UTF-8, LF line ends); returns the words
    /// of their bodies. With <paramref name="batches"/> above one, into the subfolders <see cref="BatchFolder"/> 1..B, in order.
    /// </summary>
    public long Write(string folder, int count, int batches = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batches, 1);
        long words = 0;
        var number = 0;
        foreach (var article in Articles(count))
        {
            var into = batches == 1 ? folder : BatchFolder(folder, 1 + (int)((long)number++ * batches / count));
            Directory.CreateDirectory(into);
            File.WriteAllText(Path.Combine(into, article.FileName), article.Content, Utf8);
            words += article.Words;
        }

        return words;
    }

    public static string BatchFolder(string folder, int batch) => Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"batch-{batch}"));

    /// <summary>Words as <c>wc -w</c> counts them: runs of non-white-space characters.</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
                words++;
            inWord = !space;
        }

        return words;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string Paragraph(params string[] sentences) => string.Join(" ", sentences);
}
