using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;
using Graph.Extraction.Text;

namespace Graph.Extraction;

/// <summary>
/// What the entity stages know about one article: its sentences, its resolved mentions (ordered by offset),
/// its entities and the syntax of each sentence. Event and role rules read it.
/// </summary>
public sealed record ArticleAnalysis(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<ResolvedMention> Mentions,
    IReadOnlyDictionary<string, Entity> Entities)
{
    /// <summary>One parse per sentence, index for index with <see cref="Sentences"/>; empty when the extractor has no parser.</summary>
    public IReadOnlyList<SentenceParse> Parses { get; init; } = [];

    /// <summary>The mentions of one sentence, ordered by offset.</summary>
    public IEnumerable<ResolvedMention> MentionsIn(int sentence) => Mentions.Where(m => m.Sentence == sentence);
}
