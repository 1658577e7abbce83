using Graph.Core.Model;
using Graph.Extraction.Events;
using Graph.Extraction.Events.Frames;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Roles;

/// <summary>
/// HOLDS_ROLE relations (person → country or organisation, with the title) stated inside one sentence:
/// "[Hungary's | Russian | U.S.] Title Name", "Name, the [U.S.] Title [to the X]", "his Russian counterpart,
/// Title Name", "NPR's Name" (a journalist of a news outlet) and credit lines ("Name contributed"); where the
/// sentence is parsed, also appositions in either order (<see cref="ParseRoles"/>).
/// One relation per (person, title, target) per article; the evidence is the sentence.
/// </summary>
public sealed class RoleExtractor(IGazetteer gazetteer)
{
    public const string JournalistTitle = "journalist";

    public IReadOnlyList<Relation> Extract(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var relations = new List<Relation>();
        var seen = new HashSet<(string, string, string)>();
        var bySentence = analysis.Mentions.ToLookup(m => m.Sentence);
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            var sentence = analysis.Sentences[i];
            var mentions = bySentence[sentence.Index].Where(m => m.Kind != MentionKind.Pronoun).ToList();
            if (!mentions.Exists(m => m.Type == EntityType.Person))
                continue;
            var found = new SentenceRoles(gazetteer, sentence, mentions).Find().ToList();
            if (i < analysis.Parses.Count && new ParsedSentence(new SentenceView(analysis.Article.Text, sentence, mentions, []), analysis.Parses[i]) is { IsParsed: true } parsed)
            {
                found.AddRange(ParseRoles.Find(parsed, gazetteer));
                found.AddRange(ParseRoles.Counterparts(parsed, found).ToList());
            }

            foreach (var (person, title, target) in found)
            {
                if (person == target || !seen.Add((person, title.ToLowerInvariant(), target)))
                    continue;
                relations.Add(new Relation(RelationTypes.HoldsRole, person, target,
                    new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = title }, analysis.Article.Id, sentence.Text));
            }
        }

        return relations;
    }
}
