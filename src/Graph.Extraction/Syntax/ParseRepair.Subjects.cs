using Graph.Extraction.Mentions;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Subjects lost in a fronted phrase or read as a bare oblique.
/// </summary>
internal static partial class ParseRepair
{
    /// <summary>
    /// "French President Emmanuel Macron hosted …", read with the title a clause of the verb beside the name that is its
    /// subject: a capitalised noun right before that name, with only modifiers before it and no clause of its own, is the
    /// name's title, as the parser reads "Kenyan President William Ruto".
    /// </summary>
    private static bool TitleBeforeTheSubjectReadAsAClause(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is not ("ccomp" or "dep" or "parataxis" or "csubj") || w.Upos is not ("NOUN" or "PROPN") || !char.IsUpper(w.Form[0])
            || w.Index + 1 >= parse.Words.Count || parse.Words[w.Index + 1] is not { Upos: "PROPN" } name || name.Head != w.Head
            || !name.Relation.StartsWith("nsubj", StringComparison.Ordinal) || parse.HeadOf(w) is not { } verb || verb.Index < name.Index)
            return false;
        foreach (var c in parse.ChildrenOf(w))
        {
            if (c.Index > w.Index || c.Relation is not ("amod" or "compound" or "det" or "nmod:poss"))
                return false;
        }

