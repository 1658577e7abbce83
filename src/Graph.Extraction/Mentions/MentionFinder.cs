using Graph.Extraction.Gazetteers;
using Graph.Extraction.Ner;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Finds the spans of an article that name something: gazetteer phrases, persons (after a title, before a
/// speech verb, in an apposition, after a possessive), organisations and places by their head words, and
/// acronyms. A capitalised name without evidence becomes <see cref="CandidateKind.Unknown"/>: resolution keeps
/// it only when the article types that name elsewhere. With a name tagger, its confident names type unknown
/// candidates and add the names the rules missed (<see cref="NameCombiner"/>).
/// </summary>
public sealed class MentionFinder(IGazetteer gazetteer, INameTagger? nameTagger = null)
{
    private readonly NameCombiner? _names = nameTagger is null ? null : new(nameTagger);

    public List<MentionCandidate> Find(Segmentation segmentation)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        var found = new List<MentionCandidate>();
        foreach (var sentence in segmentation.Sentences)
        {
            // A title in sentence case reads like any sentence; only title case hides which words are names.
            var headline = SentenceShape.IsTitleCaseHeading(sentence);
            var from = found.Count;
            // The rules and the tagger read the same gazetteer matches: the sentence is matched once.
            var matches = gazetteer.Match(sentence.Tokens);
            new SentenceScan(gazetteer, sentence, matches, headline, found).Run();
            if (!headline)
                _names?.Combine(sentence, matches, found, from);
            Nicknames.Join(sentence, found, from);
            ClockZones.Drop(sentence, found, from);
            WeaponNames.Drop(sentence, found, from);
        }

        return found;
    }
}
