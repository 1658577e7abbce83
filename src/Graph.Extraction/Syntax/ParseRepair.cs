namespace Graph.Extraction.Syntax;

/// <summary>
/// Readings UD does not allow, which the parser (trained on web text, with few news-style titles, lists and reported
/// speech) sometimes gives: a verb with two subjects, a name hung on a noun as a modifier without a preposition, a
/// "that" clause as a conjunct. Each is taken for the construction it stands for, before the extraction reads the
/// sentence:
/// <list type="bullet">
/// <item>a preposition hung on the description before a name opens the name's phrase ("between external affairs
/// minister X and Y");</item>
/// <item>a subject with a preposition is a fronted oblique, and the name closing it right before the verb the
/// subject ("Upon arrival at the airport, President X was greeted");</item>
/// <item>a clause opened by "that" under a verb is its complement, not a conjunct or an adverbial clause ("warned
/// Chile that Kenya could impose sanctions");</item>
/// <item>a clause opened by a relative pronoun after a comma, read as a conjunct, describes the noun before the comma
/// (", which it accused of …");</item>
/// <item>a past participle taken for the adjective of a noun that has a subject is that noun's verb ("The EU imposed
/// sanctions Friday on …");</item>
/// <item>a verb without a subject (or with only "and …" as one) whose fronted oblique has a conjunct or apposition
/// set off by a comma: that word opens the subject ("On Thursday, Kenya and Peru agreed");</item>
/// <item>a second subject that begins with "and"/"or" is the last conjunct of the first, or of the name before the
/// verb that the parser took for an oblique without a preposition ("Chile, Peru and the United Arab Emirates
/// announced");</item>
/// <item>a second subject right after the first, with nothing between, is the name the first describes ("Kenyan
/// President Daniel Otieno arrived"), and so is a bare oblique right after a noun with a preposition ("spoke to Peru's
/// president Luis Vega");</item>
/// <item>a second subject, a bare modifier, or a bare oblique of the verb, that is a name set off by commas after a
/// common noun is in apposition to it ("the president of Chad, General Omar Deby, arrived", "pressure on the
/// country's president, X").</item>
/// </list>
/// </summary>
internal static class ParseRepair
{
    public static void Apply(IReadOnlyList<SentenceParse> parses)
    {
        foreach (var parse in parses)
        {
            foreach (var w in parse.Words)
            {
                if (w.Relation is "conj" or "advcl" && parse.HeadOf(w) is { Upos: "VERB" } && !parse.ChildrenOf(w, "cc").Any()
                    && parse.ChildrenOf(w, "mark").Select(m => m.Form.ToLowerInvariant()).ToList() is ["that"])
                {
                    w.Relation = "ccomp";
                    continue;
                }

                // "between [external affairs minister] X": the preposition opens the name's phrase, not its description's.
                if (w.Relation is "nmod:desc" or "compound" && parse.HeadOf(w) is { Upos: "PROPN" } described && described.Index > w.Index
                    && parse.ChildrenOf(w, "case").FirstOrDefault() is { } preposition && preposition.Index == parse.Subtree(described).First().Index)
                {
                    described.Adopt(preposition, w, "case");
                    continue;
                }

                if (w.Relation is "nsubj" or "nsubj:pass" && parse.ChildrenOf(w, "case").Any(c => c.Upos == "ADP") && parse.HeadOf(w) is { } predicate)
                {
                    FrontedPhrase(parse, w, predicate);
                    continue;
                }

                if (w.Relation == "conj" && w.Upos == "VERB" && parse.HeadOf(w) is { } conjoined)
                {
                    RelativeClause(parse, w, conjoined);
                    continue;
                }

                if (w.Relation == "amod" && w.Upos == "VERB" && w.Xpos is "VBD" or "VBN" && parse.HeadOf(w) is { Upos: "NOUN" } noun)
                {
                    VerbAsModifier(parse, w, noun);
                    continue;
                }

                if (w.Relation is "conj" or "appos" && FrontedOblique(parse, w) is var (fronted, verb))
                {
                    SubjectAfterFronted(parse, w, fronted, verb);
                    continue;
                }

                if (w.Upos != "PROPN" || parse.HeadOf(w) is not { } head)
                    continue;
                var first = w.Relation == "nsubj" ? parse.ChildrenOf(head, "nsubj").FirstOrDefault() : null;
                if (w.Relation == "nsubj" && parse.ChildrenOf(w, "cc").Any()
                    && parse.ChildrenOf(head).FirstOrDefault(c => c.Index < w.Index && IsBareNominal(parse, c)) is { } list)
                {
                    list.Relation = "nsubj";
                    list.Adopt(w, head, "conj");
                    continue;
                }

                // "Kenyan President Daniel Otieno arrived", read as two subjects: the first only describes the second.
                if (first is not null && first.Index < w.Index && parse.Subtree(first).Last() is { Upos: not "PUNCT" } end
                    && end.Index + 1 == parse.Subtree(w).First().Index)
                {
                    w.Adopt(first, head, "compound");
                    continue;
                }

                // "spoke to Peru's president Luis Vega", read with the name as a second oblique: the noun before it describes it.
                // A full name (with its flat parts), not a bare time word ("in a statement Monday").
                if (w.Relation is "obl" or "obl:unmarked" && !parse.ChildrenOf(w, "case").Any() && parse.ChildrenOf(w, "flat").Any()
                    && parse.ChildrenOf(head).LastOrDefault(c => c.Index < w.Index) is { Upos: "NOUN", Relation: "obl" } title
                    && parse.ChildrenOf(title, "case").FirstOrDefault() is { } titleCase
                    && parse.Subtree(title).Last() is { Upos: not "PUNCT" } titleEnd && titleEnd.Index + 1 == parse.Subtree(w).First().Index)
                {
                    w.Relation = title.Relation;
                    w.Adopt(titleCase, title, "case");
                    w.Adopt(title, head, "nmod:desc");
                    continue;
                }

                if (!AfterComma(parse, w))
                    continue;
                if (w.Relation == "nmod" && head is { Upos: "NOUN" } && head.Index < w.Index && !parse.ChildrenOf(w, "case").Any())
                    w.Relation = "appos";
                // "pressure on the country's president, X": a name hung on the verb with no preposition, right after a
                // noun and a comma, names what the noun describes.
                else if (w.Relation == "obl" && !parse.ChildrenOf(w, "case").Any() && CommaBefore(parse, w) is var comma and > 0
                    && parse.Words[comma - 1] is { Upos: "NOUN" } describedNoun && describedNoun.Index > head.Index && head.Upos == "VERB")
                    describedNoun.Adopt(w, head, "appos");
                // The noun's phrase (with or without the comma) runs up to the name's: nothing else between them.
                else if (first is { Upos: "NOUN" } && first.Index < w.Index && BeforeComma(parse, w)
                    && parse.Subtree(w).First().Index - parse.Subtree(first).Last().Index <= 2)
                    first.Adopt(w, head, "appos");
            }
        }
    }

