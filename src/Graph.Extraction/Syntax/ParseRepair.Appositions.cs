using Graph.Extraction.Mentions;

namespace Graph.Extraction.Syntax;

/// <summary>
/// A name and its description set off by commas, read as two objects, a conjunct, a parataxis or a bare oblique: the
/// one is in apposition to the other.
/// </summary>
internal static partial class ParseRepair
{
    /// <summary>
    /// "met Kenya's defence chief, Omar Wekesa, in …", "called his Chilean counterpart Ana Ruiz", read with two objects
    /// (or the name a conjunct of the verb, with no "and"): the second, set off by a comma right after the first or a
    /// name right after the first's noun, names it.
    /// </summary>
    private static bool SecondObjectNamesTheFirst(SentenceParse parse, SyntaxWord w) => w.Relation is "obj" or "conj" && SecondObjectNamesTheFirstRest(parse, w);

    /// <summary>The rest of <see cref="SecondObjectNamesTheFirst"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SecondObjectNamesTheFirstRest(SentenceParse parse, SyntaxWord w)
    {
        var asConjunct = w.Relation == "conj" && w.Upos == "PROPN" && !parse.HasChild(w, "cc");
        if ((w.Relation == "obj" || asConjunct) && parse.HeadOf(w) is { Upos: "VERB" } twice
            && parse.ChildrenOf(twice, "obj").FirstOrDefault(o => o.Index < w.Index) is { Upos: "NOUN" } firstObject
            && (CommaBefore(parse, w) is var objectComma and > 0 && parse.LastWordOf(firstObject).Index == objectComma - 1
                || !asConjunct && w.Upos == "PROPN" && parse.LastWordOf(firstObject) == firstObject && firstObject.Index + 1 == parse.FirstWordOf(w).Index))
        {
            firstObject.Adopt(w, twice, "appos");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Chile's newly appointed envoy to Peru, Ana Ruiz, presented …", read with the description a compound of the name
    /// across the comma: a compound never has a comma inside it, so the noun before the comma heads its phrase (with
    /// what stands before the comma) and the name after it is its apposition.
    /// </summary>
    private static bool DescriptionReadAsACompoundOfTheName(SentenceParse parse, SyntaxWord w) =>
        w.Upos == "PROPN" && parse.HasChild(w, "compound") && DescriptionReadAsACompoundOfTheNameRest(parse, w);

    /// <summary>The rest of <see cref="DescriptionReadAsACompoundOfTheName"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool DescriptionReadAsACompoundOfTheNameRest(SentenceParse parse, SyntaxWord w)
    {
        var nameStart = w.Index;
        while (nameStart > 0 && parse.Words[nameStart - 1] is { Upos: "PROPN" } part && part.Head == w.Index && part.Relation is "compound" or "flat")
            nameStart--;
        if (nameStart < 2 || parse.Words[nameStart - 1].Form != ","
            || parse.ChildrenOf(w, "compound").LastOrDefault(c => c.Index < nameStart - 1) is not { Upos: "NOUN" } description
            || parse.LastWordOf(description).Index != nameStart - 2)
            return false;
        var comma = parse.Words[nameStart - 1];
        var head = parse.HeadOf(w);
        if (head is not null)
            head.Adopt(description, w, w.Relation);
        else
            description.BecomeRoot(w);
        description.Adopt(w, head ?? description, "appos");
        foreach (var c in parse.ChildrenOf(w).Where(c => c.Index < comma.Index).ToList())
            description.Adopt(c, w, c.Relation);
        if (parse.HeadOf(comma) is { } commaHead && commaHead != w)
            w.Adopt(comma, commaHead, "punct");
        return true;
    }

    /// <summary>
    /// "The U.S. ambassador to the United Nations, John Danforth, said", read with the name the object of the noun
    /// before the comma: a noun takes no object, so the name set off after it names it.
    /// </summary>
    private static bool NameReadAsTheObjectOfANoun(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obj" || w.Upos != "PROPN" || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } noun || noun.Index > w.Index
            || CommaBefore(parse, w) is not (var comma and > 0) || !parse.Dominates(noun, parse.Words[comma - 1]))
            return false;
        w.Relation = "appos";
        return true;
    }

    /// <summary>
    /// "M23 rebels, backed by Rwanda, seized …", read with "M23" (tagged a web address) the subject of "rebels": a noun
    /// with no copula is no predicate, so the word right before it that the parser made its subject is a modifier, a name.
    /// </summary>
    private static bool NameReadAsTheSubjectOfANoun(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj" || w.Upos is not ("PROPN" or "X" or "NOUN") || w.Index + 1 >= parse.Words.Count || parse.Words[w.Index + 1] is not { Upos: "NOUN" } noun
            || w.Head != noun.Index || !char.IsUpper(w.Form[0]) || parse.HasChild(noun, "cop") || parse.ChildrenOf(w).Any())
            return false;
        w.Relation = "compound";
        w.Upos = "PROPN";
        w.Xpos = "NNP";
        return true;
    }

