using Graph.Extraction.Mentions;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Conjuncts the parser joined where English joins none (no "and", no comma), and a conjunct it hung elsewhere.
/// </summary>
internal static partial class ParseRepair
{
    /// <summary>
    /// "X, Italy's foreign minister, and his Egyptian counterpart, Y, met", read with the counterpart a "list" item of
    /// the first: a list has no joiner, so an item with its own "and" or "or" is a conjunct.
    /// </summary>
    private static bool ListItemWithAJoiner(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "list" && parse.ChildrenOf(w, "cc").Any(c => c.Form is "and" or "or" && c.Index < w.Index))
            w.Relation = "conj";
        return false;
    }

    /// <summary>
    /// "approved a loan to Pakistan, and Japan donated $3 million", read with Japan a conjunct of Pakistan and "donated"
    /// a verb with no subject: a name joined by "and" right before a finite verb that lacks a subject is that verb's
    /// subject, and the verb a clause joined to the first.
    /// </summary>
    private static bool SubjectOfAJoinedClauseReadAsAConjunct(SentenceParse parse, SyntaxWord w) =>
        w is { Upos: "VERB", Xpos: "VBD" or "VBZ" or "VBP", Relation: "conj" or "advcl" } && w.Index >= 3 && SubjectOfAJoinedClauseReadAsAConjunctRest(parse, w);

    /// <summary>The rest of <see cref="SubjectOfAJoinedClauseReadAsAConjunct"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectOfAJoinedClauseReadAsAConjunctRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "aux" or "aux:pass" or "mark" || c.Index < w.Index && c.Relation == "cc"))
            return false;
        var noun = parse.Words[w.Index - 1];
        while (parse.HeadOf(noun) is { } up && noun.Relation is "flat" or "compound" && up.Index < w.Index && up.Index > noun.Index - 4)
            noun = up;
        // "and South Korea pledged", read with "Korea" a second word of the phrase before: the name's last part.
        var split = noun is { Upos: "PROPN", Relation: "appos" or "conj" } && !parse.ChildrenOf(noun).Any() && parse.Words[noun.Index - 1] is { Upos: "PROPN", Relation: "conj" } opener
            && opener.Head == noun.Head ? noun : null;
        if (split is not null)
            noun = parse.Words[noun.Index - 1];
        if (noun is not { Upos: "PROPN", Relation: "conj" } || parse.ChildrenOf(noun, "cc").FirstOrDefault(c => c.Form is "and" or "but") is not { } joiner
            || (split ?? parse.LastWordOf(noun)).Index != w.Index - 1 || parse.HeadOf(noun) is not { } first || first.Index > noun.Index)
            return false;
        var main = first;
        while (main.Upos != "VERB" && parse.HeadOf(main) is { } above)
            main = above;
        if (main.Upos != "VERB" || main.Index > noun.Index)
            return false;
        if (w.Head != main.Index)
            main.Adopt(w, parse.HeadOf(w)!, "conj");
        if (split is not null)
            noun.Adopt(split, first, "flat");
        w.Adopt(noun, first, "nsubj");
        w.Adopt(joiner, noun, "cc");
        return true;
    }

    /// <summary>
    /// "sanctions Friday on 40 officials", read as conjuncts: a conjunct with a preposition its first lacks,
    /// and no "and" or comma before it, is what the first is about.
    /// </summary>
    private static bool ConjunctWithItsOwnPreposition(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "conj" && w.Upos is "NOUN" or "PROPN" && parse.HeadOf(w) is { Upos: "NOUN" } conjoinedNoun
            && conjoinedNoun.Index < w.Index && !parse.HasChild(w, "cc") && !AfterComma(parse, w)
            && parse.ChildrenOf(w, "case").Any(c => c.Upos == "ADP") && !parse.HasChild(conjoinedNoun, "case"))
            w.Relation = "nmod";

        return false;
    }

    /// <summary>
    /// "Clashes between the army and the RSF killed dozens", read with "the RSF" a second subject of the verb and "and"
    /// the verb's: "between" takes two, so the phrase after the "and" that closes the one "between" opens is its conjunct.
    /// </summary>
    private static bool SecondOfBetweenHungElsewhere(SentenceParse parse, SyntaxWord w) =>
        w.Relation is "nmod" or "obl" && w.Upos is "NOUN" or "PROPN" && SecondOfBetweenHungElsewhereRest(parse, w);

    /// <summary>The rest of <see cref="SecondOfBetweenHungElsewhere"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SecondOfBetweenHungElsewhereRest(SentenceParse parse, SyntaxWord w)
    {
        if (!parse.ChildrenOf(w, "case").Any(c => c.Form.Equals("between", StringComparison.OrdinalIgnoreCase)) || parse.HasChild(w, "conj"))
            return false;
        var end = parse.LastWordOf(w).Index;
        if (end + 2 >= parse.Words.Count || parse.Words[end + 1] is not { Form: "and" } and || parse.HeadOf(and) is not { } andHead || parse.Dominates(w, and))
            return false;
        // The phrase after "and": its head is the word of it whose head lies outside it.
        var second = parse.Words[end + 2];
        while (parse.HeadOf(second) is { } up && up.Index > end + 1 && up.Index < parse.Words.Count && parse.FirstWordOf(up).Index >= end + 2)
            second = up;
        if (second.Upos is not ("NOUN" or "PROPN") || parse.HeadOf(second) is not { } secondHead || parse.Dominates(second, w) || parse.Dominates(w, second))
            return false;
        w.Adopt(second, secondHead, "conj");
        second.Adopt(and, andHead, "cc");
        return true;
    }

    /// <summary>
    /// "Ana Ruiz of Chile and Luis Vega of Peru", read with Vega a conjunct of Chile: a conjunct with a phrase of the
    /// same preposition as the one it is joined to is parallel to that phrase's owner (Ruiz), not to its object.
    /// </summary>
    private static bool ConjunctParallelToItsOwner(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "conj" || w.Upos is not ("NOUN" or "PROPN") || parse.HeadOf(w) is not { Relation: "nmod" } inner
            || parse.HeadOf(inner) is not { Upos: "NOUN" or "PROPN" } owner || owner.Index > inner.Index
            || parse.HasChild(w, "case") || parse.ChildrenOf(inner, "case").FirstOrDefault(c => c.Upos == "ADP") is not { } preposition
            || !HasPhraseOf(parse, w, preposition.Form))
            return false;
        owner.Adopt(w, inner, "conj");
        return true;
    }

    /// <summary>Whether a phrase after the word, hung on it, opens with the preposition (a loop: the repairs run on every word, and a lambda here would allocate on every call).</summary>
    private static bool HasPhraseOf(SentenceParse parse, SyntaxWord w, string preposition)
    {
        foreach (var phrase in parse.ChildrenOf(w, "nmod"))
        {
            if (phrase.Index < w.Index)
                continue;
            foreach (var mark in parse.ChildrenOf(phrase, "case"))
            {
                if (mark.Upos == "ADP" && string.Equals(mark.Form, preposition, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "was received by President X at King Manco International Airport", read with the airport in apposition to the name:
    /// an apposition takes no preposition, so a phrase with one of place or time ("at", "in", "on") is the verb's oblique.
    /// </summary>
    private static bool PlaceReadAsAnApposition(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Relation: "appos", Upos: "NOUN" or "PROPN" } || parse.ChildrenOf(w, "case").FirstOrDefault() is not { Upos: "ADP", Form: "at" or "in" or "on" } preposition
            || preposition.Index > w.Index || parse.HasChild(w, "cop") || parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            || parse.HeadOf(w) is not { } described || described.Index > w.Index || VerbOfTheNoun(parse, w) is not { } verb)
            return false;
        verb.Adopt(w, described, "obl");
        return true;
    }

    /// <summary>
    /// "Chinese FM Zhao Lin, Australian counterpart Grace Whitfield hold talks", a headline read with the second name in
    /// apposition to the first: a verb in the plural present with one name as its subject agrees with two, so the name
    /// after the comma is the subject's conjunct (a headline joins names with a comma).
    /// </summary>
    private static bool ConjunctReadAsAnAppositionOfAPluralSubject(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Relation: "appos", Upos: "NOUN" or "PROPN" } || !AfterComma(parse, w) || parse.HeadOf(w) is not { Relation: "nsubj", Upos: "PROPN" } subject
            || parse.HeadOf(subject) is not { Upos: "VERB", Xpos: "VBP" or "VB" } verb || verb.Index < w.Index
            || parse.ChildrenOf(verb).Any(c => c.Relation is "aux" or "mark" or "aux:pass") || parse.Subtree(w).Any(x => x.Form == "," && x.Index > w.Index))
            return false;
        w.Relation = "conj";
        return true;
    }

    /// <summary>
    /// "met Lars Berg, Kofi Mensah and Ida Holm", read with the second name in apposition to the first and the third its
    /// conjunct: a bare name after a comma whose own conjunct a joiner opens is an item of a list of names, so it and
    /// its conjuncts are the first name's conjuncts (UD: a list's conjuncts hang on its first member).
    /// </summary>
    private static bool ListOfNamesReadAsAnApposition(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "appos", Upos: "PROPN" } && ListOfNamesReadAsAnAppositionRest(parse, w);

    /// <summary>The rest of <see cref="ListOfNamesReadAsAnApposition"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ListOfNamesReadAsAnAppositionRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "PROPN" } first || first.Index > w.Index || !AfterComma(parse, w)
            || parse.ChildrenOf(w).Any(c => c.Relation is "det" or "case" or "nmod:poss" or "amod"))
            return false;
        var items = parse.ChildrenOf(w, "conj").Where(c => c.Upos == "PROPN").ToList();
        if (!items.Exists(c => parse.ChildrenOf(c, "cc").Any(j => j.Form is "and" or "or")))
            return false;
        w.Relation = "conj";
        foreach (var item in items)
            first.Adopt(item, w, "conj");
        return true;
    }

    /// <summary>
    /// "The United States, Britain and Australia announced …", read with Australia a conjunct of Britain: the conjuncts of
    /// a list all hang on its first member (UD), so each side of a list is found among the first one's conjuncts.
    /// </summary>
    private static bool ConjunctOfAConjunct(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Relation: "conj", Upos: "NOUN" or "PROPN" } || parse.HeadOf(w) is not { Relation: "conj", Upos: "NOUN" or "PROPN" } previous
            || parse.HeadOf(previous) is not { Upos: "NOUN" or "PROPN" } first || first.Index > previous.Index || previous.Index > w.Index
            || parse.LastWordOf(previous).Index > w.Index)
            return false;
        first.Adopt(w, previous, "conj");
        return true;
    }

    /// <summary>The verb a noun is an argument of, through the nouns it modifies ("held talks with the leader, X, in …").</summary>
    private static SyntaxWord? VerbOfTheNoun(SentenceParse parse, SyntaxWord noun)
    {
        var up = parse.HeadOf(noun);
        for (var steps = 0; up is { Upos: "NOUN" or "PROPN" } && steps < 3; steps++)
            up = parse.HeadOf(up);
        return up is { Upos: "VERB" } ? up : null;
    }

    /// <summary>
    /// "forced the UN refugee agency, UNHCR, out of the country", read with the country a conjunct of the agency: a
    /// phrase with a preposition of its own after the comma that closes the noun's apposition is the verb's oblique. So
    /// also read as a second apposition ("met her counterpart, Andre Young, in Belize City"): an apposition has no preposition.
    /// </summary>
    private static bool ObliqueAfterAnApposition(SentenceParse parse, SyntaxWord w) => w.Relation is "conj" or "appos" && w.Upos is "NOUN" or "PROPN" && ObliqueAfterAnAppositionRest(parse, w);

    /// <summary>The rest of <see cref="ObliqueAfterAnApposition"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ObliqueAfterAnAppositionRest(SentenceParse parse, SyntaxWord w)
    {
        // A second apposition may hang on the first ("her counterpart, Andre Young, in Belize City"), and its preposition on
        // a compound of the name.
        var noun = parse.HeadOf(w);
        while (w.Relation == "appos" && noun is { Relation: "appos" } && parse.HeadOf(noun) is { Upos: "NOUN" or "PROPN" } described)
            noun = described;
        var preposition = parse.ChildrenOf(w, "case").FirstOrDefault(c => c.Upos == "ADP")
            ?? (w.Relation == "appos" && parse.Subtree(w).FirstOrDefault(x => x.Upos != "PUNCT") is { Upos: "ADP", Relation: "case" } opening && parse.HeadOf(opening) is { Relation: "compound" } ? opening : null);
        if (noun is not { Upos: "NOUN" or "PROPN" } || noun.Index > w.Index || w.Relation == "appos" && !AfterComma(parse, w)
            || parse.HasChild(w, "cc") || preposition is null || parse.HasChild(noun, "case")
            || !parse.Words.Any(a => a.Relation == "appos" && a != w && a.Index < w.Index && parse.Dominates(noun, a)) || VerbOfTheNoun(parse, noun) is not { } verb)
            return false;
        if (preposition.Head != w.Index)
            w.Adopt(preposition, parse.HeadOf(preposition)!, "case");
        var former = parse.HeadOf(w)!;
        verb.Adopt(w, former, "obl");
        // The verb's other adjuncts after it, hung on the same word ("…, at a ceremony in Washington Monday").
        foreach (var later in parse.ChildrenOf(former).Where(c => c.Index > w.Index && c.Relation.StartsWith("obl", StringComparison.Ordinal)).ToList())
            verb.Adopt(later, former, later.Relation);
        return true;
    }

    /// <summary>
    /// "Ana Ruiz of Chile and Luis Vega of Peru", read with "Luis" a conjunct of Chile and "Vega" a modifier of Ruiz
    /// with no preposition: two proper nouns side by side, the second hung back over the first, are one name; its
    /// phrases are the whole name's, which then takes its place as a conjunct (<see cref="ConjunctParallelToItsOwner"/>).
    /// </summary>
    private static bool NamePartHungOnAnEarlierName(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "PROPN" || w.Relation is not ("nmod" or "obj" or "dep") || w.Index < 1
            || parse.HeadOf(w) is not { Upos: "PROPN" } earlier || parse.Words[w.Index - 1] is not { Upos: "PROPN", Relation: "conj" } first
            || earlier.Index >= first.Index || parse.HasChild(w, "case") || parse.FirstWordOf(w) != w
            || parse.Dominates(w, first) || parse.LastWordOf(first) != first)
            return false;
        first.Adopt(w, earlier, "flat");
        foreach (var phrase in parse.ChildrenOf(w, "nmod").ToList())
            first.Adopt(phrase, w, "nmod");
        ConjunctParallelToItsOwner(parse, first);
        return true;
    }

    /// <summary>
    /// "received his counterpart, Faure Adjo, in Accra", read with Accra a modifier of the apposed name: a phrase with
    /// a preposition after the comma that closes an apposition is the verb's oblique, as for a conjunct
    /// (<see cref="ObliqueAfterAnApposition"/>). Read as an unmarked modifier with its preposition, the same.
    /// </summary>
    private static bool PhraseAfterAClosedApposition(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is not ("nmod" or "nmod:unmarked") || w.Upos is not ("NOUN" or "PROPN") || parse.HeadOf(w) is not { Relation: "appos", Upos: "PROPN" } apposed
            || apposed.Index > w.Index || !AfterComma(parse, w) || !parse.ChildrenOf(w, "case").Any(c => c.Upos == "ADP")
            || parse.HeadOf(apposed) is not { } noun || parse.HeadOf(noun) is not { Upos: "VERB" } verb)
            return false;
        verb.Adopt(w, apposed, "obl");
        return true;
    }

    /// <summary>
    /// "Ana Ruiz and Luis Vega held talks", read with "Luis" a conjunct of "Ruiz": a part of a name has no conjuncts of
    /// its own, so the conjunct is the whole name's.
    /// </summary>
    private static bool ConjunctOfANamePart(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "conj" || parse.HeadOf(w) is not { Relation: "flat" } part || parse.HeadOf(part) is not { } name)
            return false;
        name.Adopt(w, part, "conj");
        return false;
    }

    /// <summary>
    /// "India's External Affairs Minister and his Chinese counterpart held a meeting", read with "Minister" the subject of
    /// "counterpart" (the "and" on the counterpart) and "Affairs" a second subject of the verb: a noun with no copula has
    /// no subject, so the word before the "and" is the verb's subject and the noun after it its conjunct; a capitalised
    /// noun right before it, also read as the verb's subject, is part of its title (with the title's possessor).
    /// </summary>
    private static bool SubjectOfANounBeforeItsJoiner(SentenceParse parse, SyntaxWord w) => w.Relation == "nsubj" && w.Upos is "PROPN" or "NOUN" && SubjectOfANounBeforeItsJoinerRest(parse, w);

    /// <summary>The rest of <see cref="SubjectOfANounBeforeItsJoiner"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectOfANounBeforeItsJoinerRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj" || w.Upos is not ("PROPN" or "NOUN") || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } partner
            || partner.Index < w.Index || !partner.Relation.StartsWith("nsubj", StringComparison.Ordinal) || parse.HeadOf(partner) is not { } verb
            || parse.ChildrenOf(partner).Any(c => c.Relation == "cop")
            || !parse.ChildrenOf(partner, "cc").Any(c => c.Index > w.Index && c.Index < partner.Index))
            return false;
        verb.Adopt(w, partner, partner.Relation);
        w.Adopt(partner, verb, "conj");
        if (w.Index > 0 && parse.Words[w.Index - 1] is { Upos: "NOUN" or "PROPN" } before && before.Head == verb.Index
            && before.Relation.StartsWith("nsubj", StringComparison.Ordinal) && char.IsUpper(before.Form[0]))
        {
            w.Adopt(before, verb, "compound");
            foreach (var owner in parse.ChildrenOf(before, "nmod:poss").ToList())
                w.Adopt(owner, before, "nmod:poss");
        }

        return true;
    }

    /// <summary>
    /// "The Iranian foreign minister, Abbas Araghchi, and his Omani counterpart discussed …", read with the counterpart a
    /// second subject of the verb carrying the "and": a subject whose phrase opens with "and" (or a comma and "and") after
    /// another subject of the same verb is that one's conjunct.
    /// </summary>
    private static bool SecondSubjectWithItsJoiner(SentenceParse parse, SyntaxWord w) => w.Relation == "nsubj" && w.Upos is "PROPN" or "NOUN" && SecondSubjectWithItsJoinerRest(parse, w);

    /// <summary>The rest of <see cref="SecondSubjectWithItsJoiner"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SecondSubjectWithItsJoinerRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj" || w.Upos is not ("PROPN" or "NOUN") || parse.HeadOf(w) is not { } verb || verb.Index < w.Index
            || parse.ChildrenOf(verb, "nsubj").LastOrDefault(n => n.Index < w.Index) is not { } first)
            return false;
        var opening = parse.Subtree(w).SkipWhile(x => x.Form == ",").FirstOrDefault();
        if (opening is not { Upos: "CCONJ" } || parse.HeadOf(opening) != w || parse.LastWordOf(first).Index >= opening.Index)
            return false;
        first.Adopt(w, verb, "conj");
        return true;
    }

    /// <summary>
    /// "Prime Minister Ana Ruiz and King Luis Vega discussed …", read with the second name a part of the first (flat), the
    /// "and" hung on its title: a name part is never joined by "and", so a name whose phrase opens with one is the
    /// first name's conjunct, the "and" its joiner.
    /// </summary>
    private static bool NamePartAfterAnd(SentenceParse parse, SyntaxWord w) => w.Relation == "flat" && w.Upos == "PROPN" && NamePartAfterAndRest(parse, w);

    /// <summary>The rest of <see cref="NamePartAfterAnd"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NamePartAfterAndRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "flat" || w.Upos != "PROPN" || parse.HeadOf(w) is not { Upos: "PROPN" } name || name.Index > w.Index)
            return false;
        var opening = parse.FirstWordOf(w);
        if (opening.Upos != "CCONJ" || opening.Index <= name.Index || parse.Words.Skip(name.Index + 1).Take(opening.Index - name.Index - 1).Any(x => !parse.Dominates(name, x) || parse.Dominates(w, x)))
            return false;
        w.Relation = "conj";
        w.Adopt(opening, parse.HeadOf(opening)!, "cc");
        return true;
    }

    /// <summary>
    /// "Lebanon's caretaker prime minister met …", read with Lebanon the possessor of "caretaker", a modifier of
    /// "minister": a possessor owns the whole phrase it opens, so it hangs on the noun its modifier describes, when
    /// only modifiers stand between them.
    /// </summary>
    private static bool PossessorOfAModifier(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "nmod:poss" && parse.HeadOf(w) is { Relation: "amod" or "compound" } modifier && modifier.Index > w.Index
            && parse.HeadOf(modifier) is { Upos: "NOUN" or "PROPN" } noun && noun.Index > modifier.Index && OnlyModifiersBetween(parse, modifier, noun))
            noun.Adopt(w, modifier, "nmod:poss");
        return false;
    }

    private static bool OnlyModifiersBetween(SentenceParse parse, SyntaxWord first, SyntaxWord last)
    {
        for (var i = first.Index + 1; i < last.Index; i++)
        {
            if (parse.Words[i].Relation is not ("amod" or "compound"))
                return false;
        }

        return true;
    }

    /// <summary>
    /// "Chile's Ana Ruiz and Peru's Luis Vega discussed", read with the possessors hung on the verb: a verb owns nothing,
    /// so a possessor owns the word right after its "'s" (the rest of the possessive phrase is then mended as for any
    /// possessor).
    /// </summary>
    private static bool PossessorOfAVerb(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "nmod:poss" && parse.HeadOf(w) is { Upos: "VERB" } verb
            && parse.ChildrenOf(w, "case").FirstOrDefault(IsPossessiveMark) is { } mark && mark.Index + 1 < parse.Words.Count
            && parse.Words[mark.Index + 1] is { Upos: "NOUN" or "PROPN" } owned && !parse.Dominates(w, owned))
            owned.Adopt(w, verb, "nmod:poss");
        return false;
    }

    /// <summary>
    /// "Chile's Ana Ruiz and Peru's Luis Vega met", read with Ruiz the possessor of Vega and Peru a conjunct of Ruiz
    /// carrying the second "'s": a possessive right after a conjunct is that conjunct's, and the name it owns is the
    /// first name's conjunct, not what the first owns. Not "India and Pakistan's relations" (a common noun owned
    /// jointly).
    /// </summary>
    private static bool SecondPossessorReadAsConjunct(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nmod:poss" || parse.HeadOf(w) is not { } owned || owned.Index < w.Index || owned.Relation is "compound" or "flat" or "nmod:poss")
            return false;
        return JoinSecondPossessor(parse, w, owned, parse.HeadOf(owned));
    }

    /// <summary>
    /// "Kofi Mensah and Togo's Luis Vega attended", read with Togo a conjunct of Mensah carrying the "'s" and Vega a loose
    /// part of the first name (list, appos, dep), with the first name's phrase a compound of Vega, or with both
    /// names in one place of the verb (two subjects): the
    /// possessive is Togo's, and the name after it the first name's conjunct.
    /// </summary>
    private static bool SecondPossessorHungOnTheFirstName(SentenceParse parse, SyntaxWord mark)
    {
        if (mark.Relation != "case" || !IsPossessiveMark(mark) || mark.Index < 1 || mark.Index + 1 >= parse.Words.Count
            || parse.HeadOf(mark) is not { Upos: "PROPN" } holder || parse.Words[mark.Index - 1] is not { Upos: "PROPN", Relation: "conj" } second
            || parse.Words[mark.Index + 1] is not { Upos: "PROPN" } owned)
            return false;
        var first = holder;
        while (first.Relation is "flat" or "compound" && parse.HeadOf(first) is { Upos: "PROPN" } whole && whole.Index < first.Index)
            first = whole;
        if (second.Head != holder.Index && second.Head != first.Index)
            return false;
        if (owned.Relation is "list" or "appos" or "dep" && owned.Head >= 0 && owned.Head <= mark.Index && (owned.Head == first.Index || owned.Head == holder.Index))
        {
            first.Adopt(owned, parse.HeadOf(owned)!, "conj");
        }
        else if (PhraseHungOn(parse, first, owned) is { } top)
        {
            // The phrase of the first name takes the place the parser gave the second.
            if (parse.HeadOf(owned) is { } governor)
                governor.Adopt(top, owned, owned.Relation);
            else
                top.BecomeRoot(owned);
            first.Adopt(owned, parse.HeadOf(owned) ?? owned, "conj");
        }
        else if (owned.Head >= 0 && AncestorUnder(parse, first, owned.Head, owned.Index) is { } sibling && sibling.Relation == owned.Relation)
        {
            // The first name's phrase and the second name read as two subjects (or objects) of one verb.
            first.Adopt(owned, parse.HeadOf(owned)!, "conj");
        }
        else
        {
            return false;
        }

        second.Adopt(mark, holder, "case");
        owned.Adopt(second, parse.HeadOf(second)!, "nmod:poss");
        foreach (var joiner in parse.ChildrenOf(second, "cc").ToList())
            owned.Adopt(joiner, second, "cc");
        return true;
    }

    /// <summary>
    /// The word of the phrase before <paramref name="owned"/> that holds <paramref name="first"/> and is hung on it as a
    /// modifier ("Ana" of "President Ana Ruiz and Peru's Luis", "Talks" of "Talks between Chile's Ana Ruiz and Peru's
    /// Luis"); null when the first name is not inside such a phrase.
    /// </summary>
    private static SyntaxWord? PhraseHungOn(SentenceParse parse, SyntaxWord first, SyntaxWord owned) =>
        AncestorUnder(parse, first, owned.Index, owned.Index) is { Relation: "compound" or "nmod:desc" or "flat" } top ? top : null;

    /// <summary>
    /// The word or the word above it that hangs on <paramref name="head"/>, all of the way up before
    /// <paramref name="before"/>; null when there is none (no further than the sentence is long: an earlier repair may
    /// have left a cycle, which <see cref="Apply"/> undoes).
    /// </summary>
    private static SyntaxWord? AncestorUnder(SentenceParse parse, SyntaxWord word, int head, int before)
    {
        var at = word;
        for (var step = 0; at is not null && at.Index < before && step < parse.Words.Count; step++, at = parse.HeadOf(at))
        {
            if (at.Head == head)
                return at;
        }

        return null;
    }

    /// <summary>
    /// Where a name's phrase ends in a conjunct name with the "'s" (hung on the first name) right after it, and a name
    /// follows: the conjunct owns that name, which joins the first (taking the place <paramref name="governor"/> gives
    /// it). Whether it did.
    /// </summary>
    private static bool JoinSecondPossessor(SentenceParse parse, SyntaxWord w, SyntaxWord owned, SyntaxWord? governor)
    {
        if (w.Upos != "PROPN" || owned.Upos != "PROPN")
            return false;
        var second = parse.ChildrenOf(w, "conj").FirstOrDefault(c => c.Upos == "PROPN" && c.Index + 1 < parse.Words.Count
            && parse.Words[c.Index + 1] is { Relation: "case" } mark && IsPossessiveMark(mark) && mark.Head == w.Index);
        if (second is null)
            return false;
        var relation = owned.Relation == "nmod:poss" ? w.Relation : owned.Relation;
        second.Adopt(parse.Words[second.Index + 1], w, "case");
        owned.Adopt(second, w, "nmod:poss");
        foreach (var joiner in parse.ChildrenOf(second, "cc").ToList())
            owned.Adopt(joiner, second, "cc");
        if (governor is null)
            w.BecomeRoot(owned);
        else if (w.Head != governor.Index)
            governor.Adopt(w, parse.HeadOf(w)!, relation);
        w.Relation = relation;
        w.Adopt(owned, governor ?? w, "conj");
        return true;
    }

    /// <summary>
    /// "Ana Ruiz and her Chilean counterpart Luis Vega met", read with the first name a compound of the second (or both
    /// subjects) and the counterpart a conjunct of the first: the first name heads the phrase, the conjunct is its
    /// partner, and the name right after the conjunct is that partner's apposition, as after a comma.
    /// </summary>
    private static bool CompoundWithAConjunct(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "PROPN" || parse.ChildrenOf(w, "conj").FirstOrDefault(c => c.Upos == "NOUN") is not { } partner
            || parse.LastWordOf(partner).Index + 1 is var next && next >= parse.Words.Count
            || parse.Words[next] is not { Upos: "PROPN" } name)
            return false;
        // The name's own head: "Ana" in "Ana Ruiz" may be read as a compound of "Ruiz".
        while (name.Relation is "compound" or "flat" && parse.HeadOf(name) is { Upos: "PROPN" } whole && whole.Index > name.Index)
            name = whole;
        if (parse.HeadOf(name) is not { } governor)
            return false;
        if (parse.HeadOf(w) == name)
        {
            governor.Adopt(w, name, name.Relation);
            partner.Adopt(name, governor, "appos");
            return true;
        }

        // Read as two subjects (or objects) of one verb; or with the first name a bare oblique of the verb whose subject
        // the second is ("Foreign Minister X and his Indian counterpart Y exchanged views").
        if (parse.HeadOf(w) != governor || name.Relation != w.Relation && !(name.Relation == "nsubj" && w.Relation is "obl" or "obl:unmarked" && !parse.HasChild(w, "case")))
            return false;
        w.Relation = name.Relation;
        partner.Adopt(name, governor, "appos");
        return true;
    }

    /// <summary>
    /// "The G7 leaders, meeting in Italy, agreed …", read with "meeting" a noun joined to the subject without "and": a
    /// word in "-ing" set off by commas right after a noun, joined by no "and", is a participle modifying that noun.
    /// </summary>
    private static bool ParticipleBetweenCommas(SentenceParse parse, SyntaxWord w) => w.Relation == "conj" && w.Upos == "NOUN" && ParticipleBetweenCommasRest(parse, w);

    /// <summary>The rest of <see cref="ParticipleBetweenCommas"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ParticipleBetweenCommasRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "conj" || w.Upos != "NOUN" || !w.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || parse.HasChild(w, "cc")
            || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } noun || noun.Index > w.Index
            || w.Index < 1 || parse.Words[w.Index - 1].Form != "," || parse.Subtree(noun).Last(x => x.Index < w.Index - 1).Index != w.Index - 2
            || !BeforeComma(parse, w) || parse.ChildrenOf(w).Any(c => c.Relation is "det" or "nmod:poss" or "amod"))
            return false;
        w.Upos = "VERB";
        w.Xpos = "VBG";
        w.Relation = "acl";
        foreach (var c in parse.ChildrenOf(w).Where(c => c.Relation == "nmod").ToList())
            c.Relation = "obl";
        return true;
    }

    /// <summary>
    /// "met X on Monday and Y on Tuesday", read with Y a conjunct of the day: a name is no conjunct of a day; with the
    /// verb's second object and time left out (gapping), it joins the verb's object (also where the day hangs on that object).
    /// </summary>
    private static bool NameJoinedToADay(SentenceParse parse, SyntaxWord w) => w.Relation == "conj" && w.Upos == "PROPN" && NameJoinedToADayRest(parse, w);

    /// <summary>The rest of <see cref="NameJoinedToADay"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameJoinedToADayRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "conj" || w.Upos != "PROPN" || WordLists.Calendar.Contains(w.Form) || parse.HeadOf(w) is not { } day || !WordLists.Calendar.Contains(day.Form))
            return false;
        // "travelled to Togo on Sunday and to Benin on Tuesday": a name with its own preposition joins the verb's phrase
        // of the same preposition.
        var own = parse.ChildrenOf(w, "case").FirstOrDefault();
        var first = day.Relation is "obl" or "obl:tmod" or "obl:unmarked" && parse.HeadOf(day) is { Upos: "VERB" } verb
            ? own is null ? parse.ChildrenOf(verb, "obj").FirstOrDefault(o => o.Index < day.Index)
                : parse.ChildrenOf(verb, "obl").FirstOrDefault(o => o.Index < day.Index && o != day && HasCase(o, own.Form))
            : day.Relation == "nmod" && parse.HeadOf(day) is { Relation: "obj" } o && o.Index < day.Index ? o : null;
        if (first is null)
            return false;
        first.Adopt(w, day, "conj");
        return true;
    }

    /// <summary>
    /// "signed by Nigeria's oil minister, X, and Ghana's energy minister, Y", read with the second minister a conjunct of
    /// "and": a joiner heads nothing, so the conjunct joins the phrase the joiner follows (up from a name in apposition
    /// to it), and the joiner marks the conjunct.
    /// </summary>
    private static bool ConjunctOfAJoiner(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "conj" || parse.HeadOf(w) is not { Upos: "CCONJ" } joiner || joiner.Index > w.Index || parse.HeadOf(joiner) is not { } first)
            return false;
        while (first.Relation is "flat" or "appos" && parse.HeadOf(first) is { Upos: "NOUN" or "PROPN" } up && up.Index < first.Index)
            first = up;
        if (first.Index > joiner.Index || parse.Dominates(w, first))
            return false;
        first.Adopt(w, joiner, "conj");
        w.Adopt(joiner, parse.HeadOf(joiner)!, "cc");
        return true;
    }

    /// <summary>
    /// "met President X, the summit's host, and President Y on Saturday", read with Y hung on "and", or on the day that
    /// "and" joins: a name right after a joiner that hangs on a later word, the name itself a subject or object of
    /// what can have none (a joiner or a noun), is the conjunct of the phrase before the joiner (up from an apposition),
    /// and the joiner and its comma are the name's.
    /// </summary>
    private static bool NameHungOnALaterJoiner(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos is not ("NOUN" or "PROPN") || w.Relation is not ("nsubj" or "obj" or "dep") || parse.HeadOf(w) is not { Upos: "CCONJ" or "NOUN" or "PROPN" } head
            || parse.HasChild(head, "cop") || parse.FirstWordOf(w).Index is var start && start < 2 || parse.Words[start - 1] is not { Upos: "CCONJ" } joiner
            || parse.HeadOf(joiner) is not { } later || later == w || later.Index < w.Index)
            return false;
        var before = joiner.Index - 1;
        if (parse.Words[before].Form == ",")
            before--;
        if (before < 0 || parse.Words[before] is not { Upos: "NOUN" or "PROPN" } first)
            return false;
        while (first.Relation is "flat" or "appos" && parse.HeadOf(first) is { Upos: "NOUN" or "PROPN" } up && up.Index < first.Index)
            first = up;
        if (parse.Dominates(w, first))
            return false;
        first.Adopt(w, head, "conj");
        w.Adopt(joiner, later, "cc");
        if (parse.Words[joiner.Index - 1] is { Form: "," } comma && parse.HeadOf(comma) == later)
            w.Adopt(comma, later, "punct");
        return true;
    }

    /// <summary>
    /// "Saudi news agency SPA said", "the Asia-Pacific Economic Cooperation (APEC) forum", read as conjuncts:
    /// English joins conjuncts by "and" or a comma; a noun joined to the one before it by neither names or
    /// describes the same thing.
    /// </summary>
    private static bool ConjunctWithoutJoiner(SentenceParse parse, SyntaxWord w) => w.Relation == "conj" && w.Upos is "NOUN" or "PROPN" && ConjunctWithoutJoinerRest(parse, w);

    /// <summary>The rest of <see cref="ConjunctWithoutJoiner"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ConjunctWithoutJoinerRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "conj" && w.Upos is "NOUN" or "PROPN" && !parse.HasChild(w, "cc") && parse.HeadOf(w) is { Upos: "NOUN" or "PROPN" } joined
            && joined.Index < w.Index && !IsPossessor(parse, joined) && parse.FirstWordOf(w) is { Upos: not "CCONJ" } opening && opening.Index > 0
            && parse.Words[opening.Index - 1] is { Upos: not "CCONJ", Form: not ("," or ";") } && !parse.Subtree(joined).Any(x => x.Form == "," && x.Index < w.Index && x.Index > joined.Index))
            w.Relation = "appos";

        return false;
    }

    /// <summary>
    /// "Chinese President Xi Jinping will pay …", read with the adjective as the subject and the name its conjunct: an
    /// adjective right before a name's phrase, with no "and" or comma between, describes it; the name stands where the
    /// adjective stood.
    /// </summary>
    private static bool NameReadAsAConjunctOfItsAdjective(SentenceParse parse, SyntaxWord w) => w.Relation == "conj" && w.Upos == "PROPN" && NameReadAsAConjunctOfItsAdjectiveRest(parse, w);

    /// <summary>The rest of <see cref="NameReadAsAConjunctOfItsAdjective"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameReadAsAConjunctOfItsAdjectiveRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "ADJ" } adjective || parse.HasChild(w, "cc") || parse.FirstWordOf(w) is not { } opening
            || adjective.Index + 1 != opening.Index || parse.ChildrenOf(adjective).Any(c => c != w))
            return false;
        if (parse.HeadOf(adjective) is { } above)
            above.Adopt(w, adjective, adjective.Relation);
        else
            w.BecomeRoot(adjective);
        opening.Adopt(adjective, parse.HeadOf(adjective) ?? adjective, "amod");
        return true;
    }

    /// <summary>
    /// "talks with Putin and Ukrainian President Petro Poroshenko", read with the second name as another
    /// modifier of "talks": a phrase that opens with "and", with no preposition, after a sibling of the same
    /// relation is that sibling's conjunct.
    /// </summary>
    private static bool PhraseOpeningWithAnd(SentenceParse parse, SyntaxWord w) => w.Relation is "nmod" or "obl" or "obj" && w.Upos is "PROPN" or "NOUN" && PhraseOpeningWithAndRest(parse, w);

    /// <summary>The rest of <see cref="PhraseOpeningWithAnd"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PhraseOpeningWithAndRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "nmod" or "obl" or "obj" && w.Upos is "PROPN" or "NOUN" && !parse.HasChild(w, "case")
            && parse.FirstWordOf(w) is { Upos: "CCONJ" } and && parse.HeadOf(and) != parse.HeadOf(w) && parse.HeadOf(w) is { } shared
            && parse.ChildrenOf(shared).LastOrDefault(c => c.Index < w.Index && c.Relation == w.Relation) is { } sibling
            && parse.LastWordOf(sibling).Index + 1 == and.Index)
        {
            sibling.Adopt(w, shared, "conj");
            w.Adopt(and, parse.HeadOf(and)!, "cc");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "was signed by Ghana's trade minister, Ama Mensah, and her Swedish counterpart, Lars Holm", read with the
    /// counterpart a bare oblique of the verb holding its own "and": a noun phrase with no preposition that opens with
    /// "and" (or a comma and "and") right after another argument of the verb is that argument's conjunct.
    /// </summary>
    private static bool BareObliqueWithItsJoiner(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obl" || w.Upos is not ("NOUN" or "PROPN") || !parse.HasChild(w, "cc") || parse.HasChild(w, "case")
            || parse.HeadOf(w) is not { Upos: "VERB" } verb || parse.ChildrenOf(w, "cc").FirstOrDefault() is not { Upos: "CCONJ" } and)
            return false;
        var opening = parse.FirstWordOf(w);
        if (opening != and && !(opening.Form == "," && opening.Index + 1 == and.Index))
            return false;
        SyntaxWord? sibling = null;
        for (var i = 0; i < verb.Dependents.Count; i++)
        {
            var c = verb.Dependents[i];
            if (c.Index < w.Index && c.Relation is "obl:agent" or "obl" or "obj")
                sibling = c;
        }

        if (sibling is null || sibling.Upos is not ("NOUN" or "PROPN") || parse.LastWordOf(sibling).Index + 1 != opening.Index)
            return false;
        sibling.Adopt(w, verb, "conj");
        return true;
    }

    /// <summary>
    /// "Sudan's paramilitary forces", read as conjuncts with no "and": the possessor owns the noun after it.
    /// </summary>
    private static bool PossessorAsConjunct(SentenceParse parse, SyntaxWord w) => w.Relation == "conj" && PossessorAsConjunctRest(parse, w);

    /// <summary>The rest of <see cref="PossessorAsConjunct"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PossessorAsConjunctRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "conj" && !parse.HasChild(w, "cc") && parse.HeadOf(w) is { } owner && owner.Index < w.Index
            && IsPossessor(parse, owner) && parse.HeadOf(owner) is { } ownerHead
            && !parse.Subtree(w).TakeWhile(x => x.Index < w.Index).Any(x => x.Form == ","))
        {
            ownerHead.Adopt(w, owner, owner.Relation);
            w.Adopt(owner, ownerHead, "nmod:poss");
            foreach (var ownerCase in parse.ChildrenOf(owner, "case").Where(c => c.Upos == "ADP").ToList())
                w.Adopt(ownerCase, owner, "case");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Kenya, Somalia sign border deal" (or "The United States and Iran held talks" with "and" hung on the verb), read
    /// with two subjects: a subject followed by a comma or "and" and a second subject that runs up to the verb is that
    /// one's conjunct (also when the first was read as the object of a "says" before them).
    /// </summary>
    private static bool SubjectsListedBeforeTheVerb(SentenceParse parse, SyntaxWord w) => w.Upos == "PROPN" && SubjectsListedBeforeTheVerbRest(parse, w);

    /// <summary>The rest of <see cref="SubjectsListedBeforeTheVerb"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectsListedBeforeTheVerbRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "PROPN" || SubjectListedVerb(parse, w) is not { } verb || w.Index > verb.Index
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault(n => n.Index > w.Index) is not { Upos: "PROPN" } second
            || parse.Subtree(w).Last(x => x.Form != "," && x.Upos != "CCONJ").Index + 2 != parse.FirstWordOf(second).Index
            || parse.Words[parse.FirstWordOf(second).Index - 1] is not { Form: "," or "and" } joiner || parse.LastWordOf(second).Index + 1 != verb.Index)
            return false;
        var former = parse.HeadOf(w)!;
        if (former != verb)
            verb.Adopt(w, former, "nsubj");
        w.Relation = "nsubj";
        w.Adopt(second, verb, "conj");
        if (joiner.Form == "and" && parse.HeadOf(joiner) is { } joinerHead && joinerHead != second)
            second.Adopt(joiner, joinerHead, "cc");
        return true;
    }

    /// <summary>
    /// The verb whose subjects the word may open: its own verb, or for "says Israel, Hamas agree", read with Israel the
    /// object of "says", the clause that "says" takes.
    /// </summary>
    private static SyntaxWord? SubjectListedVerb(SentenceParse parse, SyntaxWord w) => w.Relation switch
    {
        // "Kenya, Ethiopia agree to …", read with Kenya a vocative.
        "nsubj" or "vocative" => parse.HeadOf(w) is { Upos: "VERB" } verb ? verb : null,
        "obj" when parse.HeadOf(w) is { Upos: "VERB" } saying && ClosingReports.Contains(saying.Form) => parse.ChildrenOf(saying, "ccomp").FirstOrDefault(c => c.Index > w.Index && c.Upos == "VERB"),
        _ => null,
    };

    /// <summary>
    /// "India denied the allegations and expelled six diplomats", "accused Iran of supplying missiles, and imposed
    /// sanctions on …", read with the past a conjunct of the object or of the gerund: a past with an object of its own
    /// and no subject joins the finite past verb above, whose subject it shares.
    /// </summary>
    private static bool PastJoinedToANounOrGerund(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Upos: "VERB", Xpos: "VBN" or "VBD", Relation: "conj" } || parse.HeadOf(w) is not { Upos: "NOUN" } and not { Xpos: "VBG" }
            || !parse.HasChild(w, "cc") || !parse.HasChild(w, "obj")
            || parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation.StartsWith("aux", StringComparison.Ordinal) || c.Relation == "mark"))
            return false;
        // The object itself, or a gerund of the object or of the verb ("accused Iran of supplying …"); not a noun with a
        // subject of its own (a verb the tagger took for a noun: "in which officers shot and killed X"), nor an oblique
        // ("before the pirates shot and injured …").
        var joined = parse.HeadOf(w)!;
        if (parse.ChildrenOf(joined).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        var verb = joined.Upos == "NOUN" ? (joined.Relation == "obj" ? parse.HeadOf(joined) : null)
            : joined.Relation == "advcl" ? parse.HeadOf(joined)
            : joined.Relation == "acl" && parse.HeadOf(joined) is { Relation: "obj" } obj ? parse.HeadOf(obj) : null;
        if (verb is not { Upos: "VERB", Xpos: "VBD" } || verb.Index > w.Index || !parse.ChildrenOf(verb).Any(c => c.Relation == "nsubj"))
            return false;
        verb.Adopt(w, joined, "conj");
        w.Xpos = "VBD";
        return true;
    }
}