    /// <summary>
    /// A subject takes no preposition: "Upon arrival at the airport, President X was greeted", read with "arrival" as
    /// the subject and X in apposition to the airport, is a fronted oblique and X the subject, when X closes the
    /// fronted phrase right before the verb.
    /// </summary>
    private static void FrontedPhrase(SentenceParse parse, SyntaxWord fronted, SyntaxWord predicate)
    {
        var relation = fronted.Relation;
        fronted.Relation = "obl";
        var verbGroup = parse.ChildrenOf(predicate).Where(c => c.Relation is "aux" or "aux:pass" && c.Index < predicate.Index).Select(c => c.Index).Append(predicate.Index).Min();
        var name = parse.Subtree(fronted).LastOrDefault(n => n.Relation is "appos" or "conj" && n.Upos == "PROPN" && AfterComma(parse, n));
        if (name is not null && parse.Subtree(name).Last().Index + 1 == verbGroup && parse.HeadOf(name) is { } former)
            predicate.Adopt(name, former, relation);
    }

    /// <summary>
    /// ", which it accused of …" read as a conjunct of a noun before it: a clause that opens with a relative pronoun
    /// after a comma describes the noun right before the comma.
    /// </summary>
    private static void RelativeClause(SentenceParse parse, SyntaxWord verb, SyntaxWord conjoined)
    {
        var first = parse.Subtree(verb).First(x => x.Upos != "PUNCT");
        if (first.Xpos is not ("WDT" or "WP" or "WP$") || parse.HeadOf(first) != verb || first.Index == 0 || parse.Words[first.Index - 1].Form != ",")
            return;
        var before = parse.Words.Take(first.Index - 1).LastOrDefault(x => x.Upos != "PUNCT");
        while (before is { Relation: "flat" or "compound" or "appos" } && parse.HeadOf(before) is { Upos: "NOUN" or "PROPN" } phrase && phrase.Index < before.Index)
            before = phrase;
        if (before is { Upos: "NOUN" or "PROPN" } described && described.Index < verb.Index && !parse.Subtree(verb).Contains(described))
            described.Adopt(verb, conjoined, "acl:relcl");
    }

