namespace Graph.Extraction.Syntax;

/// <summary>
/// A hyphenated participle, adjective or noun before a noun ("Iran-backed rebels", "war-torn Syria", "cash-strapped
/// Zambia", "large-scale exercises"), which the treebank splits into three words and has few of: the parser often reads the participle as a
/// clause of its own, with the word before the hyphen as its subject and the noun after it as its object.
/// </summary>
internal static partial class ParseRepair
{
    /// <summary>
    /// The participle modifies the noun phrase after it (UD: amod), the word before the hyphen the participle
    /// (compound); the phrase hangs where the participle hung ("signed a deal with cash-strapped Zambia": the
    /// phrase, not the participle, goes with "with"), with what the parser hung on the two words before them
    /// (a preposition, a determiner) and after the phrase (a time) moved along.
    /// </summary>
    private static bool HyphenatedModifier(SentenceParse parse, SyntaxWord w) => w.Xpos is "VBN" or "VBG" or "VBD" or "JJ" or "NN" or "VB" && w.Index >= 2 && w.Index + 1 < parse.Words.Count && HyphenatedModifierRest(parse, w);

    /// <summary>The rest of <see cref="HyphenatedModifier"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool HyphenatedModifierRest(SentenceParse parse, SyntaxWord w)
    {
        var i = w.Index;
        // A noun after the hyphen ("large-scale") only where the parser gave it an object, which no noun takes; a base
        // verb only as the ending of a title ("President-elect", "Prime Minister-designate").
        if (!(w.Xpos is "VBN" or "VBG" or "VBD" or "JJ" || w.Xpos == "NN" && parse.HasChild(w, "obj") || w.Xpos == "VB" && TitleEndings.Contains(w.Form))
            || i < 2 || i + 1 >= parse.Words.Count)
            return false;
        SyntaxWord hyphen = parse.Words[i - 1], before = parse.Words[i - 2], next = parse.Words[i + 1];
        if (hyphen.Form != "-" || hyphen.Start != before.End || w.Start != hyphen.End
            || before.Upos is not ("NOUN" or "PROPN" or "ADJ" or "NUM") || next.Upos is not ("NOUN" or "PROPN" or "ADJ"))
            return false;
        var phrase = PhraseHead(parse, next);
        if (phrase.Upos is not ("NOUN" or "PROPN") || w.Head >= next.Index && w.Head <= phrase.Index)
            return false;
        if (w.Head < 0)
            return false;
        bool Inside(int index) => index >= before.Index && index <= phrase.Index;
        // The phrase keeps a head outside it, or takes the one the participle (or the word before it) had.
        SyntaxWord? outer = null;
        if (phrase.Head >= 0 && Inside(phrase.Head))
        {
            outer = new[] { w, before }.FirstOrDefault(x => x.Head >= 0 && !Inside(x.Head));
            if (outer is null || parse.Dominates(phrase, parse.HeadOf(outer)!))
                return false;
        }

        // Where the phrase will hang must not be below the participle, or the tree would turn into a cycle.
        if (parse.HeadOf(outer ?? phrase) is { } target && (parse.Dominates(w, target) || parse.Dominates(before, target)))
            return false;

        if (outer is not null)
        {
            var attachment = parse.HeadOf(outer)!;
            attachment.Adopt(phrase, parse.HeadOf(phrase)!, NominalRelation(outer.Relation, attachment));
        }

        foreach (var part in new[] { w, before })
        {
            foreach (var dependent in parse.ChildrenOf(part).Where(d => d.Index < before.Index).ToList())
                phrase.Adopt(dependent, part, dependent.Relation == "mark" ? "case" : dependent.Relation);
            // After the phrase, a time or place is the clause's ("with cash-strapped Zambia on Monday").
            foreach (var dependent in parse.ChildrenOf(part).Where(d => d.Index > phrase.Index).ToList())
            {
                if (ClauseOf(parse, phrase) is { } host && !parse.Dominates(dependent, host))
                    host.Adopt(dependent, part, dependent.Relation == "nmod" && host.Upos == "VERB" ? "obl" : dependent.Relation);
            }
        }

        foreach (var inner in parse.Words.Skip(next.Index).Take(phrase.Index - next.Index).Where(x => x.Head == i).ToList())
            phrase.Adopt(inner, w, "compound");
        phrase.Adopt(w, parse.HeadOf(w) ?? w, w.Upos == "NOUN" ? "compound" : "amod");
        w.Adopt(before, parse.HeadOf(before) ?? before, "compound");
        if (hyphen.Head != i)
            w.Adopt(hyphen, parse.HeadOf(hyphen) ?? hyphen, "punct");
        return true;
    }

    /// <summary>
    /// "Senegal's president-elect Bassirou Faye arrived on Monday", read with "elect" the sentence's verb and the clause
    /// after it its complement: the ending of a title heads no clause, so the clause is the sentence, the title describes
    /// the name after it, and the ending is the title's.
    /// </summary>
    private static void TitleEndingReadAsTheRoot(SentenceParse parse)
    {
        if (parse.Root is not { Index: >= 2 } root || !TitleEndings.Contains(root.Form.ToLowerInvariant()) || parse.Words[root.Index - 1].Form != "-"
            || parse.Words[root.Index - 2] is not { Upos: "NOUN" or "PROPN" } title || title.Head != root.Index
            || parse.ChildrenOf(root).FirstOrDefault(c => c.Relation is "ccomp" or "parataxis" && c.Upos == "VERB" && c.Index > root.Index) is not { } verb
            || parse.ChildrenOf(verb).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c.Index == root.Index + 1) is not { } name)
            return;
        TakeTheSentence(parse, verb, root, root.Index);
        name.Adopt(title, root, "nmod:desc");
        title.Adopt(root, root, "amod");
    }

    /// <summary>English endings of a title not yet taken up, written after a hyphen.</summary>
    private static readonly HashSet<string> TitleEndings = new(StringComparer.Ordinal) { "elect", "designate" };

    /// <summary>The head of the noun phrase a word opens: up through modifiers and name parts to the right.</summary>
    private static SyntaxWord PhraseHead(SentenceParse parse, SyntaxWord word)
    {
        var head = word;
        while (head.Relation is "compound" or "amod" or "flat" or "nummod" && parse.HeadOf(head) is { Upos: "NOUN" or "PROPN" } up && up.Index > head.Index)
            head = up;
        return head;
    }

    /// <summary>The verb a phrase is part of, else the word it hangs on; null for the root.</summary>
    private static SyntaxWord? ClauseOf(SentenceParse parse, SyntaxWord phrase)
    {
        var steps = 0;
        for (var at = parse.HeadOf(phrase); at is not null && steps <= parse.Words.Count; at = parse.HeadOf(at), steps++)
        {
            if (at.Upos == "VERB")
                return at;
        }

        return parse.HeadOf(phrase);
    }

    /// <summary>The relation a noun phrase takes in place of a participle's clause: an oblique of a verb, a modifier of a noun.</summary>
    private static string NominalRelation(string relation, SyntaxWord head) => relation switch
    {
        "advcl" or "acl" or "acl:relcl" or "ccomp" or "xcomp" or "parataxis" or "dep" => head.Upos is "VERB" or "AUX" or "ADJ" ? "obl" : "nmod",
        "nsubj" or "csubj" => "nsubj",
        _ => relation,
    };
}