        name.Adopt(w, verb, "nmod:desc");
        w.Upos = "PROPN";
        w.Xpos = "NNP";
        return true;
    }

    /// <summary>
    /// "The Somali leader later travelled to Mombasa", read with the noun phrase a bare oblique and the verb a participle
    /// with no subject: a bare noun (no preposition, no time word) right before a past verb that has no subject, in the
    /// clause that opens the sentence, is its subject.
    /// </summary>
    private static bool BareNounBeforeASubjectlessVerb(SentenceParse parse, SyntaxWord w) =>
        w.Relation is "obl:unmarked" or "obl:npmod" && w.Upos is "NOUN" or "PROPN" && BareNounBeforeASubjectlessVerbRest(parse, w);

    /// <summary>The rest of <see cref="BareNounBeforeASubjectlessVerb"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool BareNounBeforeASubjectlessVerbRest(SentenceParse parse, SyntaxWord w)
    {
        // The parser may hang the noun on an adverb before the verb ("The leader later travelled …").
        var formerHead = parse.HeadOf(w);
        var above = formerHead is { Upos: "ADV" } adverb ? parse.HeadOf(adverb) : formerHead;
        if (above is not { Upos: "VERB", Xpos: "VBD" or "VBN", Head: < 0 } verb || verb.Index < w.Index || parse.HasChild(w, "case")
            || WordLists.TimeUnits.Contains(w.Form) || WordLists.Calendar.Contains(w.Form) || parse.ChildrenOf(w).Any(c => WordLists.TimeUnits.Contains(c.Form))
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "aux" or "aux:pass" or "expl" or "mark")
            || parse.FirstWordOf(w).Index != 0
            || parse.Words.Skip(parse.LastWordOf(w).Index + 1).Take(verb.Index - parse.LastWordOf(w).Index - 1).Any(x => x.Upos is not ("ADV" or "PART")))
            return false;
        verb.Adopt(w, formerHead!, "nsubj");
        verb.Xpos = "VBD";
        return true;
    }

    /// <summary>
    /// "…, Isaias Afwerki, touched down", read as a bare oblique of a verb with no subject: the name closest
    /// before the verb, with no preposition and no calendar word, is its subject.
    /// </summary>
    private static bool BareNameBeforeASubjectlessVerb(SentenceParse parse, SyntaxWord w) => w.Relation is "obl" or "obl:unmarked" or "obl:npmod" && w.Upos == "PROPN" && BareNameBeforeASubjectlessVerbRest(parse, w);

    /// <summary>The rest of <see cref="BareNameBeforeASubjectlessVerb"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool BareNameBeforeASubjectlessVerbRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "obl" or "obl:unmarked" or "obl:npmod" && w.Upos == "PROPN" && !WordLists.Calendar.Contains(w.Form)
            && parse.HeadOf(w) is { Upos: "VERB" } subjectless && subjectless.Index > w.Index && !parse.HasChild(w, "case")
            && !parse.ChildrenOf(subjectless).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "expl" or "csubj")
            && !parse.ChildrenOf(subjectless).Any(c => c.Index > w.Index && c.Index < subjectless.Index && c.Upos is "NOUN" or "PROPN" or "PRON")
            && parse.LastWordOf(w).Index + 2 >= subjectless.Index)
        {
            w.Relation = "nsubj";
            return true;
        }

        return false;
    }

    /// <summary>
    /// "According to the Pakistani military, Indian drones struck …", "According to the UN, Israeli strikes killed …",
    /// read as one noun phrase across the comma (the source a compound or modifier of the subject, or the subject a
    /// phrase on the source): the phrase up to the comma is the source, an oblique of the verb, and the rest its subject.
    /// </summary>
    private static bool SourceMergedIntoTheSubject(SentenceParse parse, SyntaxWord w) => IsAccording(w) && SourceMergedIntoTheSubjectRest(parse, w);

    /// <summary>"according" opening a phrase ("according to X"): the source of what the clause says.</summary>
    private static bool IsAccording(SyntaxWord w) => w.Relation == "case" && w.Form.Equals("according", StringComparison.OrdinalIgnoreCase);

    /// <summary>The rest of <see cref="SourceMergedIntoTheSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SourceMergedIntoTheSubjectRest(SentenceParse parse, SyntaxWord w)
    {
        if (!IsAccording(w) || parse.HeadOf(w) is not { } headed
            || parse.Words.Skip(w.Index + 1).FirstOrDefault(x => x.Form == ",") is not { } comma)
            return false;
        var (source, subject) = headed.Index > comma.Index ? (parse.Words[comma.Index - 1], headed) : (headed, parse.HeadOf(headed));
        if (source.Upos is not ("NOUN" or "PROPN") || subject is not { Upos: "NOUN" or "PROPN" } || subject.Index < comma.Index
            || parse.HeadOf(source) != subject || parse.HeadOf(subject) is not { Upos: "VERB" } verb || !subject.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            return false;
        verb.Adopt(source, subject, "obl");
        foreach (var x in parse.ChildrenOf(subject).Where(x => x.Index <= comma.Index).ToList())
            source.Adopt(x, subject, x.Index == comma.Index ? "punct" : x.Relation);
        if (parse.HeadOf(w) != source)
            source.Adopt(w, parse.HeadOf(w)!, "case");
        return true;
    }

    /// <summary>
    /// "According to Foreign Minister X, Norway had expelled …", read with the source the subject and the real subject its
    /// conjunct across the comma: the source is an oblique of the verb, and the conjunct after the comma its subject.
    /// </summary>
    private static bool SourceReadAsTheSubject(SentenceParse parse, SyntaxWord w) =>
        IsAccording(w) && SourceReadAsTheSubjectRest(parse, w);

    /// <summary>The rest of <see cref="SourceReadAsTheSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SourceReadAsTheSubjectRest(SentenceParse parse, SyntaxWord w)
    {
        var source = NameOfTheTitle(parse, parse.HeadOf(w));
        if (source is not { Relation: "nsubj" } || parse.HeadOf(source) is not { Upos: "VERB" } verb
            || parse.Subtree(source).Where(c => c.Relation is "conj" or "appos").Concat(parse.ChildrenOf(verb, "nsubj"))
                .FirstOrDefault(c => c.Index > source.Index && c.Index < verb.Index && !parse.HasChild(c, "cc") && AfterComma(parse, c)) is not { } subject)
            return false;
        verb.Adopt(subject, parse.HeadOf(subject)!, "nsubj");
        source.Relation = "obl";
        return true;
    }

    /// <summary>"according to Foreign Minister X": "according" may hang on the title before the name; the name it describes.</summary>
    private static SyntaxWord? NameOfTheTitle(SentenceParse parse, SyntaxWord? word)
    {
        while (word is { Relation: "nmod:desc" or "compound" } && parse.HeadOf(word) is { Upos: "PROPN" } named && named.Index > word.Index)
            word = named;
        return word;
    }

    /// <summary>
    /// "… killed two people on Saturday, according to Governor X", read with the source in apposition to a noun of the
    /// clause, its object or a conjunct of its verb: a phrase opened by "according to" after a comma says where the clause
    /// comes from, an oblique of its verb.
    /// </summary>
    private static bool SourceReadAsAnApposition(SentenceParse parse, SyntaxWord w) =>
        IsAccording(w) && SourceReadAsAnAppositionRest(parse, w);

    /// <summary>The rest of <see cref="SourceReadAsAnApposition"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SourceReadAsAnAppositionRest(SentenceParse parse, SyntaxWord w)
    {
        var source = NameOfTheTitle(parse, parse.HeadOf(w));
        // The parser may hang the source on the comma before it.
        var above = source is null ? null : parse.HeadOf(source);
        while (above is { Upos: "PUNCT" })
            above = parse.HeadOf(above);
        if (source is not { Relation: "appos" or "conj" or "obj" or "nmod" } || !AfterComma(parse, source)
            || above is not { Upos: "NOUN" or "PROPN" or "VERB" } || above.Index > source.Index)
            return false;
        var verb = above;
        while (verb is not null && verb.Upos != "VERB")
            verb = parse.HeadOf(verb);
        if (verb is null)
            return false;
        verb.Adopt(source, parse.HeadOf(source)!, "obl");
        return true;
    }

    /// <summary>
    /// "said Washington masterminded … the attack", read with Washington as a passive subject: a verb with an object and no
    /// passive auxiliary is active, and its subject an ordinary one. The object may come after an oblique ("masterminded
    /// in coordination with Ukraine the attack", heavy phrase last), read as a loose noun: it is the object.
    /// </summary>
    private static bool PassiveSubjectOfAnActiveVerb(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj:pass" || parse.HeadOf(w) is not { Upos: "VERB" } verb || parse.ChildrenOf(verb).Any(c => c.Relation == "aux:pass"))
            return false;
        if (!parse.HasChild(verb, "obj"))
        {
            if (ShiftedObject(parse, verb) is not { } shifted || parse.HeadOf(shifted) is not { } looseHead)
                return false;
            verb.Adopt(shifted, looseHead, "obj");
        }

        w.Relation = "nsubj";
        return true;
    }

    /// <summary>
    /// A determined noun with no preposition after an oblique of the verb, read as a loose clause of the verb or as a
    /// modifier of the oblique (which takes none without a preposition): the verb's object, put last.
    /// </summary>
    private static SyntaxWord? ShiftedObject(SentenceParse parse, SyntaxWord verb) =>
        parse.ChildrenOf(verb, "obl").Where(o => o.Index > verb.Index)
            .SelectMany(o => parse.ChildrenOf(verb, "parataxis").Concat(parse.ChildrenOf(o).Where(c => c.Relation == "nmod")).Where(n => n.Index > o.Index))
            .FirstOrDefault(n => n.Upos == "NOUN" && parse.HasChild(n, "det") && !parse.HasChild(n, "case"));

    /// <summary>
    /// A subject takes no preposition: "Upon arrival at the airport, President X was greeted", read with "arrival" as
    /// the subject and X in apposition to the airport, is a fronted oblique and X the subject, when X closes the
    /// fronted phrase right before the verb.
    /// </summary>
    private static bool FrontedPhrase(SentenceParse parse, SyntaxWord fronted) => fronted.Relation is "nsubj" or "nsubj:pass" && FrontedPhraseRest(parse, fronted);

    /// <summary>The rest of <see cref="FrontedPhrase"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool FrontedPhraseRest(SentenceParse parse, SyntaxWord fronted)
    {
        // "Following Niger's suspension …": a participle used as a preposition, tagged a verb.
        if (fronted.Relation is not ("nsubj" or "nsubj:pass") || !parse.ChildrenOf(fronted, "case").Any(c => c.Upos == "ADP" || c.Xpos == "VBG") || parse.HeadOf(fronted) is not { } predicate)
            return false;
        var relation = fronted.Relation;
        fronted.Relation = "obl";
        // "The Philippines on Wednesday summoned …", read with the subject hung on the day: the subject is the verb's.
        if (SubjectHungOnADayBeforeTheVerb(parse, fronted))
            return true;
        var verbGroup = parse.ChildrenOf(predicate).Where(c => c.Relation is "aux" or "aux:pass" && c.Index < predicate.Index).Select(c => c.Index).Append(predicate.Index).Min();
        var name = parse.Subtree(fronted).LastOrDefault(n => n.Relation is "appos" or "conj" && n.Upos == "PROPN" && AfterComma(parse, n));
        if (name is not null && parse.LastWordOf(name).Index + 1 == verbGroup && parse.HeadOf(name) is { } former)
            predicate.Adopt(name, former, relation);

        return true;
    }

    /// <summary>
    /// "Ecuador's interim president, X, and Peruvian President Y signed an agreement", read with the first subject a bare
    /// oblique of the verb and "and" the verb's: a phrase with no preposition opening the sentence, then "and" and the
    /// verb's subject, is the first of two subjects.
    /// </summary>
    private static bool FirstSubjectReadAsABareOblique(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "obl", Upos: "NOUN" or "PROPN" } && w.Index < 8 && FirstSubjectReadAsABareObliqueRest(parse, w);

    /// <summary>The rest of <see cref="FirstSubjectReadAsABareOblique"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool FirstSubjectReadAsABareObliqueRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HasChild(w, "case") || parse.HeadOf(w) is not { Upos: "VERB" } verb || parse.FirstWordOf(w).Index != 0
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault(n => n.Index > w.Index && n.Index < verb.Index) is not { } second
            || parse.ChildrenOf(verb, "cc").FirstOrDefault(c => c.Form is "and" && c.Index > w.Index && c.Index < parse.FirstWordOf(second).Index) is not { } and)
            return false;
        verb.Adopt(w, verb, "nsubj");
        w.Adopt(second, verb, "conj");
        second.Adopt(and, verb, "cc");
        return true;
    }

    /// <summary>
    /// "President X, a former army general, met Y in Dakar", read with the name the root and the verb a "list" item of
    /// its apposition: a finite verb after a subject's closed apposition is the sentence's verb, the name its subject.
    /// </summary>
    private static bool VerbReadAsAListItemOfTheSubject(SentenceParse parse, SyntaxWord w) =>
        w is { Upos: "VERB", Relation: "list", Xpos: "VBD" or "VBZ" or "VBP" } && VerbReadAsAListItemOfTheSubjectRest(parse, w);

    /// <summary>The rest of <see cref="VerbReadAsAListItemOfTheSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool VerbReadAsAListItemOfTheSubjectRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } described || parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        var subject = described;
        while (subject.Relation is "appos" or "flat" && parse.HeadOf(subject) is { Upos: "NOUN" or "PROPN" } up && up.Index < subject.Index)
            subject = up;
        if (subject.Relation != "root" || subject.Index > w.Index)
            return false;
        w.BecomeRoot(described);
        w.Adopt(subject, w, "nsubj");
        foreach (var after in parse.ChildrenOf(subject).Where(c => c.Index > w.Index).ToList())
            w.Adopt(after, subject, after.Relation);
        return true;
    }

    /// <summary>
    /// "Before leaving Ottawa, Prime Minister X spoke by phone with Y", "After meeting King Z in Amman, the Iraqi prime
    /// minister, X, travelled to Riyadh", read with the subject a second object of the fronted clause or a modifier of its
    /// object, and the sentence's verb without a subject: the phrase that fills the span between the fronted clause's comma
    /// and the verb is the verb's subject.
    /// </summary>
    private static bool SubjectHungInAFrontedClause(SentenceParse parse, SyntaxWord w) =>
        w.Upos is "NOUN" or "PROPN" && w.Relation is "obj" or "nmod" or "appos" or "conj" or "obl" && w.Index > 2
        && (parse.Words[0].Relation == "mark" || parse.Words[1].Relation == "mark" || parse.Words[0] is { Relation: "advcl", Xpos: "VBG" or "VBN" })
        && SubjectHungInAFrontedClauseRest(parse, w);

    /// <summary>The rest of <see cref="SubjectHungInAFrontedClause"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectHungInAFrontedClauseRest(SentenceParse parse, SyntaxWord w)
    {
        // The phrase's words after the comma that closes the fronted clause (the parser may have hung the clause's last
        // word on the name too: "Before leaving Ottawa, Prime Minister X", with "Ottawa" a modifier of X).
        var span = parse.Subtree(w).ToList();
        var end = span[^1].Index;
        while (end > w.Index && parse.Words[end].Upos == "PUNCT")
            end--;
        var comma = w.Index - 1;
        while (comma > 0 && parse.Words[comma].Form != "," && parse.Words[comma].Upos is "PROPN" or "NOUN" or "ADJ" or "DET" or "PART")
            comma--;
        var verbAt = end + 1 < parse.Words.Count && parse.Words[end + 1].Form == "," ? end + 2 : end + 1;
        if (comma < 2 || parse.Words[comma].Form != "," || verbAt >= parse.Words.Count || parse.Words[verbAt] is not { Upos: "VERB" } verb || parse.HasChild(w, "case")
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation == "expl")
            || parse.ChildrenOf(verb, "advcl").FirstOrDefault(a => a.Index < comma && parse.FirstWordOf(a).Index == 0) is not { } fronted
            || !(parse.HasChild(fronted, "mark") || fronted.Xpos is "VBG" or "VBN") || !parse.Dominates(fronted, w))
            return false;
        var formerHead = parse.HeadOf(w)!;
        verb.Adopt(w, formerHead, "nsubj");
        // What of the fronted clause the name took is the clause's again: its object, or an oblique.
        foreach (var taken in parse.ChildrenOf(w).Where(c => c.Index < comma).ToList())
            fronted.Adopt(taken, w, taken.Upos is "NOUN" or "PROPN" && !parse.HasChild(fronted, "obj") && !parse.HasChild(taken, "case") ? "obj" : taken.Relation);
        return true;
    }

    /// <summary>
    /// "Without consulting Brussels, Hungarian Prime Minister X met …", read with the title a conjunct of "Brussels" and the
    /// name a list item or another conjunct after it: a name right after a capitalised title word it shares a head with is the titled name,
    /// the title its description; and a subject so hung in a fronted clause is the verb's.
    /// </summary>
    private static bool NameListedAfterItsTitle(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is not ("list" or "conj") || w.Upos != "PROPN" || w.Index == 0 || parse.HeadOf(w) is not { } head
            || parse.Words[w.Index - 1] is not { Upos: "PROPN" or "NOUN" } title || title.Head != head.Index || title.Relation is not ("conj" or "appos")
            || title.Form.Length == 0 || !char.IsUpper(title.Form[0]) || parse.ChildrenOf(title).Any(c => c.Index > title.Index))
            return false;
        head.Adopt(w, head, title.Relation);
        w.Adopt(title, head, "nmod:desc");
        // Whatever opens the fronted clause ("Without", "Rather than", a participle): the clause's own checks decide.
        if (w.Index > 2)
            SubjectHungInAFrontedClauseRest(parse, w);
        return true;
    }

    /// <summary>
    /// "On Thursday, Kenya and Peru agreed", read with Kenya and Peru as conjuncts of Thursday and the verb without a
    /// subject: the first conjunct set off by a comma with no "and" before it opens the subject, and the conjuncts after
    /// it are its own.
    /// </summary>
    private static bool SubjectAfterFronted(SentenceParse parse, SyntaxWord first) => first.Relation is "conj" or "appos" && SubjectAfterFrontedRest(parse, first);

    /// <summary>The rest of <see cref="SubjectAfterFronted"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectAfterFrontedRest(SentenceParse parse, SyntaxWord first)
    {
        if (first.Relation is not ("conj" or "appos") || FrontedOblique(parse, first) is not var (fronted, verb))
            return false;
        var joined = parse.HeadOf(first)!;
        // A fronted phrase has its preposition (or is a participle's clause opening the sentence: "Speaking after meeting X
        // in Beijing, Y said", the participle first; not "When talking about …"); a bare name the parser took for an oblique is itself a subject.
        if (first.Index > verb.Index || fronted.Index > first.Index
            || !(parse.HasChild(fronted, "case") || fronted.Relation == "advcl" && parse.FirstWordOf(fronted) == fronted && fronted.Xpos is "VBG" or "VBN")
            || parse.HasChild(first, "cc") || !AfterComma(parse, first)
            || parse.ChildrenOf(joined).Any(c => c.Relation is "conj" or "appos" && c.Index < first.Index))
            return true;
        // "In July, Kinshasa and the rebels signed", read with Kinshasa in apposition to July and "and the rebels" as
        // the subject: that subject is the last conjunct.
        var subjects = parse.ChildrenOf(verb).Where(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation == "expl").ToList();
        var rest = subjects is [{ } only] && only.Index > first.Index && parse.FirstWordOf(only).Index is var start && start > 0
            && (parse.Words[start - 1].Upos == "CCONJ" || parse.Words[start].Upos == "CCONJ") ? only : null;
        if (subjects.Count > 0 && rest is null)
            return true;
        // A passive's subject is a passive subject ("Arriving in Nairobi, X was welcomed by Y").
        var relation = rest?.Relation == "nsubj:pass" || rest is null && parse.HasChild(verb, "aux:pass") ? "nsubj:pass" : "nsubj";
        foreach (var later in parse.ChildrenOf(joined, "conj").Where(c => c.Index > first.Index && c.Index < verb.Index).ToList())
            first.Adopt(later, joined, "conj");
        if (rest is not null)
            first.Adopt(rest, verb, "conj");
        verb.Adopt(first, joined, relation);

        return true;
    }

    /// <summary>
    /// The fronted oblique or adverbial clause a conjunct or apposition hangs in ("On Thursday, …"; "In a meeting held in
    /// Lima on Thursday, …", where it hangs on the last oblique inside) and the verb it belongs to.
    /// </summary>
    private static (SyntaxWord Fronted, SyntaxWord Verb)? FrontedOblique(SentenceParse parse, SyntaxWord w)
    {
        var x = parse.HeadOf(w);
        for (var depth = 0; x is not null && depth < 4; depth++, x = parse.HeadOf(x))
        {
            if (x.Relation is "obl" or "advcl" && parse.HeadOf(x) is { Upos: "VERB" } verb && verb.Index > w.Index)
                return (x, verb);
        }

        return null;
    }

    /// <summary>
    /// "Accusing Rwanda of backing the rebels, Congo expelled …", read with Rwanda as the subject and Congo as its
    /// conjunct: a name right after a sentence-opening participle with no object (read as an adverbial clause or an
    /// oblique) is that object, and the conjunct set
    /// off by a comma and closing right before the verb is the verb's subject.
    /// </summary>
    private static bool ObjectOfAFrontedParticiple(SentenceParse parse, SyntaxWord w) => w.Relation == "nsubj" && w.Upos == "PROPN" && w.Index > 0 && ObjectOfAFrontedParticipleRest(parse, w);

    /// <summary>The rest of <see cref="ObjectOfAFrontedParticiple"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ObjectOfAFrontedParticipleRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj" || w.Upos != "PROPN" || w.Index == 0 || parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index < w.Index
            || parse.Words[0] is not { Xpos: "VBG" } participle || parse.HeadOf(participle) != verb
            || parse.FirstWordOf(w).Index != participle.Index + 1 || parse.HasChild(participle, "obj"))
            return false;
        var verbGroup = parse.ChildrenOf(verb).Where(c => c.Relation is "aux" or "aux:pass" && c.Index < verb.Index).Select(c => c.Index).Append(verb.Index).Min();
        if (parse.ChildrenOf(w, "conj").LastOrDefault() is not { } subject || !AfterComma(parse, subject) || parse.HasChild(subject, "cc")
            || parse.LastWordOf(subject).Index + 1 != verbGroup)
            return false;
        verb.Adopt(subject, w, "nsubj");
        participle.Adopt(w, verb, "obj");
        // The parser may have read the participle as a bare oblique of the verb: it is the verb's adverbial clause.
        participle.Relation = "advcl";
        return true;
    }

    /// <summary>
    /// "Pakistan test-fired a missile", read with Pakistan as a compound of the verb (the hyphen split "test-fired"):
    /// a verb takes no noun compound other than the word hyphened to it, so a name or noun before a finite verb with
    /// no subject is its subject.
    /// </summary>
    private static bool SubjectReadAsCompound(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "compound" && w.Upos is "PROPN" or "NOUN" or "PRON" && parse.HeadOf(w) is { Upos: "VERB" } verb && Finite(parse, verb)
            && w.Index < verb.Index && parse.Words[w.Index + 1].Form != "-"
            && !parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "expl" or "csubj"))
        {
            w.Relation = "nsubj";
            return true;
        }

        return false;
    }

    /// <summary>A finite verb: by its tag, or a participle heading the sentence with no auxiliary (a past the tagger misread).</summary>
    private static bool Finite(SentenceParse parse, SyntaxWord verb) =>
        verb.Xpos is "VBD" or "VBZ" or "VBP" || verb.Xpos == "VBN" && verb.Relation == "root" && !parse.ChildrenOf(verb).Any(c => c.Relation is "aux" or "aux:pass");

    /// <summary>
    /// "sanctions imposed by Washington on Venezuela", read with "on Venezuela" on the agent: a name takes no phrase of
    /// "on" or "against", so the phrase is the verb's. So too whom a thing was given to ("was handed over by Turkish
    /// officials to Syrian authorities"): a giver is given nothing.
    /// </summary>
    private static bool PhraseOfTheVerbOnItsAgent(SentenceParse parse, SyntaxWord w) =>
        w.Relation == "nmod" && parse.HeadOf(w) is { Upos: "PROPN" or "NOUN", Relation: "obl:agent" } agent && PhraseOfTheVerbOnItsAgentRest(parse, w, agent);

    /// <summary>The rest of <see cref="PhraseOfTheVerbOnItsAgent"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PhraseOfTheVerbOnItsAgentRest(SentenceParse parse, SyntaxWord w, SyntaxWord agent)
    {
        if (parse.HeadOf(agent) is not { Upos: "VERB" } verb || parse.ChildrenOf(w, "case").FirstOrDefault() is not { } preposition)
            return false;
        var lower = preposition.Form.ToLowerInvariant();
        if (!(agent.Upos == "PROPN" && lower is "on" or "against" or "upon" || lower == "to" && Handed.Contains(verb.Form.ToLowerInvariant()) && !Postings.Contains(agent.Form.ToLowerInvariant())))
            return false;
        verb.Adopt(w, agent, "obl");
        return true;
    }

    /// <summary>English past participles of giving and sending, whose "to" names the recipient.</summary>
    private static readonly HashSet<string> Handed = new(StringComparer.Ordinal)
    {
        "given", "handed", "sent", "delivered", "donated", "supplied", "provided", "shipped", "transferred", "granted", "pledged", "lent", "loaned", "offered",
    };

    /// <summary>English nouns of those posted to a place or body, whose "to" says where ("the ambassador to Kenya").</summary>
    private static readonly HashSet<string> Postings = new(StringComparer.Ordinal)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegate", "delegates", "delegation", "mission", "adviser", "advisor",
    };

    /// <summary>
    /// "Sanctions were imposed on Belarus by the EU", read with "by the EU" on Belarus: a passive verb's agent hung
    /// on one of its obliques or objects is the verb's own, when the verb has none. So also one read as an apposition
    /// ("was welcomed at the airport by Russian First Deputy Prime Minister X"), which takes no preposition.
    /// So also a participle's that describes the noun before it ("Duties levied on Chile by Peru took effect"), which is
    /// then read as that noun's and not as the sentence's verb.
    /// </summary>
    private static bool AgentOnTheOblique(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "nmod" or "appos" && parse.ChildrenOf(w, "case").Any(c => c.Form.Equals("by", StringComparison.OrdinalIgnoreCase))
            && parse.HeadOf(w) is { Relation: "obl" or "obj" } carrier && parse.HeadOf(carrier) is { Upos: "VERB" } verb && !parse.HasChild(verb, "obl:agent"))
        {
            if (parse.ChildrenOf(verb).Any(c => c.Relation is "aux:pass" or "nsubj:pass"))
            {
                verb.Adopt(w, carrier, "obl:agent");
                return true;
            }

            // Only where the verb after it then reads as the noun's: else the name is the oblique's ("accusations by the UN").
            if (w.Upos == "PROPN" && carrier.Relation == "obl" && verb.Xpos is "VBN" or "VBD" && DescribedNoun(parse, verb) is not null)
            {
                var relation = w.Relation;
                verb.Adopt(w, carrier, "obl:agent");
                // "An embargo imposed on Sudan by the UN remains": a participle already its noun's takes the agent alone.
                if (verb.Relation == "acl" || (verb.Relation == "root" ? ParticipleWithAnAgentReadAsTheVerbRest(parse, verb) : ParticipleWithAnAgentReadAsAClauseOfTheVerb(parse, verb)))
                    return true;
                carrier.Adopt(w, verb, relation);
            }
        }

        return false;
    }

    /// <summary>
    /// "Togo had armed the rebels", read with Togo as the subject of the auxiliary: an auxiliary heads nothing, so the
    /// subject is the verb's, when the verb has none.
    /// </summary>
    private static bool SubjectOfTheAuxiliary(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "nsubj" or "nsubj:pass" && parse.HeadOf(w) is { Relation: "aux" or "aux:pass" } auxiliary && parse.HeadOf(auxiliary) is { } verb
            && !parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
        {
            verb.Adopt(w, auxiliary, w.Relation);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "The White House said President X would meet Y", read with X a second subject of "said": a verb has one
    /// subject, so a subject after the verb that already has one before it, ending right where the verb's
    /// complement clause begins and that clause having no subject, is the clause's.
    /// </summary>
    private static bool SecondSubjectOpensTheComplement(SentenceParse parse, SyntaxWord w) => w.Relation == "nsubj" && w.Upos is "PROPN" or "NOUN" && SecondSubjectOpensTheComplementRest(parse, w);

    /// <summary>The rest of <see cref="SecondSubjectOpensTheComplement"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SecondSubjectOpensTheComplementRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || w.Index < verb.Index
            || !parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c.Index < verb.Index)
            || parse.ChildrenOf(verb, "ccomp").FirstOrDefault(c => c.Index > w.Index) is not { Upos: "VERB" } clause
            || parse.ChildrenOf(clause).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "mark" or "expl")
            || parse.LastWordOf(w).Index + 1 != parse.FirstWordOf(clause).Index)
            return false;
        clause.Adopt(w, verb, "nsubj");
        return true;
    }

    /// <summary>
    /// "The RSF, which has held the capital since the war began in April, said …", read with "The RSF" a second subject
    /// of the marked clause ("began", which has its own after "since"): a subject before the clause's mark is the
    /// subject of the verb the clause adjoins, when that verb has none, and the clause right after the subject's
    /// relative clause is the relative clause's.
    /// </summary>
    private static bool SubjectBeforeAMarkedClause(SentenceParse parse, SyntaxWord w) => w.Relation == "nsubj" && w.Upos is "PROPN" or "NOUN" && SubjectBeforeAMarkedClauseRest(parse, w);

    /// <summary>The rest of <see cref="SubjectBeforeAMarkedClause"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectBeforeAMarkedClauseRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB", Relation: "advcl" } marked || parse.ChildrenOf(marked, "mark").FirstOrDefault() is not { } mark || mark.Index < w.Index
            || !parse.ChildrenOf(marked, "nsubj").Any(n => n.Index > mark.Index) || parse.HeadOf(marked) is not { Upos: "VERB" } main || main.Index < marked.Index
            || parse.ChildrenOf(main).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        main.Adopt(w, marked, "nsubj");
        // The marked clause right after the subject's relative clause, before its closing comma, is that clause's.
        if (parse.ChildrenOf(w, "acl:relcl").FirstOrDefault() is { } relative && parse.LastWordOf(relative).Index + 1 == parse.FirstWordOf(marked).Index)
            relative.Adopt(marked, main, "advcl");
        return true;
    }

    /// <summary>
    /// "Germany plans to send tanks to Ukraine", read with "plans" a plural noun and the subject of "send": an infinitive
    /// with "to" takes no subject, so a plural right before that "to", with a name or noun right before it and nothing
    /// after it, is the present-tense verb when it is one of the verbs of intent spelled like a plural noun; the name is
    /// its subject and the infinitive its complement (not "U.S. threats to attack Iran", which the parser may read the
    /// same way).
    /// </summary>
    private static bool PluralReadAsTheSubjectOfAnInfinitive(SentenceParse parse, SyntaxWord w) =>
        w is { Xpos: "NNS", Relation: "nsubj" } && IntentsSpelledAsPlurals.Contains(w.Form) && w.Index + 1 < parse.Words.Count
        && parse.Words[w.Index + 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase) && PluralReadAsTheSubjectOfAnInfinitiveRest(parse, w);

    /// <summary>English verbs taking an infinitive of what the subject means to do whose third person is also a plural noun.</summary>
    private static readonly HashSet<string> IntentsSpelledAsPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "plans", "aims", "hopes", "vows", "pledges", "promises", "offers", "wants", "needs", "wishes", "moves", "bids", "attempts",
    };

    /// <summary>The rest of <see cref="PluralReadAsTheSubjectOfAnInfinitive"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PluralReadAsTheSubjectOfAnInfinitiveRest(SentenceParse parse, SyntaxWord w)
    {
        var to = parse.Words[w.Index + 1];
        if (parse.HeadOf(w) is not { Upos: "VERB", Xpos: "VB" } infinitive || to.Head != infinitive.Index || to.Relation != "mark"
            || parse.ChildrenOf(w).Any(c => c.Index > w.Index)
            || parse.ChildrenOf(w).LastOrDefault() is not { Relation: "compound", Upos: "PROPN" or "NOUN" } subject || subject.Index != w.Index - 1)
            return false;
        foreach (var c in parse.ChildrenOf(w).Where(c => c != subject).ToList())
            subject.Adopt(c, w, c.Relation);
        var relation = infinitive.Relation;
        if (parse.HeadOf(infinitive) is { } above)
        {
            above.Adopt(w, infinitive, relation);
            w.Adopt(infinitive, above, "xcomp");
        }
        else
        {
            w.BecomeRoot(infinitive);
            w.Adopt(infinitive, infinitive, "xcomp");
        }

        w.Adopt(subject, w, "nsubj");
        foreach (var c in parse.ChildrenOf(infinitive).Where(c => c.Index < w.Index).ToList())
            w.Adopt(c, infinitive, c.Relation);
        w.Upos = "VERB";
        w.Xpos = "VBZ";
        return true;
    }

    /// <summary>
    /// "Speaking alongside his Kenyan counterpart William Otieno, Ugandan President Joseph Okello said …", read with the
    /// counterpart's name the subject and the speaker's title and name its apposition and list: an opening participle's
    /// phrase runs up to its comma, so a name right after its last noun names that noun, and the titled name after the
    /// comma is the subject.
    /// </summary>
    private static bool NameOfAnOpeningPhraseReadAsTheSubject(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "nsubj", Upos: "PROPN" } && w.Index > 1 && NameOfAnOpeningPhraseReadAsTheSubjectRest(parse, w);

    /// <summary>The rest of <see cref="NameOfAnOpeningPhraseReadAsTheSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameOfAnOpeningPhraseReadAsTheSubjectRest(SentenceParse parse, SyntaxWord w)
    {
        var start = parse.FirstWordOf(w).Index;
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || start < 2 || parse.Words[start - 1] is not { Upos: "NOUN" } described
            || parse.ChildrenOf(verb, "advcl").FirstOrDefault(a => a.Xpos == "VBG" && parse.FirstWordOf(a).Index == 0) is not { } opening
            || !parse.Dominates(opening, described)
            || parse.ChildrenOf(w).FirstOrDefault(c => c.Relation == "list" && c.Upos == "PROPN" && c.Index > w.Index) is not { } speaker
            || !parse.Words.Skip(w.Index + 1).Take(speaker.Index - w.Index - 1).Any(x => x.Form == ","))
            return false;
        var titles = parse.ChildrenOf(w).Where(c => c.Relation == "appos" && c.Index > w.Index && c.Index < speaker.Index).ToList();
        verb.Adopt(speaker, w, "nsubj");
        foreach (var title in titles)
            speaker.Adopt(title, w, "nmod:desc");
        described.Adopt(w, verb, "appos");
        return true;
    }

    /// <summary>
    /// "A day after meeting X in Beijing, President Lula flew to Tokyo", read with the span of time the subject and the
    /// name after the comma hung on the opening clause: a span of time that opens an "after" (or "before", "since")
    /// clause says how long after, and the phrase after that clause's comma is the subject.
    /// </summary>
    private static bool SpanOfTimeReadAsTheSubject(SentenceParse parse, SyntaxWord w) =>
        w.Relation == "nsubj" && (WordLists.TimeUnits.Contains(w.Form) || MomentUnits.Contains(w.Form)) && SpanOfTimeReadAsTheSubjectRest(parse, w);

    /// <summary>The rest of <see cref="SpanOfTimeReadAsTheSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SpanOfTimeReadAsTheSubjectRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index < w.Index
            || parse.ChildrenOf(w).Concat(parse.ChildrenOf(verb)).FirstOrDefault(c => c.Relation is "acl" or "advcl" && c.Index > w.Index && c.Index < verb.Index
                && parse.ChildrenOf(c, "mark").Any(m => TimeSubordinators.Contains(m.Form))) is not { } clause)
            return false;
        // The last comma before the verb closes the clause (the clause's subtree may have taken the subject too).
        var comma = parse.Words.Take(verb.Index).LastOrDefault(x => x.Form == ",")?.Index ?? -1;
        if (comma < clause.Index)
            return false;
        // The subject: the first word after the comma whose head lies outside the words between the comma and the verb.
        var subject = parse.Words.Skip(comma + 1).Take(verb.Index - comma - 1).FirstOrDefault(x => x.Head <= comma || x.Head >= verb.Index);
        if (subject is not { Upos: "NOUN" or "PROPN" or "PRON" } || parse.HeadOf(subject) is not { } formerHead)
            return false;
        if (formerHead != verb || !subject.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            verb.Adopt(subject, formerHead, "nsubj");
        if (clause.Head == w.Index)
            verb.Adopt(clause, w, "advcl");
        w.Relation = "obl:npmod";
        return true;
    }

    /// <summary>
    /// "Its foreign minister, Karin Lund, said …", read with the title and the name two subjects of the verb: a name set off
    /// by a comma right after a title noun that is the verb's subject is that title's apposition.
    /// </summary>
    private static bool NameAfterItsTitleReadAsASecondSubject(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "nsubj", Upos: "PROPN" } && w.Index > 1 && NameAfterItsTitleReadAsASecondSubjectRest(parse, w);

    /// <summary>The rest of <see cref="NameAfterItsTitleReadAsASecondSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameAfterItsTitleReadAsASecondSubjectRest(SentenceParse parse, SyntaxWord w)
    {
        // The name's own words: the head and the parts of the name before it, not a title the parser hung on it.
        var first = w.Index;
        while (first > 0 && parse.Words[first - 1] is { Upos: "PROPN" } part && part.Head == w.Index && part.Relation is "flat" or "compound" or "nmod:desc")
            first--;
        var comma = first - 1;
        if (comma < 1 || parse.Words[comma].Form != "," || parse.HeadOf(w) is not { } verb || verb.Index < w.Index)
            return false;
        // The title hung on the verb beside the name, or on the name itself as if it were the name's subject.
        var onTheName = false;
        if (TitleBefore(parse, parse.ChildrenOf(verb, "nsubj"), w, comma) is not { } title)
        {
            if (TitleBefore(parse, parse.ChildrenOf(w, "nsubj"), w, comma) is not { } own)
                return false;
            (title, onTheName) = (own, true);
        }

        if (onTheName)
            verb.Adopt(title, w, "nsubj");
        title.Adopt(w, verb, "appos");
        return true;
    }

    /// <summary>
    /// "Federal Minister for Foreign Affairs Bilal Ahmed called on …", read with the title, its portfolio and the name as
    /// two subjects and an oblique of the verb: a title subject, then a phrase with "for" or "of" on the verb ending right
    /// before the name that is the other subject, is the name's title with its portfolio.
    /// </summary>
    private static bool TitleWithItsPortfolioReadAsASecondSubject(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "nsubj", Upos: "PROPN" } && w.Index > 2 && TitleWithItsPortfolioReadAsASecondSubjectRest(parse, w);

    /// <summary>The rest of <see cref="TitleWithItsPortfolioReadAsASecondSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool TitleWithItsPortfolioReadAsASecondSubjectRest(SentenceParse parse, SyntaxWord w)
    {
        var first = w.Index;
        while (first > 0 && parse.Words[first - 1] is { Upos: "PROPN" } part && part.Head == w.Index && part.Relation is "flat" or "compound")
            first--;
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index < w.Index
            || parse.ChildrenOf(verb, "obl").FirstOrDefault(o => parse.LastWordOf(o).Index == first - 1) is not { } portfolio
            || !parse.ChildrenOf(portfolio, "case").Any(c => c.Form is "for" or "of")
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault(t => t.Index < portfolio.Index && t.Upos is "NOUN" or "PROPN"
                && WordLists.RoleNouns.Contains(t.Form.ToLowerInvariant()) && parse.LastWordOf(t).Index + 1 == parse.FirstWordOf(portfolio).Index) is not { } title)
            return false;
        title.Adopt(portfolio, verb, "nmod");
        w.Adopt(title, verb, "nmod:desc");
        return true;
    }

    /// <summary>The title noun among the subjects, before the name, whose phrase ends at the comma before the name.</summary>
    private static SyntaxWord? TitleBefore(SentenceParse parse, IEnumerable<SyntaxWord> subjects, SyntaxWord name, int comma)
    {
        foreach (var t in subjects)
        {
            if (t.Index < name.Index && t.Upos == "NOUN" && WordLists.RoleNouns.Contains(t.Form.ToLowerInvariant())
                && parse.Subtree(t).Last(x => x.Index < comma).Index == comma - 1)
                return t;
        }

        return null;
    }

    /// <summary>
    /// "Luiz Inacio Lula da Silva met …", read with the name cut at its particle and "da Silva" a second subject: two
    /// subjects of one verb, the second right after the first's name of two words or more (a title alone may stand before
    /// a name read as the subject) with nothing between them, are one name; not a day ("Tuesday").
    /// </summary>
    private static bool NameReadAsTwoSubjects(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "nsubj", Upos: "PROPN" } && w.Index > 0 && NameReadAsTwoSubjectsRest(parse, w);

    /// <summary>The rest of <see cref="NameReadAsTwoSubjects"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameReadAsTwoSubjectsRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { } verb || verb.Index < w.Index || parse.FirstWordOf(w) != w
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault(s => s.Index < w.Index && s.Upos == "PROPN" && parse.LastWordOf(s).Index == w.Index - 1) is not { } first
            || parse.Words[w.Index - 1] is not { Relation: "flat" } before || before.Head != first.Index || WordLists.Calendar.Contains(w.Form))
            return false;
        first.Adopt(w, verb, "flat");
        foreach (var part in parse.ChildrenOf(w, "flat").ToList())
            first.Adopt(part, w, "flat");
        return true;
    }

    /// <summary>
    /// "The emir received Foreign Minister X in Doha on Sunday, a Qatari diplomat said", read with X a first subject of
    /// "said" (and "said" a conjunct of "received", or "received" its complement): a speech verb's subject before the comma
    /// that sets off its source (the subject after the comma) is the object of the verb before it that has none.
    /// </summary>
    private static bool ObjectReadAsASubjectOfTheClosingReport(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "nsubj", Upos: "PROPN" or "NOUN" } && ObjectReadAsASubjectOfTheClosingReportRest(parse, w);

    /// <summary>The rest of <see cref="ObjectReadAsASubjectOfTheClosingReport"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ObjectReadAsASubjectOfTheClosingReportRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } report || report.Index < w.Index || !WordLists.SpeechVerbs.Contains(report.Form.ToLowerInvariant())
            || parse.ChildrenOf(report, "nsubj").FirstOrDefault(n => n.Index > w.Index) is not { } source
            // The comma may hang on the source's phrase itself, or on the name's ("in Nairobi,"): it comes after the name.
            || CommaBefore(parse, source) is var comma && (comma < 0 || comma < w.Index))
            return false;
        var verb = report.Relation is "conj" or "parataxis" or "ccomp" or "advcl" && parse.HeadOf(report) is { Upos: "VERB" } governing ? governing
            : parse.ChildrenOf(report, "ccomp").FirstOrDefault(c => c.Upos == "VERB" && c.Index < w.Index);
        // The report itself may be the verb's complement ("met X in Nairobi, his office said on Wednesday").
        if (verb is null || verb.Index > w.Index || parse.ChildrenOf(verb).Any(c => c.Relation is "obj" or "nsubj:pass" or "aux:pass" or "xcomp" || c.Relation == "ccomp" && c != report))
            return false;
        verb.Adopt(w, report, "obj");
        if (parse.HeadOf(report) == verb)
            report.Relation = "parataxis";
        return true;
    }

    /// <summary>
    /// "President X welcomed Y at State House, the presidency said", "X is due to travel …, an official said", read with X a
    /// first subject of "said" and "welcomed" (or "due") its complement with none: a speech verb's subject before the
    /// complement it says, when the source is set off after a comma, is the complement's subject.
    /// </summary>
    private static bool SubjectOfTheReportReadAsTheSources(SentenceParse parse, SyntaxWord w) =>
        w.Upos == "VERB" && w.Index > 2 && WordLists.SpeechVerbs.Contains(w.Form.ToLowerInvariant()) && SubjectOfTheReportReadAsTheSourcesRest(parse, w);

    /// <summary>The rest of <see cref="SubjectOfTheReportReadAsTheSources"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectOfTheReportReadAsTheSourcesRest(SentenceParse parse, SyntaxWord report)
    {
        if (parse.ChildrenOf(report, "nsubj").ToList() is not [{ Upos: "PROPN" or "NOUN" } subject, { } source] || source.Index > report.Index
            || CommaBefore(parse, source) is var comma && comma < 0
            || parse.ChildrenOf(report, "ccomp").FirstOrDefault(c => (c.Upos == "VERB" || parse.HasChild(c, "cop") || CopulaOf(parse, c, report) is not null)
                && c.Index > subject.Index && c.Index < comma) is not { } said
            || parse.ChildrenOf(said).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "mark" or "aux:pass"))
            return false;
        said.Adopt(subject, report, "nsubj");
        // "is due": the copula the parser hung on the report is the predicate's.
        if (CopulaOf(parse, said, report) is { } copula)
            said.Adopt(copula, report, "cop");
        return true;
    }

    /// <summary>The copula right before a predicate, read as <paramref name="report"/>'s ("X is due …, an official said"), or null.</summary>
    private static SyntaxWord? CopulaOf(SentenceParse parse, SyntaxWord predicate, SyntaxWord report) =>
        predicate.Upos is "ADJ" or "NOUN" && predicate.Index > 0 && parse.Words[predicate.Index - 1] is { Relation: "cop" } copula && copula.Head == report.Index ? copula : null;

    /// <summary>
    /// "Upon arrival at Bole Airport, President Kagwe Mwangi was received by …", read with the name in apposition to the
    /// opening phrase's noun (or as its conjunct with no "and") and the verb with no subject: a name after the comma that
    /// closes an opening phrase, right before the verb (and its auxiliaries), is the verb's subject.
    /// </summary>
    private static bool SubjectReadAsTheAppositionOfAnOpeningPhrase(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "appos" or "conj", Upos: "PROPN" } && !parse.HasChild(w, "cc") && SubjectReadAsTheAppositionOfAnOpeningPhraseRest(parse, w);

    /// <summary>The rest of <see cref="SubjectReadAsTheAppositionOfAnOpeningPhrase"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectReadAsTheAppositionOfAnOpeningPhraseRest(SentenceParse parse, SyntaxWord w)
    {
        // The name's own words, without the comma it may have taken.
        var start = parse.Subtree(w).First(x => x.Upos != "PUNCT").Index;
        var end = parse.LastWordOf(w).Index;
        // The phrase's noun, or the last noun of its phrases ("Upon arrival at Bole Airport").
        var opening = parse.HeadOf(w);
        while (opening is { Relation: "nmod" or "appos" })
            opening = parse.HeadOf(opening);
        if (opening is null || !opening.Relation.StartsWith("obl", StringComparison.Ordinal) || parse.HeadOf(opening) is not { Upos: "VERB" } verb
            || start < 1 || parse.Words[start - 1].Form != "," || parse.FirstWordOf(opening).Index != 0 || verb.Index <= end
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            || parse.Words.Skip(end + 1).Take(verb.Index - end - 1).Any(x => x.Head != verb.Index || !x.Relation.StartsWith("aux", StringComparison.Ordinal)))
            return false;
        verb.Adopt(w, parse.HeadOf(w)!, parse.HasChild(verb, "aux:pass") ? "nsubj:pass" : "nsubj");
        return true;
    }

    /// <summary>
    /// "In the capital Vilnius, President X met …", read with the place's name the subject and the titled name its
    /// apposition: a name right after the noun of a place that opens the sentence with its preposition is that place's
    /// name, and the name set off after it is the subject.
    /// </summary>
    private static bool PlaceNameReadAsTheSubject(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "nsubj", Upos: "PROPN" } && w.Index > 1 && PlaceNameReadAsTheSubjectRest(parse, w);

    /// <summary>The rest of <see cref="PlaceNameReadAsTheSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PlaceNameReadAsTheSubjectRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.Words[w.Index - 1] is not { Upos: "NOUN", Relation: "obl" } place || place.Head != w.Head || !WordLists.LocationNouns.Contains(place.Form.ToLowerInvariant())
            || !parse.HasChild(place, "case") || parse.HeadOf(w) is not { } verb
            || parse.ChildrenOf(w, "appos").FirstOrDefault(a => a.Index > w.Index && CommaBefore(parse, a) > w.Index && a.Index < verb.Index) is not { } subject)
            return false;
        verb.Adopt(subject, w, "nsubj");
        place.Adopt(w, verb, "appos");
        return true;
    }

    /// <summary>
    /// "Fighting erupted between army troops and the RSF", read with the gerund an auxiliary of the verb: only auxiliaries
    /// are (be, have, do, get and the modals); an "-ing" word opening the sentence before a verb with no subject is the
    /// verb's subject, a noun.
    /// </summary>
    private static bool GerundReadAsAnAuxiliary(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Index: 0, Relation: "aux" or "aux:pass" } || !w.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Auxiliaries.Contains(w.Form.ToLowerInvariant())
            || parse.HeadOf(w) is not { Upos: "VERB" } verb || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        w.Relation = "nsubj";
        w.Upos = "NOUN";
        w.Xpos = "NN";
        return true;
    }

    /// <summary>The "-ing" forms of English auxiliaries.</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "being", "having", "doing", "getting" };
}
