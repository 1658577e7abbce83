using Graph.Core.Articles;

namespace Graph.Extraction.Text;

/// <summary>
/// Cuts an article into sentences with offsets into <see cref="Article.Text"/>: the title line first, as a
/// sentence of its own (when it can be found before the body), then the body from <see cref="Article.BodyStart"/>,
/// less the lines that link to other stories (<see cref="LinkLines"/>).
/// </summary>
public static class Segmenter
{
    public static Segmentation Segment(Article article)
    {
        var text = article.Text;
        var sentences = new List<Sentence>();
        var titleSentences = 0;
        var bodyStart = Math.Clamp(article.BodyStart, 0, text.Length);
        var title = article.Title.Trim();
        if (title.Length > 0 && bodyStart > 0)
        {
            var at = text.IndexOf(title, 0, bodyStart, StringComparison.Ordinal);
            if (at >= 0)
            {
                // A "title" that is really a first paragraph (no front matter) holds several sentences.
                SentenceSplitter.Split(text, Tokenizer.Tokenize(text, at, at + title.Length), sentences);
                titleSentences = sentences.Count;
            }
        }

        foreach (var (from, to) in LinkLines.Kept(text, bodyStart, text.Length))
            SentenceSplitter.Split(text, Tokenizer.Tokenize(text, from, to), sentences);
        return new Segmentation(sentences, titleSentences);
    }
}

/// <summary>The sentences of an article; the first <paramref name="TitleSentences"/> of them are its title.</summary>
public sealed record Segmentation(IReadOnlyList<Sentence> Sentences, int TitleSentences);
