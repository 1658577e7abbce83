using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Extraction.Events;
using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Events;

/// <summary>
/// Builds an <see cref="ArticleAnalysis"/> by hand: the text is segmented and tokenized by the real
/// segmenter, and every whole-word, case-sensitive occurrence of a marked surface becomes a resolved mention.
/// Event rules are tested on these inputs, independently of the mention and resolution stages.
/// </summary>
internal sealed class AnalysisBuilder
{
    private readonly List<(string Surface, string Id, EntityType Type, MentionKind Kind, string Name)> _marks = [];

    public static readonly DateOnly Published = new(2023, 3, 8); // a Wednesday

    public AnalysisBuilder Person(string surface, string id, MentionKind kind = MentionKind.Name) =>
        Mark(surface, id, EntityType.Person, kind);

    public AnalysisBuilder Pronoun(string surface, string personId) => Mark(surface, personId, EntityType.Person, MentionKind.Pronoun);

    public AnalysisBuilder Country(string surface, string iso2) => Mark(surface, "country:" + iso2, EntityType.Country, MentionKind.Name);

    public AnalysisBuilder Demonym(string surface, string iso2) => Mark(surface, "country:" + iso2, EntityType.Country, MentionKind.Demonym);

    public AnalysisBuilder Org(string surface, string id) => Mark(surface, id, EntityType.Organization, MentionKind.Name);

    public AnalysisBuilder Place(string surface, string id) => Mark(surface, id, EntityType.Location, MentionKind.Name);

    private AnalysisBuilder Mark(string surface, string id, EntityType type, MentionKind kind)
    {
        _marks.Add((surface, id, type, kind, surface));
        return this;
    }

    public ArticleAnalysis Build(string text, DateOnly? published = null, string id = "test-article")
    {
        var article = new Article(id, "", published ?? Published, null, id + ".txt", text);
        var sentences = Segmenter.Segment(article).Sentences;
        var taken = new bool[text.Length];
        var mentions = new List<ResolvedMention>();
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var mark in _marks.OrderByDescending(m => m.Surface.Length))
        {
            for (var at = text.IndexOf(mark.Surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mark.Surface, at + 1, StringComparison.Ordinal))
            {
                var end = at + mark.Surface.Length;
                if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || end < text.Length && char.IsLetterOrDigit(text[end]) || taken[at..end].Any(x => x))
                    continue;
                if (ToMention(sentences, at, end, mark) is not { } mention)
                    continue;
                Array.Fill(taken, true, at, end - at);
                mentions.Add(mention);
            }

            if (mark.Kind != MentionKind.Pronoun && !entities.ContainsKey(mark.Id))
                entities[mark.Id] = new Entity(mark.Id, mark.Type, mark.Name, [], mark.Type == EntityType.Country ? mark.Id[8..] : null);
        }

        foreach (var mark in _marks.Where(m => m.Kind == MentionKind.Pronoun && !entities.ContainsKey(m.Id)))
            entities[mark.Id] = new Entity(mark.Id, EntityType.Person, mark.Id, []);
        return new ArticleAnalysis(article, sentences, [.. mentions.OrderBy(m => m.Start)], entities);
    }

    private static ResolvedMention? ToMention(IReadOnlyList<Sentence> sentences, int start, int end, (string Surface, string Id, EntityType Type, MentionKind Kind, string Name) mark)
    {
        foreach (var sentence in sentences)
        {
            var first = -1;
            var last = -1;
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                if (sentence.Tokens[i].Start == start)
                    first = i;
                if (sentence.Tokens[i].End == end)
                    last = i;
            }

            if (first >= 0 && last >= first)
                return new ResolvedMention(start, end, mark.Surface, mark.Id, mark.Type, sentence.Index, first, last + 1, mark.Kind);
        }

        return null;
    }

    /// <summary>Builds the analysis and runs the event extractor on it.</summary>
    public IReadOnlyList<GraphEvent> Events(string text, DateOnly? published = null) => new EventExtractor().Extract(Build(text, published));
}
