namespace Graph.Extraction.Events;

/// <summary>Where triggers report no event of their own: complements of "said"/"denied" and "if" clauses.</summary>
internal sealed partial class SentenceContext
{
    /// <summary>"… and accuses Washington": a second reporting verb of the same subject ends the complement of the first.</summary>
    private bool SecondReportingVerb(int j)
    {
        if (Word(j) is not ("and" or "but"))
            return false;
        var k = j + 1;
        while (View.IsAdverb(k) || Words.Have.Contains(Word(k)))
            k++;
        var w = Word(k);
        return Lexicon.Say.Contains(w) || Lexicon.Appeal.Contains(w) || Lexicon.Deny.Contains(w) || Lexicon.Demand.Contains(w)
            || Lexicon.Accuse.Contains(w) || Lexicon.Criticize.Contains(w) || Lexicon.Praise.Contains(w);
    }

    private void MarkRegions()
    {
        for (var i = 0; i < Count; i++)
        {
            if (View.IsQuoted(i))
                continue;
            var w = Word(i);
            if (w is "if" or "unless" or "whether")
            {
                for (var j = i; j < Count && !(Word(j) is "," or ";" or ":" && j > i) && !View.IsQuoted(j); j++)
                    _conditional[j] = true;
                continue;
            }

            var opensComplement = (Lexicon.Say.Contains(w) || Lexicon.Appeal.Contains(w) || Lexicon.Deny.Contains(w) || Lexicon.Demand.Contains(w))
                && !IsNounUse(i) && !View.IsBreak(i + 1) && !View.IsQuoted(i + 1);
            if (!opensComplement)
                continue;
            for (var j = i + 1; j < Count; j++)
            {
                if (View.IsQuoted(j) || Word(j) is "," or ";" or ":" or "\u2014" or "--" or "(" || SecondReportingVerb(j))
                    break;
                if (_complementOf[j] < 0)
                    _complementOf[j] = i;
            }
        }
    }
}