    /// <summary>
    /// "The EU imposed sanctions Friday on …", read with "imposed" as an adjective of "sanctions" and the noun as the
    /// predicate of "The EU": a noun has no subject without a copula, so the verb before it is the predicate, with
    /// the subject and the obliques, and the noun its object.
    /// </summary>
    private static void VerbAsModifier(SentenceParse parse, SyntaxWord verb, SyntaxWord noun)
    {
        var subject = parse.ChildrenOf(noun, "nsubj").FirstOrDefault();
        if (subject is null)
        {
            PastTenseInsideAPhrase(parse, verb, noun);
            return;
        }

        if (subject.Index > verb.Index || parse.ChildrenOf(noun).Any(c => c.Relation is "cop" or "case")
            || parse.Subtree(subject).Last().Index + 1 != parse.Subtree(verb).First().Index && parse.Subtree(subject).Last().Index + 1 != verb.Index)
            return;
        // The clause's dependents go with the verb: subject, auxiliaries, obliques, a bare time word ("Friday").
        foreach (var c in parse.ChildrenOf(noun).Where(c => c.Relation is "nsubj" or "aux" or "obl" or "advmod" or "obj" or "punct" && c != verb).ToList())
            verb.Adopt(c, noun, c.Relation == "obj" ? "obl:unmarked" : c.Relation);
        if (parse.HeadOf(noun) is { } head)
        {
            head.Adopt(verb, noun, noun.Relation);
            verb.Adopt(noun, head, "obj");
        }
        else
        {
            verb.BecomeRoot(noun);
            verb.Adopt(noun, verb, "obj");
        }
    }

    /// <summary>
    /// "Chilean troops shelled rebel camps", read as one noun phrase with "shelled" an adjective of "camps" and the
    /// camps a modifier of "troops" with no preposition, which no noun takes after it: the verb is the predicate, the
    /// phrase before it its subject and the noun after it its object.
    /// </summary>
    private static void PastTenseInsideAPhrase(SentenceParse parse, SyntaxWord verb, SyntaxWord noun)
    {
        if (noun.Relation != "nmod" || parse.ChildrenOf(noun, "case").Any() || parse.HeadOf(noun) is not { Upos: "NOUN" or "PROPN" } subject
            || subject.Index > verb.Index || parse.Subtree(subject).Last(x => x.Index < parse.Subtree(noun).First().Index).Index + 1 != verb.Index)
            return;
        var head = parse.HeadOf(subject);
        if (head is not null)
            head.Adopt(verb, noun, subject.Relation);
        else
            verb.BecomeRoot(noun);
        foreach (var c in parse.ChildrenOf(subject).Where(c => c.Relation == "punct" && c.Index > verb.Index).ToList())
            verb.Adopt(c, subject, "punct");
        verb.Adopt(noun, subject, "obj");
        verb.Adopt(subject, head ?? verb, "nsubj");
    }

