using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Ner.Training;

/// <summary>
/// GMB puts titles inside person names ("President George Bush", "Mr. Blair"); our mentions name the person
/// alone and the title is a role. Before training, a gazetteer title that opens a person name is relabelled O.
/// </summary>
public static class PersonTitles
{
    public static void Strip(NerSentence sentence, IGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var labels = sentence.Labels;
        var begin = NerLabels.Begin(NameType.Person);
        var inside = NerLabels.Inside(NameType.Person);
        foreach (var m in gazetteer.Match(sentence.Tokens))
        {
            if (m.Entry.Kind != GazetteerKind.Title || labels[m.FirstToken] != begin)
                continue;
            for (var t = m.FirstToken; t < m.EndToken; t++)
                labels[t] = NerLabels.Outside;
            if (m.EndToken < labels.Length && labels[m.EndToken] == inside)
                labels[m.EndToken] = begin;
            else
            {
                // The title was the whole "name" (a title runs on into more title words): clear the rest.
                for (var t = m.EndToken; t < labels.Length && labels[t] == inside; t++)
                    labels[t] = NerLabels.Outside;
            }
        }
    }
}