    /// <summary>
    /// "met his Ukrainian counterpart Rustem Umerov", read with the name a bare oblique of the verb: a name right after a
    /// common-noun object, with no preposition, names that object.
    /// </summary>
    private static bool NameAfterTheObjectReadAsOblique(SentenceParse parse, SyntaxWord w) => w.Relation == "obl" && w.Upos == "PROPN" && NameAfterTheObjectReadAsObliqueRest(parse, w);

    /// <summary>The rest of <see cref="NameAfterTheObjectReadAsOblique"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameAfterTheObjectReadAsObliqueRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obl" || w.Upos != "PROPN" || HasPreposition(parse, w) || parse.HeadOf(w) is not { Upos: "VERB" } verb
            || parse.ChildrenOf(verb, "obj").FirstOrDefault(o => o.Index < w.Index) is not { Upos: "NOUN" } named
            || parse.LastWordOf(named).Index + 1 != parse.FirstWordOf(w).Index)
            return false;
        named.Adopt(w, verb, "appos");
        return true;
    }

    /// <summary>A name with a preposition, on itself or on the title before it ("according to regional governor X").</summary>
    private static bool HasPreposition(SentenceParse parse, SyntaxWord name) =>
        parse.HasChild(name, "case") || parse.ChildrenOf(name).Any(c => c.Relation is "nmod:desc" or "compound" && c.Index < name.Index && parse.HasChild(c, "case"));

    /// <summary>
    /// "received Chilean Foreign Minister Ana Ruiz in Accra", read with the titled name a bare oblique of a verb that has
    /// no object: a name right after the verb, with no preposition, is its object.
    /// </summary>
    private static bool NameAfterTheVerbReadAsOblique(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obl" || w.Upos != "PROPN" || HasPreposition(parse, w) || parse.HeadOf(w) is not { Upos: "VERB" } verb
            || verb.Index > w.Index || parse.ChildrenOf(verb).Any(c => c.Relation is "obj" or "ccomp" or "xcomp" or "aux:pass" or "nsubj:pass")
            || parse.FirstWordOf(w).Index != verb.Index + 1 || WordLists.Calendar.Contains(w.Form))
            return false;
        w.Relation = "obj";
        return true;
    }

    /// <summary>
    /// "Linda Ruiz, the Chilean envoy to the UN, told …", read with the description a conjunct of the name: a
    /// phrase with "the" set off by a comma, joined by no "and" in a list with none, is an apposition.
    /// </summary>
    private static bool DescriptionWithTheAsConjunct(SentenceParse parse, SyntaxWord w) => w.Relation == "conj" && w.Upos is "NOUN" or "PROPN" && DescriptionWithTheAsConjunctRest(parse, w);

    /// <summary>The rest of <see cref="DescriptionWithTheAsConjunct"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool DescriptionWithTheAsConjunctRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "conj" && w.Upos is "NOUN" or "PROPN" && parse.ChildrenOf(w, "det").Any(d => d.Form.Equals("the", StringComparison.OrdinalIgnoreCase))
            && AfterComma(parse, w) && parse.HeadOf(w) is { Upos: "PROPN" } apposed && apposed.Index < w.Index
            && !parse.ChildrenOf(apposed, "conj").Any(c => parse.HasChild(c, "cc")) && !parse.HasChild(w, "cc"))
            w.Relation = "appos";

        return false;
    }

    /// <summary>
    /// "the assets of PDVSA, Venezuela's largest source of revenue", "two ministers, Ana Ruiz and Luis Vega", read as
    /// a parataxis: a noun (or a name after a common noun) set off by a comma right after a noun phrase, with no verb
    /// of its own, describes it.
    /// </summary>
    private static bool NounAsParataxis(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "parataxis" && w.Upos is "NOUN" or "PROPN" && !parse.ChildrenOf(w).Any(c => c.Relation is "cop" or "nsubj")
            && CommaBefore(parse, w) is var parataxisComma and > 0 && parse.Words[parataxisComma - 1] is { Upos: "NOUN" or "PROPN" } beforeComma
            // A name describes a common noun ("two Peruvian ministers, Ana Ruiz and Luis Vega"), not another name.
            && (w.Upos == "NOUN" || beforeComma.Upos == "NOUN")
            && parse.HeadOf(w) is { } parataxisHead && !parse.Subtree(w).Contains(beforeComma))
        {
            var describedPhrase = beforeComma;
            while (describedPhrase.Relation is "flat" or "compound" && parse.HeadOf(describedPhrase) is { } up && up.Index > describedPhrase.Index - 3 && up.Index < w.Index)
                describedPhrase = up;
            describedPhrase.Adopt(w, parataxisHead, "appos");
            return true;
        }

        return false;
    }

    /// <summary>A description hung on the verb as a bare oblique, right after its subject or object and a comma, is in apposition to it (<see cref="DescribedBefore"/>).</summary>
    private static bool DescriptionAfterTheObject(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "obl" or "obl:unmarked" or "obl:npmod" && w.Upos == "NOUN" && DescribedBefore(parse, w) is { } describedName)
        {
            describedName.Adopt(w, parse.HeadOf(w)!, "appos");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "sanctioned Omar Haddad, a commander with …", read with the commander as a bare oblique of the verb: a noun
    /// with no preposition set off by a comma right after the verb's subject or object describes it.
    /// </summary>
    private static SyntaxWord? DescribedBefore(SentenceParse parse, SyntaxWord noun)
    {
        if (parse.HasChild(noun, "case") || parse.HeadOf(noun) is not { Upos: "VERB" } verb || CommaBefore(parse, noun) is not (var comma and > 0))
            return null;
        return parse.ChildrenOf(verb).LastOrDefault(c => c.Index < noun.Index) is { Relation: "obj" or "iobj" or "nsubj" or "nsubj:pass", Upos: "PROPN" or "NOUN" } described
            && parse.LastWordOf(described).Index == comma - 1
            ? described
            : null;
    }

    /// <summary>
    /// A name read as a second subject or a bare oblique: the last conjunct of a list that opened with a bare name
    /// ("Chile, Peru and the United Arab Emirates announced"); the name a title right before it describes ("Kenyan
    /// President Daniel Otieno arrived", "spoke to Peru's president Luis Vega"); or, set off by commas after a common
    /// noun, in apposition to it ("the president of Chad, General Omar Deby, arrived", "pressure on the country's
    /// president, X", "Kenya's defence chief, X, arrived").
    /// </summary>
    private static bool NamesAndTheirDescriptions(SentenceParse parse, SyntaxWord w) => w.Upos == "PROPN" && w.Head >= 0 && NamesAndTheirDescriptionsRest(parse, w);

    /// <summary>The rest of <see cref="NamesAndTheirDescriptions"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NamesAndTheirDescriptionsRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "PROPN" || parse.HeadOf(w) is not { } head)
            return true;
        var first = w.Relation == "nsubj" ? parse.ChildrenOf(head, "nsubj").FirstOrDefault() : null;
        if (w.Relation == "nsubj" && parse.HasChild(w, "cc")
            && parse.ChildrenOf(head).FirstOrDefault(c => c.Index < w.Index && IsBareNominal(parse, c)) is { } list)
        {
            list.Relation = "nsubj";
            list.Adopt(w, head, "conj");
            return true;
        }

        // "Kenyan President Daniel Otieno arrived", read as two subjects: the first only describes the second. But in
        // "President X and Prime Minister Y marked …" the second name is that of the title joined to the first.
        if (first is not null && first.Index < w.Index && parse.LastWordOf(first) is { Upos: not "PUNCT" } end
            && end.Index + 1 == parse.FirstWordOf(w).Index)
        {
            // "Chilean President X and Peruvian President Y stressed …": a second subject that opens with "and" is the
            // first's conjunct, whatever its title took the joiner for.
            if (parse.FirstWordOf(w) is { Upos: "CCONJ" } joiner)
            {
                first.Adopt(w, head, "conj");
                w.Adopt(joiner, parse.HeadOf(joiner)!, "cc");
                return true;
            }

            if (parse.ChildrenOf(first, "conj").LastOrDefault() is { Upos: "PROPN" } joinedTitle && joinedTitle.Index == end.Index && parse.HasChild(joinedTitle, "cc")
                && first.Upos == "PROPN" && char.IsUpper(joinedTitle.Form[0]))
                joinedTitle.Adopt(w, head, "flat");
            else
                w.Adopt(first, head, "compound");
            return true;
        }

        // "spoke to Peru's president Luis Vega", read with the name as a second oblique: the noun before it describes it.
        // A full name (with its flat parts), not a bare time word ("in a statement Monday").
        if (w.Relation is "obl" or "obl:unmarked" && !parse.HasChild(w, "case") && parse.HasChild(w, "flat")
            && parse.ChildrenOf(head).LastOrDefault(c => c.Index < w.Index) is { Upos: "NOUN", Relation: "obl" } title
            && parse.ChildrenOf(title, "case").FirstOrDefault() is { } titleCase
            && parse.LastWordOf(title) is { Upos: not "PUNCT" } titleEnd && titleEnd.Index + 1 == parse.FirstWordOf(w).Index)
        {
            w.Relation = title.Relation;
            w.Adopt(titleCase, title, "case");
            w.Adopt(title, head, "nmod:desc");
            return true;
        }

        if (!AfterComma(parse, w))
            return true;
        if (w.Relation == "nmod" && head is { Upos: "NOUN" } && head.Index < w.Index && !parse.HasChild(w, "case"))
        {
            w.Relation = "appos";
            // "In a phone call on Tuesday, President X told …": an apposition that closes a fronted phrase before a verb
            // with no subject is the subject (the repair of such appositions has passed this word already).
            SubjectAfterFronted(parse, w);
        }
        // "pressure on the country's president, X": a name hung on the verb with no preposition, right after a
        // noun and a comma, names what the noun describes.
        else if (w.Relation is "obl" or "obj" && !parse.HasChild(w, "case") && CommaBefore(parse, w) is var comma and > 0
            && parse.Words[comma - 1] is { Upos: "NOUN" } describedNoun && describedNoun.Index > head.Index && head.Upos == "VERB")
            describedNoun.Adopt(w, head, "appos");
        // The noun's phrase (with or without the comma) runs up to the name's: nothing else between them.
        else if (first is { Upos: "NOUN" } && first.Index < w.Index && BeforeComma(parse, w) && Adjoins(parse, first, w))
            first.Adopt(w, head, "appos");
        // "Kenya's defence chief, X, arrived", read with the noun as a bare oblique and X as the subject: a name
        // set off by commas right after a noun with no preposition is its apposition, and the noun the subject.
        else if (w.Relation is "nsubj" or "nsubj:pass" && BeforeComma(parse, w)
            && parse.ChildrenOf(head).LastOrDefault(c => c.Index < w.Index) is { Upos: "NOUN", Relation: "obl" or "obl:unmarked" or "obl:npmod" } bare
            && !parse.HasChild(bare, "case") && Adjoins(parse, bare, w))
        {
            bare.Relation = w.Relation;
            bare.Adopt(w, head, "appos");
        }

        return false;
    }

    /// <summary>
    /// "Anna Lindqvist, a Swedish member of the European Parliament, was denied entry", read with the name a bare oblique
    /// and its description the subject: a name with no preposition, then a noun set off by commas, before their verb, is
    /// the subject and the noun its apposition.
    /// </summary>
    private static bool NameBeforeItsDescriptionReadAsOblique(SentenceParse parse, SyntaxWord w) =>
        w is { Upos: "PROPN", Relation: "obl:unmarked" or "obl:npmod" or "nmod:npmod" } && w.Head > w.Index && NameBeforeItsDescriptionReadAsObliqueRest(parse, w);

    /// <summary>The rest of <see cref="NameBeforeItsDescriptionReadAsOblique"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameBeforeItsDescriptionReadAsObliqueRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" or "AUX" } verb || parse.HasChild(w, "case")
            || parse.ChildrenOf(verb).FirstOrDefault(c => c.Relation is "nsubj" or "nsubj:pass" && c.Index > w.Index && c.Index < verb.Index) is not { Upos: "NOUN" } described)
            return false;
        var name = parse.Subtree(w).Where(x => x.Upos != "PUNCT").ToList();
        var description = parse.Subtree(described).Where(x => x.Upos != "PUNCT").ToList();
        var opening = name[^1].Index + 1;
        var closing = description[^1].Index + 1;
        if (parse.Words[opening].Form != "," || description[0].Index != opening + 1 || closing >= verb.Index || parse.Words[closing].Form != ",")
            return false;
        verb.Adopt(w, verb, described.Relation);
        w.Adopt(described, verb, "appos");
        return true;
    }

    /// <summary>
    /// "The governor of the central bank of Nigeria, Olayemi Cardoso, said …", read with the name's two words hung on
    /// two nouns of the description: a name set off by commas between a subject and its verb is one name (its later
    /// words its flat parts) in apposition to the subject.
    /// </summary>
    private static bool NameBetweenTheSubjectAndItsVerb(SentenceParse parse, SyntaxWord w) =>
        w.Upos == "PROPN" && w.Relation is "appos" or "nmod" or "conj" && w.Index >= 2 && parse.Words[w.Index - 1].Form == "," && NameBetweenTheSubjectAndItsVerbRest(parse, w);

    /// <summary>The rest of <see cref="NameBetweenTheSubjectAndItsVerb"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameBetweenTheSubjectAndItsVerbRest(SentenceParse parse, SyntaxWord w)
    {
        var end = w.Index;
        while (end + 1 < parse.Words.Count && parse.Words[end + 1] is { Upos: "PROPN" } part && char.IsUpper(part.Form[0]))
            end++;
        if (end + 2 >= parse.Words.Count || parse.Words[end + 1].Form != "," || parse.Words[end + 2] is not { Upos: "VERB" or "AUX" } verb
            || parse.ChildrenOf(verb).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) is not { Upos: "NOUN" } subject
            || subject.Index >= w.Index || parse.FirstWordOf(subject).Index != 0 && parse.Words[parse.FirstWordOf(subject).Index - 1].Form != ",")
            return false;
        // Every word from the subject's start to the name's comma is the subject's.
        var opening = w.Index - 1;
        for (var k = parse.FirstWordOf(subject).Index; k < opening; k++)
        {
            if (!parse.Dominates(subject, parse.Words[k]) && parse.Words[k] != subject)
                return false;
        }

        for (var k = w.Index + 1; k <= end; k++)
        {
            var part = parse.Words[k];
            if (part.Head != w.Index && !parse.Dominates(part, w))
                w.Adopt(part, parse.HeadOf(part)!, "flat");
        }

        if (w.Head != subject.Index && !parse.Dominates(w, subject))
            subject.Adopt(w, parse.HeadOf(w)!, "appos");
        return false;
    }

    /// <summary>A name or noun before the verb with no preposition: a subject, or one the parser took for an oblique.</summary>
    private static bool IsBareNominal(SentenceParse parse, SyntaxWord w) =>
        (w.Relation == "nsubj" || w.Relation == "obl" && w.Upos == "PROPN" && !parse.HasChild(w, "case"))
        && !parse.HasChild(w, "cc");

    /// <summary>
    /// "warned his Russian counterpart, Vladimir Putin, that the US could …", read with the name as a second subject
    /// of the clause told: a name set off by commas right after the verb's object, before the clause's "that" and its
    /// own subject, is in apposition to the object.
    /// </summary>
    private static bool NameAfterTheObjectReadAsSubject(SentenceParse parse, SyntaxWord w) => w.Relation == "nsubj" && w.Upos == "PROPN" && NameAfterTheObjectReadAsSubjectRest(parse, w);

    /// <summary>The rest of <see cref="NameAfterTheObjectReadAsSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameAfterTheObjectReadAsSubjectRest(SentenceParse parse, SyntaxWord w)
    {
        // The clause may still be read as an adverbial one here; a later repair makes it the complement.
        if (w.Relation != "nsubj" || w.Upos != "PROPN" || parse.HeadOf(w) is not { Upos: "VERB" } clause || !parse.ChildrenOf(clause).Any(c => c.Relation == "mark" && c.Index > w.Index)
            || !parse.ChildrenOf(clause, "nsubj").Any(n => n.Index > w.Index) || parse.HeadOf(clause) is not { } verb
            || parse.ChildrenOf(verb).FirstOrDefault(c => c.Relation is "obj" or "iobj") is not { } addressee
            || !AfterComma(parse, w) || parse.LastWordOf(addressee).Index + 2 != parse.FirstWordOf(w).Index || !BeforeComma(parse, w))
            return false;
        addressee.Adopt(w, clause, "appos");
        return true;
    }

    /// <summary>
    /// "Nicaragua expelled the Vatican's ambassador, Archbishop X, the Holy See said", read with the name a second subject
    /// of the closing "said": a name set off by commas right after an object, before the report's own subject, is in
    /// apposition to the object.
    /// </summary>
    private static bool NameAfterTheObjectBeforeTheSource(SentenceParse parse, SyntaxWord w) => w.Relation == "nsubj" && w.Upos == "PROPN" && NameAfterTheObjectBeforeTheSourceRest(parse, w);

    /// <summary>The rest of <see cref="NameAfterTheObjectBeforeTheSource"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameAfterTheObjectBeforeTheSourceRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj" || w.Upos != "PROPN" || parse.HeadOf(w) is not { Upos: "VERB" } saying || !ClosingReports.Contains(saying.Form)
            || saying.Index < w.Index || !AfterComma(parse, w))
            return false;
        // The source may still hang on the name (as its apposition) until its own repair.
        var source = parse.ChildrenOf(saying, "nsubj").FirstOrDefault(n => n.Index > w.Index)
            ?? parse.ChildrenOf(w).FirstOrDefault(c => c.Index > w.Index && c.Relation is "appos" or "conj" or "dep" && parse.LastWordOf(c).Index + 1 == saying.Index);
        if (source is null || parse.Words[parse.Subtree(source).First(x => x.Form != ",").Index - 1].Form != ",")
            return false;
        var opening = parse.Subtree(w).First(x => x.Form != ",").Index;
        var described = parse.Words.FirstOrDefault(o => o.Relation == "obj" && o.Index < w.Index && parse.Subtree(o).Last(x => x.Form != ",").Index + 2 == opening);
        if (described is null || parse.Dominates(w, described))
            return false;
        if (source.Head != saying.Index)
            saying.Adopt(source, w, "nsubj");
        described.Adopt(w, saying, "appos");
        return true;
    }

    /// <summary>
    /// "met the fund's director, Laura Green, in Washington to discuss the loan", read with the name the subject of
    /// the infinitive: a "to" infinitive takes no subject of its own, so a name set off by commas right after the
    /// verb's object is in apposition to the object, and what follows its closing comma ("in Washington") is the
    /// verb's.
    /// </summary>
    private static bool NameBeforeAnInfinitive(SentenceParse parse, SyntaxWord w) => w.Relation == "nsubj" && w.Upos == "PROPN" && NameBeforeAnInfinitiveRest(parse, w);

    /// <summary>The rest of <see cref="NameBeforeAnInfinitive"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameBeforeAnInfinitiveRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj" || w.Upos != "PROPN" || parse.HeadOf(w) is not { Upos: "VERB", Xpos: "VB" } clause || clause.Index < w.Index
            || !parse.ChildrenOf(clause, "mark").Any(m => m.Form.Equals("to", StringComparison.OrdinalIgnoreCase))
            || parse.HeadOf(clause) is not { Upos: "VERB" } verb || verb.Index > w.Index
            || parse.ChildrenOf(verb).LastOrDefault(c => c.Relation is "obj" or "obl" && c.Index < w.Index) is not { Upos: "NOUN" or "PROPN" } described
            || !AfterComma(parse, w) || parse.LastWordOf(described).Index + 2 != parse.FirstWordOf(w).Index)
            return false;
        // A phrase with a preposition ("…, in Belize City, to negotiate") is no name in apposition: the verb's oblique.
        if (parse.ChildrenOf(w, "case").Any(c => c.Upos == "ADP" && c.Index < w.Index))
        {
            verb.Adopt(w, clause, "obl");
            return true;
        }

        var close = parse.Words.Skip(w.Index + 1).FirstOrDefault(x => x.Form == "," && parse.Dominates(w, x) || x.Index > w.Index && !parse.Dominates(w, x));
        described.Adopt(w, clause, "appos");
        if (close is { Form: "," })
        {
            foreach (var after in parse.ChildrenOf(w).Where(c => c.Index > close.Index && c.Relation is "nmod" or "obl").ToList())
                verb.Adopt(after, w, "obl");
        }

        return true;
    }

    /// <summary>
    /// "The prime minister of Pakistan, Shehbaz Sharif, flew …", read with the name as a conjunct of the country, or
    /// "Nigeria's Minister of Defence, Mohammed Badaru, visited …", as an apposition to "Defence", or a conjunct of the
    /// title ("the leader of the opposition party, X", of the noun "opposition"): a name set off by a comma with no "and"
    /// in the list, after the owner of a title, is in apposition to the title.
    /// </summary>
    private static bool NameAfterTheTitlesOwner(SentenceParse parse, SyntaxWord w) => w.Upos == "PROPN" && w.Relation is "conj" or "nmod" or "appos" && NameAfterTheTitlesOwnerRest(parse, w);

    /// <summary>The rest of <see cref="NameAfterTheTitlesOwner"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameAfterTheTitlesOwnerRest(SentenceParse parse, SyntaxWord w)
    {
        // "the foreign minister of Chile, Ana Ruiz, said", read with the name a conjunct of the title itself, or its
        // modifier with no preposition ("the Deputy Prime Minister of Peru, Luis Vega").
        if ((w.Relation == "conj" || w.Relation == "nmod" && !parse.HasChild(w, "case")) && w.Upos == "PROPN" && AfterComma(parse, w)
            && parse.HeadOf(w) is { Upos: "NOUN" or "PROPN" } described
            && parse.ChildrenOf(described).Any(c => c.Relation == "nmod" && c.Index < w.Index && parse.ChildrenOf(c, "case").Any(k => k.Form is "of" or "at" or "for"))
            && !parse.Subtree(described).Any(x => x.Upos == "CCONJ"))
        {
            w.Relation = "appos";
            return true;
        }

        // A name hung without a preposition on the owner ("the head of the UN mission in Congo, Ana Ruiz") is set off as
        // an apposition is.
        if (w.Relation is not ("conj" or "appos" or "nmod") || w.Relation == "nmod" && parse.HasChild(w, "case")
            || w.Upos != "PROPN" || parse.HasChild(w, "cc") || !AfterComma(parse, w))
            return false;
        // The owner a name, or a noun with its name beside it ("the leader of the opposition Republican People's Party, X").
        var owner = parse.HeadOf(w);
        if (owner is { Relation: "appos", Upos: "PROPN" } && parse.HeadOf(owner) is { Relation: "nmod", Upos: "NOUN" } ownerNoun)
            owner = ownerNoun;
        // "the head of the AU mission in Sudan, X": the place of the owner is the owner's, and the name the title's.
        if (owner is { Relation: "nmod" } && parse.ChildrenOf(owner, "case").Any(c => c.Form == "in") && parse.HeadOf(owner) is { Relation: "nmod", Upos: "NOUN" } placed
            && parse.ChildrenOf(placed, "case").Any(c => c.Form is "of" or "at" or "for"))
            owner = placed;
        // A list ("leaders of Bahrain, Kuwait and Qatar", its conjuncts chained or not) has its "and" somewhere in it.
        // Not a time ("on the last day of a visit to Peru, X said"): no one's title.
        if (owner is not { Relation: "nmod", Upos: "PROPN" or "NOUN" } || parse.Subtree(owner).Any(x => x.Upos == "CCONJ")
            || parse.HeadOf(owner) is not { Upos: "NOUN" or "PROPN" } title || !parse.ChildrenOf(owner, "case").Any(c => c.Form is "of" or "at" or "for")
            || WordLists.TimeUnits.Contains(title.Form))
            return false;
        title.Adopt(w, parse.HeadOf(w)!, "appos");
        return true;
    }

    /// <summary>
    /// "met Kenyan Minister of Foreign Affairs Grace Otieno", "Kuwait's Minister of Foreign Affairs X received", "President
    /// of Indonesia Budi Santoso met", read with the name hung on the last word of the title's "of" phrase: a run of
    /// names right after that phrase is the person the title describes, so the name heads the phrase in the title's place
    /// and the title describes it.
    /// </summary>
    private static bool NameReadAsPartOfTheTitlesOfPhrase(SentenceParse parse, SyntaxWord w) =>
        w.Upos == "PROPN" && TitleHeads.Contains(w.Form) && parse.HasChild(w, "nmod") && NameReadAsPartOfTheTitlesOfPhraseRest(parse, w);

    /// <summary>English head nouns of office titles that take an "of" phrase ("Minister of …", "President of …").</summary>
    private static readonly HashSet<string> TitleHeads = new(StringComparer.Ordinal)
    {
        "Minister", "Secretary", "President", "Chairman", "Chairwoman", "Chairperson", "Governor", "Ambassador", "Commissioner",
        "Director", "Speaker", "Chancellor", "Premier", "Mayor", "Head", "Chief", "Commander", "Envoy", "Representative",
    };

    /// <summary>The rest of <see cref="NameReadAsPartOfTheTitlesOfPhrase"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameReadAsPartOfTheTitlesOfPhraseRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.ChildrenOf(w, "nmod").FirstOrDefault(n => n.Index > w.Index && n.Upos is "PROPN" or "NOUN" && char.IsUpper(n.Form[0]) && HasCase(n, "of")) is not { } owner
            || owner.Index + 1 >= parse.Words.Count || parse.Words[owner.Index + 1] is not { Upos: "PROPN" } first)
            return false;
        // The name: the proper nouns (and hyphens) right after the phrase, hanging on its last word or on one another.
        var name = new List<SyntaxWord>();
        for (var i = owner.Index + 1; i < parse.Words.Count && parse.Words[i] is var x && (x.Upos == "PROPN" || x.Upos == "PUNCT" && x.Form == "-"); i++)
            name.Add(x);
        if (name.Exists(x => x.Head != owner.Index && !name.Exists(y => y.Index == x.Head))
            || !name.Exists(x => x.Head == owner.Index && x.Relation is "flat" or "compound" or "nsubj" or "appos"))
            return false;
        var relation = w.Relation;
        var firstsHead = parse.HeadOf(first)!;
        if (parse.HeadOf(w) is { } above)
            above.Adopt(first, firstsHead, relation);
        else
            first.BecomeRoot(firstsHead);
        foreach (var part in name.Skip(1))
            first.Adopt(part, parse.HeadOf(part)!, part.Upos == "PUNCT" ? "punct" : "flat");
        first.Adopt(w, parse.HeadOf(w) ?? w, "nmod:desc");
        foreach (var c in parse.ChildrenOf(owner).Where(c => c.Index > first.Index).ToList())
            first.Adopt(c, owner, c.Relation);
        return true;
    }

    /// <summary>
    /// "received the Minister of Foreign Affairs of Hungary, Gabor Nemeth, who …", read with the name in apposition to the
    /// last word of the title's "of" phrases or as its conjunct: a name after the comma that closes a title in title case
    /// names the holder, so it is the title's apposition.
    /// </summary>
    private static bool NameOnTheTitlesOfPhrase(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "appos" or "conj", Upos: "PROPN" } && NameOnTheTitlesOfPhraseRest(parse, w);

    /// <summary>The rest of <see cref="NameOnTheTitlesOfPhrase"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameOnTheTitlesOfPhraseRest(SentenceParse parse, SyntaxWord w)
    {
        var title = parse.HeadOf(w);
        var steps = 0;
        while (title is { Relation: "nmod" } && char.IsUpper(title.Form[0]) && HasCase(title, "of") && parse.HeadOf(title) is { } up && up.Index < title.Index)
        {
            title = up;
            steps++;
        }

        if (steps == 0 || title is null || !TitleHeads.Contains(title.Form) || !AfterComma(parse, w)
            // A conjunct only as the one name after the phrase, with no "and" ("… of Hungary, Poland and Slovakia" is a list).
            || w.Relation == "conj" && (parse.HasChild(w, "cc") || parse.ChildrenOf(parse.HeadOf(w)!, "conj").Count() != 1))
            return false;
        title.Adopt(w, parse.HeadOf(w)!, "appos");
        return true;
    }

    /// <summary>
    /// "The International Atomic Energy Agency (IAEA) chief Rafael Grossi met …", read with the body the subject and the
    /// titled name its modifier: a name with no preposition, hung on a body's name whose acronym in parentheses ends
    /// right before the name's title, is the clause's word, and the body its title's owner.
    /// </summary>
    private static bool NameAfterABodysAcronymReadAsItsModifier(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "nmod", Upos: "PROPN" } && w.Index > 3 && NameAfterABodysAcronymReadAsItsModifierRest(parse, w);

    /// <summary>The rest of <see cref="NameAfterABodysAcronymReadAsItsModifier"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameAfterABodysAcronymReadAsItsModifierRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "PROPN" or "NOUN" } body || body.Index > w.Index || parse.HasChild(w, "case") || parse.HeadOf(body) is not { } clause
            || parse.ChildrenOf(w, "nmod:desc").FirstOrDefault(t => t.Index > body.Index) is not { } title
            || parse.Words[title.Index - 1].Form != ")" || !parse.ChildrenOf(body, "appos").Any(a => a.Index > body.Index && a.Index < title.Index))
            return false;
        clause.Adopt(w, body, body.Relation);
        title.Adopt(body, clause, "compound");
        return true;
    }

    /// <summary>
    /// "The bloc suspended three states on Friday: Mali, Guinea and Niger", read with the list in apposition to the day, as
    /// its object or as a loose clause: a list of names after a colon that ends a clause spells out the clause's counted
    /// object ("three states").
    /// </summary>
    private static bool ListAfterAColonReadOnAnother(SentenceParse parse, SyntaxWord w)
    {
        if (w.Index < 2 || parse.Words[w.Index - 1].Form != ":" || w.Relation is "root" or "conj" || parse.HeadOf(w) is not { } head
            || (head.Upos == "VERB" ? head : Clause(parse, head)) is not { } verb
            || parse.ChildrenOf(verb, "obj").FirstOrDefault() is not { Xpos: "NNS" } counted || counted == head
            || !parse.HasChild(counted, "nummod") || counted.Index > w.Index)
            return false;
        counted.Adopt(w, head, "appos");
        return true;
    }

    /// <summary>The verb a word is a phrase of: the first verb above it.</summary>
    private static SyntaxWord? Clause(SentenceParse parse, SyntaxWord word)
    {
        var at = parse.HeadOf(word);
        for (var steps = 0; at is not null && at.Upos != "VERB" && steps < parse.Words.Count; steps++)
            at = parse.HeadOf(at);
        return at;
    }
}