    /// <summary>
    /// "On Thursday, Kenya and Peru agreed", read with Kenya and Peru as conjuncts of Thursday and the verb without a
    /// subject: the first conjunct set off by a comma with no "and" before it opens the subject, and the conjuncts after
    /// it are its own.
    /// </summary>
    private static void SubjectAfterFronted(SentenceParse parse, SyntaxWord first, SyntaxWord fronted, SyntaxWord verb)
    {
        var joined = parse.HeadOf(first)!;
        // A fronted phrase has its preposition; a bare name the parser took for an oblique is itself a subject.
        if (first.Index > verb.Index || fronted.Index > first.Index || !parse.ChildrenOf(fronted, "case").Any()
            || parse.ChildrenOf(first, "cc").Any() || !AfterComma(parse, first)
            || parse.ChildrenOf(joined).Any(c => c.Relation is "conj" or "appos" && c.Index < first.Index))
            return;
        // "In July, Kinshasa and the rebels signed", read with Kinshasa in apposition to July and "and the rebels" as
        // the subject: that subject is the last conjunct.
        var subjects = parse.ChildrenOf(verb).Where(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation == "expl").ToList();
        var rest = subjects is [{ } only] && only.Index > first.Index && parse.Subtree(only).First().Index is var start && start > 0
            && parse.Words[start - 1].Upos == "CCONJ" ? only : null;
        if (subjects.Count > 0 && rest is null)
            return;
        var relation = rest?.Relation == "nsubj:pass" ? "nsubj:pass" : "nsubj";
        foreach (var later in parse.ChildrenOf(joined, "conj").Where(c => c.Index > first.Index && c.Index < verb.Index).ToList())
            first.Adopt(later, joined, "conj");
        if (rest is not null)
            first.Adopt(rest, verb, "conj");
        verb.Adopt(first, joined, relation);
    }

    /// <summary>
    /// The fronted oblique a conjunct or apposition hangs in ("On Thursday, …"; "In a meeting held in Lima on Thursday,
    /// …", where it hangs on the last oblique inside) and the verb the oblique belongs to.
    /// </summary>
    private static (SyntaxWord Fronted, SyntaxWord Verb)? FrontedOblique(SentenceParse parse, SyntaxWord w)
    {
        var x = parse.HeadOf(w);
        for (var depth = 0; x is not null && depth < 4; depth++, x = parse.HeadOf(x))
        {
            if (x.Relation == "obl" && parse.HeadOf(x) is { Upos: "VERB" } verb && verb.Index > w.Index)
                return (x, verb);
        }

        return null;
    }

    /// <summary>A name or noun before the verb with no preposition: a subject, or one the parser took for an oblique.</summary>
    private static bool IsBareNominal(SentenceParse parse, SyntaxWord w) =>
        (w.Relation == "nsubj" || w.Relation == "obl" && w.Upos == "PROPN" && !parse.ChildrenOf(w, "case").Any())
        && !parse.ChildrenOf(w, "cc").Any();

    /// <summary>The phrase the word heads opens with a comma, or follows one.</summary>
    private static bool AfterComma(SentenceParse parse, SyntaxWord w) => CommaBefore(parse, w) >= 0;

    /// <summary>The index of the comma opening the word's phrase or right before it; -1 when there is none.</summary>
    private static int CommaBefore(SentenceParse parse, SyntaxWord w)
    {
        var first = parse.Subtree(w).First().Index;
        return parse.Words[first].Form == "," ? first : first > 0 && parse.Words[first - 1].Form == "," ? first - 1 : -1;
    }

    /// <summary>The phrase the word heads ends with a comma, or a comma follows it.</summary>
    private static bool BeforeComma(SentenceParse parse, SyntaxWord w)
    {
        var last = parse.Subtree(w).Last().Index;
        return parse.Words[last].Form == "," || last + 1 < parse.Words.Count && parse.Words[last + 1].Form == ",";
    }
}
