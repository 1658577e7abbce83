namespace Graph.Extraction.Syntax;

/// <summary>Titles with an "of" phrase before a person's name, which the parser splits across the clause.</summary>
internal static partial class ParseRepair
{
    /// <summary>Title words a "Title of X" phrase before a name ends its title with ("President of …", "Minister of …").</summary>
    private static readonly HashSet<string> OfTitles = new(StringComparer.Ordinal)
    {
        "President", "Minister", "Ambassador", "Secretary", "Governor", "Chairman", "Chairwoman", "Chairperson", "Speaker",
        "Commissioner", "Director", "Envoy", "Chief", "Head", "Emir", "King", "Crown", "Prince", "Commander", "Vice-President",
        "Representative", "Advisor", "Adviser", "Mayor", "Premier", "Chancellor", "Counsellor", "Consul",
    };

    /// <summary>Lower-case words inside a title's phrase: "Minister of Foreign Affairs and International Cooperation", "Ambassador of India to Kazakhstan".</summary>
    private static readonly HashSet<string> TitleJoiners = new(StringComparer.Ordinal) { "of", "the", "and", "for", "to", "&" };

    /// <summary>
    /// "held a telephone conversation with President of the Kyrgyz Republic Sadyr Japarov", "signed by Minister of Foreign
    /// Affairs Gedion Timothewos and …", "received Prime Minister of Malaysia Anwar Ibrahim", read with the title, its "of"
    /// phrase and the name in pieces hung on different words (a name as the subject of "the", the title as an agent and
    /// the name as an oblique): the protocol style of state news agencies puts the whole title before the name. The span
    /// from the title to the name's end is one phrase: the name heads it, the title is its description, the "of" phrase
    /// the title's, and the phrase stands where its first word stood.
    /// </summary>
    /// <param name="parse">The sentence's parse.</param>
    /// <param name="names">Token spans [First, End) of the sentence's persons' names, as the mention finder read them.</param>
    private static void TitleWithAnOfPhraseBeforeAName(SentenceParse parse, IReadOnlyList<(int First, int End)> names)
    {
        foreach (var (first, end) in names)
        {
            var nameWords = parse.Words.Where(w => w.Token >= first && w.Token < end).ToList();
            if (nameWords.Count == 0 || nameWords[0].Index < 3)
                continue;
            // Back from the name over capitalised words and joiners to the title word before the first "of".
            var start = nameWords[0].Index;
            var of = -1;
            for (var i = start - 1; i >= 0 && start - i <= 12; i--)
            {
                var form = parse.Words[i].Form;
                // Not back into another name ("… Lise Dahl and Peruvian Foreign Minister Luis Vega").
                if (names.Any(n => parse.Words[i].Token >= n.First && parse.Words[i].Token < n.End))
                    break;
                if (form == "of")
                    of = i;
                else if (!TitleJoiners.Contains(form) && !char.IsUpper(form[0]))
                    break;
                start = i;
            }

            // A title the parser already hung inside the name's phrase ("Secretary of State X") is read as it is, and so is
            // one opening the sentence, which the subjects' repairs read.
            // Nor is "Secretary of State X", "Chief of Staff X": a secretary's or chief's office named by one word, which the
            // treebank and the subjects' repairs know.
            if (start == 0 || of < 1 || of >= nameWords[0].Index - 1 || !OfTitles.Contains(parse.Words[of - 1].Form) || TitleJoiners.Contains(parse.Words[start].Form)
                || parse.HeadOf(parse.Words[of - 1]) is { } titleHead && nameWords.Contains(titleHead)
                || parse.Words[of - 1].Form is "Secretary" or "Chief" && of == nameWords[0].Index - 2)
                continue;
            OneTitledName(parse, start, of, nameWords);
        }
    }

    /// <summary>Rebuilds words [start, last name word] as a name headed by its first word, described by the title before "of".</summary>
    private static void OneTitledName(SentenceParse parse, int start, int of, List<SyntaxWord> nameWords)
    {
        var span = parse.Words.Skip(start).Take(nameWords[^1].Index - start + 1).ToList();
        bool Inside(SyntaxWord w) => w.Index >= start && w.Index <= nameWords[^1].Index;
        // Where the phrase stands: the attachment of its first word hung outside it.
        if (span.FirstOrDefault(w => parse.HeadOf(w) is not { } h || !Inside(h)) is not { } top)
            return;
        var name = nameWords[0];
        var title = parse.Words[of - 1];
        var ofObject = parse.Words[name.Index - 1];
        var outsideHead = parse.HeadOf(top);
        var relation = top.Relation;
        // Everything hung on the span from outside it, and the span's own words, first cut loose from the tree.
        var loose = span.SelectMany(w => parse.ChildrenOf(w).Where(c => !Inside(c))).ToList();
        if (outsideHead is null)
            name.BecomeRoot(parse.HeadOf(name) ?? name);
        else
            outsideHead.Adopt(name, parse.HeadOf(name) ?? name, relation);
        foreach (var w in span.Where(w => w != name))
        {
            var (head, rel) = w.Index > name.Index ? (name, "flat")
                : w == title ? (name, "nmod:desc")
                : w.Index < title.Index ? (title, w.Upos == "ADJ" ? "amod" : "compound")
                : w.Index == of ? (ofObject, "case")
                : w == ofObject ? (title, "nmod")
                : (ofObject, w.Upos == "DET" ? "det" : w.Upos == "ADJ" ? "amod" : w.Form is "of" or "to" or "for" ? "case" : w.Upos == "CCONJ" ? "cc" : "compound");
            head.Adopt(w, parse.HeadOf(w) ?? w, rel);
        }

        foreach (var c in loose)
        {
            if (parse.HeadOf(c) is { } h && h != name)
                name.Adopt(c, h, c.Relation);
        }
    }
}
