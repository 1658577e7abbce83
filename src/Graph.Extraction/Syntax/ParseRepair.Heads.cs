using Graph.Extraction.Mentions;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Words that head nothing in UD, read as heads: punctuation, a possessive pronoun, a possessor, a preposition, a
/// pronoun with a subject, an article; and a noun with a preposition read as a clause.
/// </summary>
internal static partial class ParseRepair
{
    /// <summary>
    /// Punctuation heads nothing: what hangs on a comma hangs on the comma's head. A name hung on the comma right after
    /// a noun, and closed by a comma of its own ("met her Peruvian counterpart, Luis Vega, in Lima"), names that noun's
    /// phrase: its apposition.
    /// </summary>
    private static bool PunctuationHeadsNothing(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "PUNCT" } punctuation || parse.HeadOf(punctuation) is not { } punctuationHead)
            return false;
        if (w.Upos == "PROPN" && punctuation.Form == "," && w.Index == punctuation.Index + 1 && punctuation.Index > 0
            && parse.Words[punctuation.Index - 1] is { Upos: "NOUN" } named && NameEnd(parse, w) + 1 is var after && after < parse.Words.Count
            && parse.Words[after].Form == "," && !parse.Dominates(w, named))
        {
            // "the head of the mission, William Swing,", "the vice president of a panel looking into the matter, X,": the
            // whole phrase before the comma is named (through the clauses that describe its nouns), not its last noun.
            for (var at = named; parse.HeadOf(at) is { } owner && owner.Index < at.Index && !parse.Dominates(w, owner)
                && (owner.Upos is "NOUN" or "PROPN" || owner.Upos == "VERB" && owner.Relation is "acl" or "acl:relcl"); at = owner)
            {
                if (owner.Upos is "NOUN" or "PROPN")
                    named = owner;
            }

            named.Adopt(w, punctuation, "appos");
            w.Adopt(punctuation, punctuationHead, "punct");
            return false;
        }

        punctuationHead.Adopt(w, punctuation, w.Relation);
        return false;
    }

    /// <summary>The index of a name's last word: the name's own, or its last flat part.</summary>
    private static int NameEnd(SentenceParse parse, SyntaxWord name)
    {
        var end = name.Index;
        foreach (var part in parse.ChildrenOf(name, "flat"))
            end = Math.Max(end, part.Index);
        return end;
    }

    /// <summary>
    /// "described his rival X as …", read with "his" as the object and X its conjunct: a possessive pronoun
    /// heads nothing, the noun after it is the phrase's head.
    /// </summary>
    private static bool PossessivePronounHeadsNothing(SentenceParse parse, SyntaxWord w) => w.Xpos == "PRP$" && w.Relation != "nmod:poss" && PossessivePronounHeadsNothingRest(parse, w);

    /// <summary>The rest of <see cref="PossessivePronounHeadsNothing"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PossessivePronounHeadsNothingRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Xpos == "PRP$" && w.Relation != "nmod:poss" && parse.HeadOf(w) is { } possessiveHead
            && parse.ChildrenOf(w).FirstOrDefault(c => c.Upos is "NOUN" or "PROPN" && c.Index > w.Index) is { } possessed)
        {
            possessiveHead.Adopt(possessed, w, w.Relation);
            foreach (var rest in parse.ChildrenOf(w).Where(c => c != possessed).ToList())
                possessed.Adopt(rest, w, rest.Relation);
            possessed.Adopt(w, possessiveHead, "nmod:poss");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Chilean Foreign Minister Ana Ruiz and … met", read with "Chilean" the marker of the verb: an adjective marks no
    /// clause, so one right before a noun phrase modifies it (its head: "Minister" modifies the name).
    /// </summary>
    private static bool AdjectiveReadAsMarker(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "ADJ" || w.Relation != "mark" || w.Index + 1 >= parse.Words.Count || parse.Words[w.Index + 1].Upos is not ("NOUN" or "PROPN" or "ADJ")
            || parse.HeadOf(w) is not { } former)
            return false;
        var head = parse.Words[w.Index + 1];
        while (head.Relation is "compound" or "amod" or "nmod:desc" or "flat" && parse.HeadOf(head) is { Upos: "NOUN" or "PROPN" } up && up.Index > head.Index)
            head = up;
        if (head.Upos is not ("NOUN" or "PROPN"))
            return false;
        head.Adopt(w, former, "amod");
        return true;
    }

    /// <summary>
    /// "received in audience Chile's foreign minister", read with "audience" the case marker of the minister and "in" a
    /// bare adverb: a noun marks nothing, so it is the verb's oblique (with the preposition before it as its case), and
    /// the phrase it marked is the verb's object when the verb has none.
    /// </summary>
    private static bool NounReadAsCase(SentenceParse parse, SyntaxWord w) => w is { Upos: "NOUN", Relation: "case" } && NounReadAsCaseRest(parse, w);

    /// <summary>The rest of <see cref="NounReadAsCase"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NounReadAsCaseRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Relation: "obl" } marked || marked.Index < w.Index || parse.HeadOf(marked) is not { Upos: "VERB" } verb
            || w.Index == 0 || parse.Words[w.Index - 1] is not { Upos: "ADP" } preposition || preposition.Head != verb.Index && preposition.Head != marked.Index)
            return false;
        verb.Adopt(w, marked, "obl");
        w.Adopt(preposition, parse.HeadOf(preposition)!, "case");
        if (!parse.ChildrenOf(verb).Any(c => c.Relation is "obj" or "ccomp" or "xcomp") && !parse.HasChild(marked, "case"))
            marked.Relation = "obj";
        return true;
    }

    /// <summary>
    /// "received in audience Kenyan President X", read with the titled name the oblique, "in" its case and "audience" a word
    /// of its title: a bare singular noun right after a preposition right after the verb is that preposition's object
    /// (the verb's oblique), and the name after it is the verb's object when the verb has none.
    /// </summary>
    private static bool BareNounReadAsATitleOfTheObject(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "obl", Upos: "PROPN" } && w.Head >= 0 && w.Head + 1 < w.Index && BareNounReadAsATitleOfTheObjectRest(parse, w);

    /// <summary>The rest of <see cref="BareNounReadAsATitleOfTheObject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool BareNounReadAsATitleOfTheObjectRest(SentenceParse parse, SyntaxWord w)
    {
        var verb = parse.Words[w.Head];
        if (verb.Upos != "VERB" || parse.Words[verb.Index + 1] is not { Upos: "ADP" } preposition || preposition.Head != w.Index
            || parse.Words[verb.Index + 2] is not { Upos: "NOUN", Xpos: "NN" } noun || noun.Head != w.Index || noun.Index + 1 >= w.Index
            || noun.Dependents.Count > 0 || parse.ChildrenOf(verb).Any(c => c.Relation is "obj" or "ccomp" or "xcomp"))
            return false;
        verb.Adopt(noun, w, "obl");
        noun.Adopt(preposition, w, "case");
        w.Relation = "obj";
        return true;
    }

    /// <summary>
    /// "received in audience the President of Ghana, X", read with the titled name hung on "audience" (as parataxis,
    /// apposition or a modifier), or beside it as a second oblique with no preposition of its own: a bare noun right
    /// after a preposition right after the verb ends there, and the phrase that follows it is the verb's object when the
    /// verb has none.
    /// </summary>
    private static bool ObjectHungOnABareOblique(SentenceParse parse, SyntaxWord w)
    {
        if (w.Index < 4 || w.Head < 0)
            return false;
        // Hung on the bare noun, or an oblique of its own right after it.
        var bare = w.Relation == "obl" ? parse.FirstWordOf(w).Index is > 0 and var first ? parse.Words[first - 1] : null : parse.Words[w.Head];
        return bare is { Relation: "obl", Upos: "NOUN", Xpos: "NN" } && bare.Index >= 2 && bare.Index < w.Index && ObjectHungOnABareObliqueRest(parse, w, bare);
    }

    /// <summary>The rest of <see cref="ObjectHungOnABareOblique"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ObjectHungOnABareObliqueRest(SentenceParse parse, SyntaxWord w, SyntaxWord bare)
    {
        if (parse.HeadOf(bare) is not { Upos: "VERB" } verb || verb.Index + 2 != bare.Index || parse.Words[verb.Index + 1] is not { Upos: "ADP" } preposition
            || preposition.Head != bare.Index || parse.FirstWordOf(w).Index != bare.Index + 1
            // A phrase with a preposition of its own is the bare noun's ("in response to X", "killed in action in Iraq").
            || parse.HasChild(w, "case")
            || (w.Head == bare.Index ? w.Relation == "obl" : w.Relation != "obl" || w.Head != verb.Index || w.Upos != "PROPN" && !parse.HasChild(w, "det") && !parse.HasChild(w, "nmod:desc"))
            || parse.ChildrenOf(bare).Any(c => c != preposition && c != w && c.Index < w.Index)
            || parse.ChildrenOf(verb).Any(c => c.Relation is "obj" or "ccomp" or "xcomp"))
            return false;
        verb.Adopt(w, parse.HeadOf(w)!, "obj");
        return true;
    }

    /// <summary>
    /// "held a working lunch with Foreign Minister X", read with "with" heading the name as its subject: a preposition
    /// heads nothing, so the name after it takes its place in the tree and the preposition marks it.
    /// </summary>
    private static bool PrepositionHeadingANoun(SentenceParse parse, SyntaxWord w) => w is { Upos: "ADP", Relation: "nmod" or "obl" } && PrepositionHeadingANounRest(parse, w);

    /// <summary>The rest of <see cref="PrepositionHeadingANoun"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PrepositionHeadingANounRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { } head
            || parse.ChildrenOf(w).FirstOrDefault(c => c.Index == w.Index + 1 || c.Index > w.Index && parse.FirstWordOf(c).Index == w.Index + 1) is not { Upos: "NOUN" or "PROPN" } noun
            || noun.Relation is not ("nsubj" or "obj" or "nmod" or "compound"))
            return false;
        var relation = w.Relation;
        head.Adopt(noun, w, relation);
        foreach (var rest in parse.ChildrenOf(w).ToList())
            noun.Adopt(rest, w, rest.Relation);
        noun.Adopt(w, head, "case");
        return true;
    }

    /// <summary>
    /// "Chile's ambassador to the UN said …", "The director of the museum in Los Angeles says …", read with the
    /// preposition the marker of the verb and its noun the verb's second subject: a phrase "to the X" (or "in", "at" …
    /// a preposition that opens no clause) between a subject and its verb, whose noun the parser also made a subject,
    /// belongs to the first subject's phrase, on its last word.
    /// </summary>
    private static bool PrepositionReadAsMarker(SentenceParse parse, SyntaxWord w) => w.Relation == "mark" && PhrasalPrepositions.Contains(w.Form) && PrepositionReadAsMarkerRest(parse, w);

    /// <summary>The rest of <see cref="PrepositionReadAsMarker"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PrepositionReadAsMarkerRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "mark" || !PhrasalPrepositions.Contains(w.Form) || parse.HeadOf(w) is not { Upos: "VERB" } verb
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault(n => n.Index > w.Index && n.Index < verb.Index
                && parse.Words.Skip(w.Index + 1).Take(parse.FirstWordOf(n).Index - w.Index - 1).All(d => d.Upos == "DET" && d.Head == verb.Index)) is not { } second
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault(n => n.Index < w.Index && parse.LastWordOf(n).Index == w.Index - 1) is not { } first
            || parse.LastWordOf(second).Index + 1 != verb.Index)
            return false;
        // The phrase hangs on the word it follows ("the museum in Los Angeles"), a noun's modifier or a participle's oblique.
        var before = parse.LastWordOf(first);
        before.Adopt(second, verb, before.Upos == "VERB" ? "obl" : "nmod");
        second.Adopt(w, verb, "case");
        // The article the parser hung on the verb is the noun's.
        foreach (var article in parse.Words.Skip(w.Index + 1).Take(second.Index - w.Index - 1).Where(d => d.Upos == "DET" && d.Head == verb.Index).ToList())
            second.Adopt(article, verb, "det");
        return true;
    }

    /// <summary>English prepositions that open a noun phrase and never a clause ("by" after a participle: <see cref="AgentAsSubjectOfSaid"/>).</summary>
    private static readonly HashSet<string> PhrasalPrepositions = new(StringComparer.OrdinalIgnoreCase) { "to", "in", "at", "of", "for", "from", "with", "on" };

    /// <summary>
    /// "met visiting Brazilian President X", "the visiting Brazilian president laid a wreath", "talks with visiting X",
    /// "Acting President X of South Korea spoke …", "Outgoing Dutch Prime Minister X hosted …", read with the participle a
    /// verb taking the person as its object: before a name or a title such a participle says how the person holds office
    /// or is on a visit, as an adjective, and the person takes its place in the clause (an object, a subject, or behind
    /// "with").
    /// </summary>
    private static bool OfficeParticipleReadAsAVerb(SentenceParse parse, SyntaxWord w) =>
        w.Upos == "VERB" && OfficeParticiples.Contains(w.Form) && OfficeParticipleReadAsAVerbRest(parse, w);

    /// <summary>English participles that describe a person by a visit or by how they hold their office ("acting", "outgoing").</summary>
    private static readonly HashSet<string> OfficeParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "visiting", "acting", "outgoing", "incoming", "retiring", "departing", "reigning", "serving", "sitting",
    };

    /// <summary>The rest of <see cref="OfficeParticipleReadAsAVerb"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool OfficeParticipleReadAsAVerbRest(SentenceParse parse, SyntaxWord w)
    {
        // A guest described by a title or a nationality ("Brazilian President X", "the visiting Brazilian president"), not
        // a place one visits ("after visiting Amman", "began visiting Paris").
        // Adjectives right after "visiting" may hang on it ("visiting Chilean President X" with "Chilean" on "visiting").
        var start = w.Index + 1;
        while (start < parse.Words.Count && parse.Words[start] is { Upos: "ADJ" } adjective && adjective.Head == w.Index)
            start++;
        if (parse.ChildrenOf(w, "obj").FirstOrDefault() is not { Upos: "PROPN" or "NOUN" } guest || parse.FirstWordOf(guest).Index != start
            || start == w.Index + 1 && !parse.ChildrenOf(guest).Any(c => c.Relation is "amod" or "compound" or "nmod:desc" or "nmod:poss" && c.Index < guest.Index && char.IsUpper(c.Form[0]))
            || start > w.Index + 1 && !char.IsUpper(parse.Words[w.Index + 1].Form[0])
            || parse.ChildrenOf(w).Any(c => c.Relation is "nsubj" or "aux" or "obl" && c.Index < w.Index))
            return false;
        var relation = w.Relation switch
        {
            "xcomp" or "ccomp" => "obj",
            "csubj" => "nsubj",
            "acl" when parse.ChildrenOf(w, "mark").Any(m => m.Form.Equals("with", StringComparison.OrdinalIgnoreCase)) => "nmod",
            "advcl" when parse.ChildrenOf(w, "mark").Any(m => m.Form.Equals("with", StringComparison.OrdinalIgnoreCase)) => "obl",
            "root" => "root",
            _ => null,
        };
        if (relation is null)
            return false;
        for (var a = w.Index + 1; a < start; a++)
            parse.Words[start].Adopt(parse.Words[a], w, "amod");
        var head = parse.HeadOf(w);
        if (head is null)
            guest.BecomeRoot(w);
        else
            head.Adopt(guest, w, relation);
        foreach (var c in parse.ChildrenOf(w).Where(c => c != guest).ToList())
            guest.Adopt(c, w, c.Relation == "mark" ? "case" : c.Relation);
        // "The visiting …" with the article hung on the verb after the phrase.
        if (head is not null && w.Index > 0 && parse.Words[w.Index - 1] is { Upos: "DET" } article && article.Head == head.Index)
            guest.Adopt(article, head, "det");
        guest.Adopt(w, head ?? guest, "amod");
        w.Upos = "ADJ";
        w.Xpos = "JJ";
        return true;
    }

    /// <summary>
    /// "received His Excellency Giorgi Beridze", read with the honorific heading the name: the name heads, and the honorific
    /// before it describes it, as a title does.
    /// </summary>
    private static bool HonorificHeadingAName(SentenceParse parse, SyntaxWord w) => IsHonorificNoun(w) && HonorificHeadingANameRest(parse, w);

    /// <summary>The noun of an honorific ("His Excellency", "His Highness", "Her Majesty").</summary>
    private static bool IsHonorificNoun(SyntaxWord w) => w.Form is "Excellency" or "Highness" or "Majesty";

    /// <summary>The rest of <see cref="HonorificHeadingAName"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool HonorificHeadingANameRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { } head
            || parse.ChildrenOf(w, "flat").FirstOrDefault(c => c.Upos == "PROPN" && c.Index == w.Index + 1) is not { } name)
            return false;
        head.Adopt(name, w, w.Relation);
        foreach (var part in parse.ChildrenOf(w).Where(c => c.Index > name.Index).ToList())
            name.Adopt(part, w, part.Relation);
        name.Adopt(w, head, "nmod:desc");
        return true;
    }

    /// <summary>
    /// "Vietnamese President X welcomed Y", read with the adjective heading the titled name as its apposition and Y the
    /// verb's subject: an adjective heads no name, so the name takes its place, the adjective describes it, and the name
    /// before the verb is its subject and the one after it its object.
    /// </summary>
    private static bool AdjectiveHeadingAName(SentenceParse parse, SyntaxWord w) =>
        w.Xpos == "JJ" && w.Relation is not "appos" && parse.HasChild(w, "appos") && AdjectiveHeadingANameRest(parse, w);

    /// <summary>The rest of <see cref="AdjectiveHeadingAName"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool AdjectiveHeadingANameRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.ChildrenOf(w, "appos").FirstOrDefault(c => c.Upos == "PROPN") is not { } name || parse.FirstWordOf(name).Index != w.Index + 1
            || parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index < name.Index || !IsTensed(parse, verb) || parse.HasChild(verb, "obj")
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c.Index < verb.Index))
            return false;
        var later = parse.ChildrenOf(verb).FirstOrDefault(c => c.Relation == "nsubj" && c.Index > verb.Index);
        verb.Adopt(name, w, "nsubj");
        name.Adopt(w, verb, "amod");
        if (later is not null)
            later.Relation = "obj";
        return true;
    }

    /// <summary>
    /// "The Sultan of Oman, X, welcomed Prime Minister Y", read with the title the root, the past tense a clause of the
    /// name in apposition and Y its subject after it: a past tense with a subject after it and no object is the sentence's
    /// verb, the titled phrase its subject and the name after it its object.
    /// </summary>
    private static bool PastTenseOfAnApposedName(SentenceParse parse, SyntaxWord w) =>
        w is { Upos: "VERB", Xpos: "VBD", Relation: "acl" } && PastTenseOfAnApposedNameRest(parse, w);

    /// <summary>The rest of <see cref="PastTenseOfAnApposedName"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PastTenseOfAnApposedNameRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Relation: "appos", Upos: "PROPN" } name || parse.HeadOf(name) is not { Relation: "root", Upos: "NOUN" or "PROPN" } root
            || root.Index > name.Index || parse.HasChild(w, "obj") || parse.HasChild(w, "aux:pass")
            || parse.ChildrenOf(w).FirstOrDefault(c => c.Relation == "nsubj") is not { Upos: "PROPN" or "NOUN" } late || late.Index < w.Index)
            return false;
        w.BecomeRoot(name);
        w.Adopt(root, w, "nsubj");
        late.Relation = "obj";
        PunctuationAfter(parse, root, w);
        return true;
    }

    /// <summary>
    /// "Paris Mayor Anne Leroy met …", read with the city heading the phrase and the titled name a list item of it: a name
    /// with its title right after a proper noun is the head, and the proper noun names the title's seat ("Paris Mayor").
    /// </summary>
    private static bool SeatReadAsTheHeadOfATitledName(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "list", Upos: "PROPN" } && SeatReadAsTheHeadOfATitledNameRest(parse, w);

    /// <summary>The rest of <see cref="SeatReadAsTheHeadOfATitledName"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SeatReadAsTheHeadOfATitledNameRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "PROPN" } seat || seat.Index > w.Index
            || parse.ChildrenOf(w).FirstOrDefault(c => c.Relation is "nmod:desc" or "compound" && c.Index == seat.Index + 1) is not { } title
            || parse.HeadOf(seat) is not { } head)
            return false;
        head.Adopt(w, seat, seat.Relation);
        title.Adopt(seat, head, "compound");
        return true;
    }

    /// <summary>
    /// "signed four memoranda of understanding", read with the number and the noun two objects of the verb: a number right
    /// before the verb's other object counts it.
    /// </summary>
    private static bool NumberReadAsAnObject(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Upos: "NUM", Relation: "obj" } || w.Index + 1 >= parse.Words.Count || parse.Words[w.Index + 1] is not { Upos: "NOUN", Relation: "obj" } counted
            || counted.Head != w.Head || parse.HeadOf(w) is not { } verb)
            return false;
        counted.Adopt(w, verb, "nummod");
        return true;
    }

    /// <summary>
    /// "welcomed Sudanese army chief X in Riyadh", read with X an indirect object, and "later called Omar Diallo", read
    /// with the name a predicate ("called him Omar"): a verb of meeting, calling or hosting with no object of its own
    /// takes the name or noun after it as its object, as an indirect object or a predicate needs an object beside it.
    /// </summary>
    private static bool SecondArgumentWithoutAnObject(SentenceParse parse, SyntaxWord w)
    {
        if (w is not ({ Relation: "iobj", Upos: "PROPN" or "NOUN" } or { Relation: "xcomp", Upos: "PROPN" }) || parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index > w.Index
            || !WordLists.EncounterVerbs.Contains(verb.Form) || parse.HasChild(verb, "obj") || parse.HasChild(verb, "nsubj:pass") || parse.HasChild(verb, "aux:pass"))
            return false;
        w.Relation = "obj";
        return false;
    }

    /// <summary>
    /// "declared three Russian diplomats persona non grata", read with the number heading the noun it counts as a bare
    /// nominal modifier: the noun right after a number, with no preposition, is what the number counts, and takes its
    /// place and its other dependents ("one of the diplomats" has its "of").
    /// </summary>
    private static bool NumberReadAsTheHeadOfItsNoun(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "NUM" || parse.HeadOf(w) is not { } head
            || parse.ChildrenOf(w).FirstOrDefault(c => c is { Relation: "nmod", Upos: "NOUN" } && c.Index > w.Index) is not { } counted
            || parse.HasChild(counted, "case") || parse.Words.Skip(w.Index + 1).Take(counted.Index - w.Index - 1).Any(x => x.Head != counted.Index))
            return false;
        head.Adopt(counted, w, w.Relation);
        foreach (var other in parse.ChildrenOf(w).ToList())
            counted.Adopt(other, w, other.Relation);
        counted.Adopt(w, head, "nummod");
        return true;
    }

    /// <summary>
    /// "Biden hosts Japanese PM at White House", read with the adjective a predicate of the verb taking the noun after it
    /// as its object: an adjective takes no object, so it describes that noun, which is the verb's object. The same for a
    /// titled name read as the adjective's apposition ("received Egyptian President Abdel Fattah al-Sisi").
    /// </summary>
    private static bool AdjectiveWithAnObject(SentenceParse parse, SyntaxWord w) => w.Upos == "ADJ" && w.Relation is "xcomp" or "obj" && AdjectiveWithAnObjectRest(parse, w);

    /// <summary>The rest of <see cref="AdjectiveWithAnObject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool AdjectiveWithAnObjectRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || parse.ChildrenOf(w).FirstOrDefault(c => c.Relation == "obj" || c is { Relation: "appos", Upos: "PROPN" }) is not { Upos: "NOUN" or "PROPN" } thing
            || parse.FirstWordOf(thing).Index != w.Index + 1 || parse.ChildrenOf(verb, "obj").Any(o => o != w))
            return false;
        verb.Adopt(thing, w, "obj");
        thing.Adopt(w, verb, "amod");
        return true;
    }

    /// <summary>
    /// "X arrived in Manama, and was received by King Y", read with "received" an adverbial clause or a parataxis of
    /// "arrived": a clause that "and" opens with an auxiliary, with no subject and no marker of its own, is a conjunct
    /// sharing the subject (a bare participle after "and" the other repairs read).
    /// </summary>
    private static bool ConjunctReadAsAnAdverbialClause(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "VERB" || w.Relation is not ("advcl" or "parataxis") || parse.HeadOf(w) is not { Upos: "VERB" } head || head.Index > w.Index
            || !parse.HasChild(w, "cc", c => c.Form is "and" or "but") || parse.HasChild(w, "mark") || !parse.HasChild(w, "aux:pass") && !parse.HasChild(w, "aux")
            || parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation == "expl"))
            return false;
        w.Relation = "conj";
        return true;
    }

    /// <summary>
    /// "The church helped broker a truce", read with "broker" a noun, the object of "helped", that has an object of its own:
    /// a noun takes no object, so after a verb of helping it is the bare infinitive the verb governs.
    /// </summary>
    private static bool BareInfinitiveAfterHelpReadAsANoun(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "NOUN" || w.Relation != "obj" || w.Index == 0 || parse.Words[w.Index - 1] is not { Upos: "VERB" } help || help.Index != w.Head
            || !Helps.Contains(help.Form.ToLowerInvariant()) || !parse.HasChild(w, "obj") || parse.HasChild(w, "det"))
            return false;
        w.Upos = "VERB";
        w.Xpos = "VB";
        w.Relation = "xcomp";
        return true;
    }

    private static readonly HashSet<string> Helps = new(StringComparer.Ordinal) { "help", "helps", "helped", "helping" };

    /// <summary>
    /// "Bush is to open talks with X", read with "to" a preposition of "talks" and "open" its adjective: after "is to" a
    /// word that could be a verb is one (the "be to" of what is planned), with the noun after it as its object; the
    /// clause's subject, copula and other adjuncts are the verb's.
    /// </summary>
    private static bool VerbAfterBeToReadAsAdjective(SentenceParse parse, SyntaxWord w) => w.Upos == "ADJ" && w.Relation == "amod" && VerbAfterBeToReadAsAdjectiveRest(parse, w);

    /// <summary>The rest of <see cref="VerbAfterBeToReadAsAdjective"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool VerbAfterBeToReadAsAdjectiveRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Index < 2 || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } noun || noun.Index < w.Index
            || parse.Words[w.Index - 1] is not { Xpos: "TO", Relation: "case" } to || to.Head != noun.Index
            || parse.Words[w.Index - 2] is not { Relation: "cop" } be || be.Head != noun.Index)
            return false;
        var formerHead = parse.HeadOf(noun);
        if (formerHead is null)
            w.BecomeRoot(noun);
        else
            formerHead.Adopt(w, noun, noun.Relation);
        foreach (var c in parse.ChildrenOf(noun).Where(c => c != w && (c.Index < w.Index || c.Relation is "punct" or "obl" or "advmod" or "advcl" or "parataxis")).ToList())
            w.Adopt(c, noun, c == to ? "mark" : c.Relation);
        w.Adopt(noun, formerHead ?? w, "obj");
        w.Upos = "VERB";
        w.Xpos = "VB";
        return true;
    }

    /// <summary>
    /// "Israel holds Hamas responsible for the deaths", read with the name a compound of the adjective and the adjective
    /// a noun argument of the verb: an adjective heads no compound, so the name before it is the verb's object and the
    /// adjective what is predicated of it.
    /// </summary>
    private static bool ObjectReadAsACompoundOfThePredicate(SentenceParse parse, SyntaxWord w) =>
        w.Upos == "ADJ" && w.Relation is "obl" or "obj" or "nsubj" && ObjectReadAsACompoundOfThePredicateRest(parse, w);

    /// <summary>The rest of <see cref="ObjectReadAsACompoundOfThePredicate"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ObjectReadAsACompoundOfThePredicateRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index > w.Index || parse.HasChild(w, "case") || parse.HasChild(w, "det")
            || parse.ChildrenOf(w, "compound").FirstOrDefault() is not { Upos: "PROPN" or "NOUN" or "PRON" } held
            || parse.LastWordOf(held).Index + 1 != w.Index || parse.ChildrenOf(verb, "obj").Any(o => o != w))
            return false;
        verb.Adopt(held, w, "obj");
        w.Relation = "xcomp";
        return true;
    }

    /// <summary>
    /// "signed a $2 billion arms deal with Russia", read with "deal" a verb whose subject is "arms": a verb in the present
    /// takes no article, so a word with one before it is a noun, its "subject" a noun before it (a compound), the words
    /// between the article and it that hang elsewhere its modifiers (a currency sign a compound, as the treebank has it),
    /// and, as the clause a verb took, the verb's object.
    /// </summary>
    private static bool PresentVerbWithAnArticle(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "VERB" || w.Xpos is not ("VB" or "VBP" or "VBZ") || parse.HeadOf(w) is not { } head
            || parse.ChildrenOf(w, "det").FirstOrDefault(d => d.Index < w.Index && d.Form.ToLowerInvariant() is "a" or "an" or "the") is not { } article
            || parse.ChildrenOf(w).Any(c => c.Relation is "aux" or "aux:pass" or "mark" or "cop" or "obj" || c.Relation == "nsubj" && c.Upos is not ("NOUN" or "PROPN")))
            return false;
        w.Upos = "NOUN";
        w.Xpos = w.Xpos == "VBZ" ? "NNS" : "NN";
        foreach (var c in parse.ChildrenOf(w).ToList())
        {
            if (c.Relation == "nsubj" && c.Index < w.Index)
                c.Relation = "compound";
            else if (c.Relation.StartsWith("obl", StringComparison.Ordinal))
                c.Relation = "nmod";
        }

        // The words between the article and the noun belong to the noun's phrase.
        for (var i = article.Index + 1; i < w.Index; i++)
        {
            var x = parse.Words[i];
            if (parse.HeadOf(x) is { } former && (former.Index < article.Index || former.Index > w.Index))
                w.Adopt(x, former, x.Upos switch { "NUM" => "nummod", "ADJ" => "amod", _ => "compound" });
        }

        if (w.Relation is "ccomp" or "xcomp" && head.Upos == "VERB" && !parse.HasChild(head, "obj"))
            w.Relation = "obj";
        return false;
    }

    /// <summary>
    /// "The Pakistani military said …", read with "military" an adjective and "The" and "Pakistani" hung on the verb:
    /// a verb takes no article or adjective, and a word with an article that is the subject or object of a verb heads a
    /// noun phrase, so it is a noun, with the article and adjectives right before it.
    /// </summary>
    private static bool AdjectiveWithAnArticleAsAnArgument(SentenceParse parse, SyntaxWord w)
    {
        // "the wounded", "the following", "the same", "the best": participles, pronoun-like adjectives and superlatives stand
        // without a noun in UD.
        if (w.Upos != "ADJ" || w.Relation is not ("nsubj" or "nsubj:pass" or "obj") || parse.HeadOf(w) is not { Upos: "VERB" } verb
            || w.Form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || w.Form.ToLowerInvariant() is "same" or "former" or "latter" or "other" or "first" or "last" or "next" or "rest" or "few" or "many" or "most"
                or "best" or "worst" or "least")
            return false;
        var before = new List<SyntaxWord>();
        for (var i = w.Index - 1; i >= 0 && parse.Words[i] is { } x && x.Head == verb.Index && x.Relation is "det" or "amod"; i--)
            before.Add(x);
        if (!before.Concat(parse.ChildrenOf(w, "det")).Any(d => d.Relation == "det" && d.Form.ToLowerInvariant() is "the" or "a" or "an"))
            return false;
        w.Upos = "NOUN";
        w.Xpos = "NN";
        foreach (var x in before)
            w.Adopt(x, verb, x.Relation);
        return false;
    }

    /// <summary>
    /// "received the visiting Iraqi prime minister", "met the IMF's managing director", read with the article (or the
    /// possessor) as the object and the participle a clause on it whose object is the noun after it: an article or a
    /// possessor heads no clause, so the participle right after it modifies the noun phrase that follows (amod), and
    /// that phrase takes the article's (or the possessor's) place.
    /// </summary>
    private static bool ArticleHeadsAParticiple(SentenceParse parse, SyntaxWord w) =>
        w.Upos is "DET" or "PROPN" or "NOUN" && w.Head >= 0 && w.Index + 2 < parse.Words.Count
        && (parse.Words[w.Index + 1].Xpos is "VBG" or "VBN" || parse.Words[w.Index + 2].Xpos is "VBG" or "VBN") && ArticleHeadsAParticipleRest(parse, w);

    /// <summary>The rest of <see cref="ArticleHeadsAParticiple"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ArticleHeadsAParticipleRest(SentenceParse parse, SyntaxWord w)
    {
        var possessor = w.Upos is "PROPN" or "NOUN" && IsPossessor(parse, w);
        if (!(w.Upos == "DET" || possessor) || parse.HeadOf(w) is not { } head)
            return false;
        // "The visiting Ghanaian foreign minister, X, held talks", read with the article on the verb: the phrase is its subject.
        var relation = w.Relation is "det" or "nmod:poss" ? head.Upos == "VERB" && w.Index < head.Index && !parse.ChildrenOf(head).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) ? "nsubj" : null
            : w.Relation;
        if (relation is null)
            return false;
        var at = w.Index + (possessor ? 2 : 1);
        if (at + 1 >= parse.Words.Count || parse.Words[at] is not { Xpos: "VBG" or "VBN" } participle || participle.Head != w.Index)
            return false;
        var phrase = parse.ChildrenOf(participle).FirstOrDefault(c => c.Relation is "obj" or "nsubj" && c.Upos is "NOUN" or "PROPN");
        if (phrase is null || parse.FirstWordOf(phrase).Index != participle.Index + 1)
            return false;
        head.Adopt(phrase, participle, relation);
        // A place or time after the phrase ("in Riyadh") is the clause's, as the participle's clause is gone.
        foreach (var rest in parse.ChildrenOf(participle).Concat(parse.ChildrenOf(w).Where(c => c.Index > participle.Index)).Where(c => c != phrase).ToList())
        {
            if (rest.Relation == "obl" && head.Upos == "VERB")
                head.Adopt(rest, parse.HeadOf(rest)!, "obl");
            else
                phrase.Adopt(rest, parse.HeadOf(rest)!, rest.Relation);
        }

        phrase.Adopt(participle, w, "amod");
        phrase.Adopt(w, head, possessor ? "nmod:poss" : "det");
        return true;
    }

    /// <summary>
    /// "The visiting Iraqi prime minister was received by …", read with "visiting" the subject, the article its
    /// determiner and the minister its object: a participle between an article and the noun phrase it opens modifies
    /// that noun (amod), which takes the participle's place.
    /// </summary>
    private static bool ParticipleAfterAnArticle(SentenceParse parse, SyntaxWord w) => w.Xpos is "VBG" or "VBN" && w.Index >= 1 && ParticipleAfterAnArticleRest(parse, w);

    /// <summary>The rest of <see cref="ParticipleAfterAnArticle"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ParticipleAfterAnArticleRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Xpos is not ("VBG" or "VBN") || w.Index < 1 || parse.HeadOf(w) is not { } head
            || parse.Words[w.Index - 1] is not { Upos: "DET" } article || article.Head != w.Index
            || parse.ChildrenOf(w).Any(c => c.Relation is "aux" or "aux:pass" or "mark" || c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        var phrase = parse.ChildrenOf(w).FirstOrDefault(c => c.Relation == "obj" && c.Upos is "NOUN" or "PROPN");
        if (phrase is null || parse.FirstWordOf(phrase).Index != w.Index + 1)
            return false;
        head.Adopt(phrase, w, w.Relation);
        foreach (var rest in parse.ChildrenOf(w).Where(c => c != phrase).ToList())
            phrase.Adopt(rest, w, rest.Relation);
        phrase.Adopt(w, head, "amod");
        return true;
    }

    /// <summary>
    /// "met her Chilean counterpart Luis Vega", read with "her" the object and the phrase after it an oblique without a
    /// preposition: a verb takes no second object or bare oblique after "her", so "her" is the possessive of that phrase,
    /// which is the object (a title noun before a name heads it, the name in apposition, as after "his"). "met her Swedish
    /// counterpart, Lars Holm", read with the phrase a predicative of "her": only a verb that names what its object is
    /// ("named her foreign minister") takes one.
    /// </summary>
    private static bool PossessiveReadAsObject(SentenceParse parse, SyntaxWord w)
    {
        if (w.Xpos != "PRP" || !w.Form.Equals("her", StringComparison.OrdinalIgnoreCase) || w.Relation != "obj"
            || parse.HeadOf(w) is not { Upos: "VERB" } verb || w.Index + 1 >= parse.Words.Count)
            return false;
        var phrase = parse.Words[w.Index + 1];
        while (parse.HeadOf(phrase) is { } up && up != verb)
            phrase = up;
        if (phrase.Head != verb.Index || phrase.Upos is not ("NOUN" or "PROPN")
            || phrase.Relation is not ("obl" or "obj") && (phrase.Relation != "xcomp" || PredicativeVerbs.Contains(verb.Form))
            || parse.HasChild(phrase, "case") || parse.FirstWordOf(phrase).Index != w.Index + 1)
            return false;
        // "her Chilean counterpart Luis Vega": the title noun heads, the name is its apposition.
        if (phrase.Upos == "PROPN" && parse.ChildrenOf(phrase, "compound").FirstOrDefault(c => c.Upos == "NOUN") is { } title)
        {
            verb.Adopt(title, phrase, "obj");
            title.Adopt(phrase, verb, "appos");
            phrase = title;
        }

        phrase.Relation = "obj";
        phrase.Adopt(w, verb, "nmod:poss");
        return true;
    }

    /// <summary>
    /// "met her Chilean counterpart Luis Vega", read with the counterpart the verb's predicative: a verb with no object
    /// takes an owned noun as a predicative only when it links ("became his deputy", "remained her adviser"); after
    /// any other the noun is the object.
    /// </summary>
    private static bool OwnedNounReadAsPredicative(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "xcomp" || w.Upos != "NOUN" || parse.HeadOf(w) is not { Upos: "VERB" } verb || w.Index < verb.Index
            || !HasPossessivePronoun(parse, w) || LinkingVerbs.Contains(verb.Form) || PredicativeVerbs.Contains(verb.Form))
            return false;
        for (var i = 0; i < verb.Dependents.Count; i++)
        {
            var c = verb.Dependents[i];
            if (c.Relation is "obj" or "iobj" or "aux:pass" or "nsubj:pass" or "cop")
                return false;
        }

        w.Relation = "obj";
        return true;
    }

    /// <summary>The noun is owned by a possessive pronoun ("her", "his", "their").</summary>
    private static bool HasPossessivePronoun(SentenceParse parse, SyntaxWord noun)
    {
        foreach (var c in parse.ChildrenOf(noun, "nmod:poss"))
        {
            if (c.Xpos == "PRP$")
                return true;
        }

        return false;
    }

    /// <summary>English verbs that link their subject to what it is ("became", "remained"): their predicative is no object.</summary>
    private static readonly HashSet<string> LinkingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "become", "becomes", "became", "becoming", "remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying",
        "seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing", "turn", "turns", "turned", "turning",
        "look", "looks", "looked", "looking", "sound", "sounds", "sounded", "sounding", "feel", "feels", "felt", "feeling",
    };

    /// <summary>
    /// English verbs that take an object and a noun saying what it is or becomes ("named her envoy", "made her a
    /// minister", "found her a worthy successor"): the complex-transitive verbs of English grammars.
    /// </summary>
    private static readonly HashSet<string> PredicativeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "names", "named", "naming", "appoint", "appoints", "appointed", "appointing", "elect", "elects", "elected", "electing",
        "make", "makes", "made", "making", "call", "calls", "called", "calling", "consider", "considers", "considered", "considering",
        "declare", "declares", "declared", "declaring", "crown", "crowns", "crowned", "crowning", "nominate", "nominates", "nominated",
        "nominating", "keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving", "find", "finds", "found", "finding",
        "deem", "deems", "deemed", "deeming", "label", "labels", "labelled", "labeled", "labelling", "labeling", "dub", "dubs", "dubbed",
        "dubbing", "choose", "chooses", "chose", "chosen", "choosing", "proclaim", "proclaims", "proclaimed", "proclaiming", "term",
        "terms", "termed", "terming", "vote", "votes", "voted", "voting", "install", "installs", "installed", "installing", "confirm",
        "confirms", "confirmed", "confirming", "swear", "swears", "swore", "sworn", "swearing", "hold", "holds", "held", "holding",
        "think", "thinks", "thought", "thinking", "believe", "believes", "believed", "believing", "prove", "proves", "proved",
        "proven", "proving", "style", "styles", "styled", "styling", "designate", "designates", "designated", "designating",
    };

    /// <summary>
    /// "President Donald Trump's order freezes …", read with Trump and "order" both subjects: a possessor is the
    /// possessive of the noun its phrase runs into.
    /// </summary>
    private static bool PossessorOfTheNextNoun(SentenceParse parse, SyntaxWord w) => w.Relation != "nmod:poss" && w.Head >= 0 && IsPossessor(parse, w) && PossessorOfTheNextNounRest(parse, w);

    /// <summary>The rest of <see cref="PossessorOfTheNextNoun"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PossessorOfTheNextNounRest(SentenceParse parse, SyntaxWord w)
    {
        if (IsPossessor(parse, w) && w.Relation != "nmod:poss" && parse.HeadOf(w) is { } possessorHead
            && parse.ChildrenOf(possessorHead).FirstOrDefault(c => c.Index > w.Index) is { Upos: "NOUN" or "PROPN" } owned
            && parse.LastWordOf(w).Index + 1 == parse.FirstWordOf(owned).Index)
        {
            // "Chile's Ana Ruiz and Peru's Luis Vega met": the second "'s" is Peru's, and the two names both subjects.
            if (!JoinSecondPossessor(parse, w, owned, possessorHead))
                owned.Adopt(w, possessorHead, "nmod:poss");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "received visiting Australian Trade Minister X", read with the name a predicative of the verb: a name with nothing
    /// of a clause, under an active verb without an object that links no subject to a predicate, is its object.
    /// </summary>
    private static bool NameReadAsAPredicative(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "xcomp" || parse.HeadOf(w) is not { Upos: "VERB" } verb || LinkingVerbs.Contains(verb.Form) || parse.HasChild(verb, "obj")
            || parse.ChildrenOf(verb).Any(c => c.Relation is "nsubj:pass" or "aux:pass" or "iobj")
            || parse.ChildrenOf(w).Any(c => c.Relation is "case" or "cop" or "mark" or "nsubj" or "aux"))
            return false;
        w.Relation = "obj";
        return true;
    }

    /// <summary>
    /// "met visiting Chilean President X", read with "visiting" a predicative of the verb beside its object: an adjective
    /// with nothing of its own right before the object's phrase describes the object.
    /// </summary>
    private static bool AdjectiveBeforeTheObject(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Upos: "ADJ", Relation: "xcomp" } || parse.HeadOf(w) is not { Upos: "VERB" } verb || parse.ChildrenOf(w).Any()
            || parse.ChildrenOf(verb, "obj").FirstOrDefault() is not { Upos: "NOUN" or "PROPN" } thing || parse.FirstWordOf(thing).Index != w.Index + 1)
            return false;
        thing.Adopt(w, verb, "amod");
        return true;
    }

    /// <summary>
    /// "In a tense meeting held in Lima, …", read as a clausal complement: a noun with a preposition is an oblique.
    /// </summary>
    private static bool NounWithPrepositionIsOblique(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos is "NOUN" or "PROPN" && w.Relation is "ccomp" or "advcl" or "xcomp" && parse.HeadOf(w) is { Upos: "VERB" }
            && parse.ChildrenOf(w, "case").Any(c => c.Upos == "ADP") && !parse.HasChild(w, "cop"))
            w.Relation = "obl";

        return false;
    }

    /// <summary>
    /// "between [external affairs minister] X": the preposition opens the name's phrase, not its description's; so too
    /// "by Chilean and Peruvian negotiators", read with "by" on the adjective.
    /// </summary>
    private static bool PrepositionOpensTheName(SentenceParse parse, SyntaxWord w)
    {
        if ((w.Relation is "nmod:desc" or "compound" && parse.HeadOf(w) is { Upos: "PROPN" } || w.Relation == "amod" && parse.HeadOf(w) is { Upos: "NOUN" or "PROPN" })
            && parse.HeadOf(w) is { } described && described.Index > w.Index
            && parse.ChildrenOf(w, "case").FirstOrDefault() is { } preposition && preposition.Index == parse.FirstWordOf(described).Index)
        {
            described.Adopt(preposition, w, "case");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "which it accused", read with "it" as the subject of "which": a pronoun has no subject; the verb has.
    /// </summary>
    private static bool PronounHasNoSubject(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "nsubj" or "nsubj:pass" && parse.HeadOf(w) is { Upos: "PRON" } pronoun && parse.HeadOf(pronoun) is { Upos: "VERB" } clause
            && pronoun.Index < w.Index && w.Index < clause.Index)
        {
            clause.Adopt(w, pronoun, w.Relation);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "a commander with [Sudan's army]", "a dinner for [Prime Minister X]", read with the noun phrase hung on the
    /// preposition (as its oblique, object or a clause of its own): a preposition
    /// heads nothing in UD, it is the case of the phrase after it.
    /// </summary>
    private static bool PrepositionHeadsNothing(SentenceParse parse, SyntaxWord w) => w.Upos == "ADP" && w.Relation is not ("case" or "mark" or "fixed" or "compound:prt") && PrepositionHeadsNothingRest(parse, w);

    /// <summary>The rest of <see cref="PrepositionHeadsNothing"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PrepositionHeadsNothingRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos == "ADP" && w.Relation is not ("case" or "mark" or "fixed" or "compound:prt") && parse.HeadOf(w) is { } prepositionHead
            && parse.ChildrenOf(w).FirstOrDefault(c => c.Index > w.Index && c.Upos is "NOUN" or "PROPN" or "PRON" && (c.Relation.StartsWith("obl", StringComparison.Ordinal) || c.Relation is "obj" or "parataxis" or "dep")
                || c.Relation == "nmod") is { } phrase)
        {
            prepositionHead.Adopt(phrase, w, prepositionHead.Upos == "VERB" ? "obl" : "nmod");
            phrase.Adopt(w, prepositionHead, "case");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "was attacked by Al-Shabaab militants", read with "by" the case of the name's first part, a compound of the noun: a
    /// compound takes no preposition, so the one that opens the phrase is the case of the phrase's head.
    /// </summary>
    private static bool CaseOnACompound(SentenceParse parse, SyntaxWord w) => w.Upos == "ADP" && w.Relation == "case" && CaseOnACompoundRest(parse, w);

    /// <summary>The rest of <see cref="CaseOnACompound"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool CaseOnACompoundRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Relation: "compound" } part || parse.HeadOf(part) is not { Upos: "NOUN" or "PROPN" } phrase
            || part.Index > phrase.Index || parse.FirstWordOf(phrase) != w
            // "in Lima on Monday": a phrase with a preposition of its own after the part is another phrase (read below).
            || parse.ChildrenOf(phrase).Any(c => c.Relation == "case" && c.Index > part.Index))
            return false;
        phrase.Adopt(w, part, "case");
        return true;
    }

    /// <summary>
    /// "supplied Kyiv with more than 40 billion dollars in weapons", read with "with" the case of the number and the
    /// phrase a second object: a preposition that opens a phrase is the case of its head, and an object with a
    /// preposition is an oblique. So in a phrase already read as one ("barred entry to 21 EU officials").
    /// </summary>
    private static bool PrepositionOnANumber(SentenceParse parse, SyntaxWord w) => w.Upos == "ADP" && w.Relation == "case" && PrepositionOnANumberRest(parse, w);

    /// <summary>The rest of <see cref="PrepositionOnANumber"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PrepositionOnANumberRest(SentenceParse parse, SyntaxWord w)
    {
        // "at least four soldiers": "at" is the case of "least".
        if (w.Upos != "ADP" || w.Relation != "case" || parse.HeadOf(w) is not { Upos: "NUM" or "ADJ" or "ADV" } number || number.Form is "least" or "most"
            || parse.HeadOf(number) is not { Upos: "NOUN" or "PROPN" } phrase || number.Index > phrase.Index || parse.FirstWordOf(phrase) != w
            || phrase.Relation == "obj" && !(parse.HeadOf(phrase) is { Upos: "VERB" } verb && parse.ChildrenOf(verb, "obj").Any(o => o.Index < w.Index))
            || phrase.Relation is not ("obj" or "obl" or "nmod") || parse.HasChild(phrase, "case"))
            return false;
        phrase.Adopt(w, number, "case");
        if (phrase.Relation == "obj")
            phrase.Relation = "obl";
        return true;
    }

    /// <summary>
    /// "sealed a $2 billion arms deal with India", read with "deal" the verb of a complement and "arms" its subject: "a"
    /// does not open a plural, so the plural it opens is a modifier of the next word, a singular noun; that phrase is the
    /// object of the verb above, which had none.
    /// </summary>
    private static bool NounReadAsAVerbAfterAPlural(SentenceParse parse, SyntaxWord w) => w.Relation == "ccomp" && w.Xpos is "VBP" or "VB" && NounReadAsAVerbAfterAPluralRest(parse, w);

    /// <summary>The rest of <see cref="NounReadAsAVerbAfterAPlural"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NounReadAsAVerbAfterAPluralRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index > w.Index || parse.HasChild(verb, "obj")
            || parse.ChildrenOf(w).Any(c => c.Relation is "obj" or "aux" or "mark" or "ccomp" or "xcomp")
            || parse.ChildrenOf(w, "nsubj").ToList() is not [{ Xpos: "NNS" } plural] || plural.Index != w.Index - 1
            || !parse.ChildrenOf(plural, "det").Any(d => d.Form.Equals("a", StringComparison.OrdinalIgnoreCase) || d.Form.Equals("an", StringComparison.OrdinalIgnoreCase)))
            return false;
        w.Upos = "NOUN";
        w.Xpos = "NN";
        w.Relation = "obj";
        plural.Relation = "compound";
        foreach (var c in parse.ChildrenOf(plural).Where(c => c.Relation is not "case").ToList())
            w.Adopt(c, plural, c.Relation);
        foreach (var c in parse.ChildrenOf(w).Where(c => c.Relation == "obl").ToList())
            c.Relation = "nmod";
        return true;
    }

    /// <summary>
    /// "declared two Swedish diplomats persona non grata", read with "diplomats" a verb in the "-s" form (or a noun with an
    /// object) that is the object of "declared": a verb is no object, and one with a number or an adjective of its own is a
    /// plural noun; what it took as its object is the predicate the first verb gives it.
    /// </summary>
    private static bool PluralReadAsAVerbObject(SentenceParse parse, SyntaxWord w) =>
        w.Relation is "obj" or "ccomp" or "xcomp" && w.Upos is "VERB" or "NOUN" && w.Xpos is "VBZ" or "NNS" && w.Form.EndsWith('s') && parse.HasChild(w, "obj")
        && PluralReadAsAVerbObjectRest(parse, w);

    /// <summary>The rest of <see cref="PluralReadAsAVerbObject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PluralReadAsAVerbObjectRest(SentenceParse parse, SyntaxWord w)
    {
        // A plural noun with an object of its own would be taken for a verb later (NounWithAnObject) in the same way.
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb
            || !parse.ChildrenOf(w).Any(c => c.Index < w.Index && c.Relation is "nummod" or "amod" or "det"))
            return false;
        w.Upos = "NOUN";
        w.Xpos = "NNS";
        w.Relation = "obj";
        foreach (var c in parse.ChildrenOf(w).Where(c => c.Index > w.Index && c.Relation is "obj" or "xcomp").ToList())
            verb.Adopt(c, w, "xcomp");
        return true;
    }

    /// <summary>
    /// "Speaking to reporters", read with "reporters" an infinitive after "to": an English base form never ends in
    /// "-ers" or "-ors", so it is a plural noun, "to" its preposition and the phrase an oblique.
    /// </summary>
    private static bool PluralReadAsInfinitive(SentenceParse parse, SyntaxWord w)
    {
        if (w.Xpos is not ("VB" or "VBP") || w.Form.Length < 5 || !(w.Form.EndsWith("ers", StringComparison.Ordinal) || w.Form.EndsWith("ors", StringComparison.Ordinal)))
            return false;
        w.Upos = "NOUN";
        w.Xpos = "NNS";
        if (parse.ChildrenOf(w, "mark").FirstOrDefault(m => m.Form.Equals("to", StringComparison.OrdinalIgnoreCase)) is { } to)
        {
            to.Relation = "case";
            if (w.Relation is "xcomp" or "advcl" or "ccomp")
                w.Relation = parse.HeadOf(w) is { Upos: "NOUN" or "PROPN" } ? "nmod" : "obl";
        }

        return false;
    }

    /// <summary>
    /// "agreed on Saturday, following talks in Ankara", read with "following" an adjective of the talks: before a noun
    /// the verb hangs without a preposition, "following" is the preposition ("after").
    /// </summary>
    private static bool FollowingReadAsAdjective(SentenceParse parse, SyntaxWord w) => w.Relation is "amod" or "acl" && w.Form.Equals("following", StringComparison.OrdinalIgnoreCase) && FollowingReadAsAdjectiveRest(parse, w);

    /// <summary>The rest of <see cref="FollowingReadAsAdjective"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool FollowingReadAsAdjectiveRest(SentenceParse parse, SyntaxWord w)
    {
        if (!w.Form.Equals("following", StringComparison.OrdinalIgnoreCase) || w.Relation is not ("amod" or "acl")
            || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } noun || noun.Index <= w.Index || noun.Relation is not ("obl" or "nmod")
            || parse.HasChild(noun, "case") || parse.ChildrenOf(noun).Any(c => c.Relation == "det" && c.Index < w.Index))
            return false;
        w.Relation = "case";
        w.Upos = "VERB";
        w.Xpos = "VBG";
        return true;
    }

    /// <summary>
    /// "held an hour-long phone call", read with "hour" the object and "call" a bare oblique: the noun before a hyphen
    /// and an adjective belongs to that adjective ("hour-long"), and the noun the adjective modifies, hung on the same
    /// verb with no preposition, is the verb's object (or whatever the first noun was).
    /// </summary>
    private static bool NounBeforeAHyphenatedAdjective(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "NOUN" || w.Relation is not ("obj" or "obl" or "nsubj") || w.Index + 2 >= parse.Words.Count
            || parse.Words[w.Index + 1] is not { Form: "-" } hyphen || parse.Words[w.Index + 2] is not { Upos: "ADJ" } adjective
            || parse.HeadOf(adjective) is not { Upos: "NOUN" } noun || noun.Index <= adjective.Index
            || parse.HeadOf(w) is not { } head || parse.HeadOf(noun) != head || parse.HasChild(noun, "case"))
            return false;
        noun.Relation = w.Relation;
        foreach (var det in parse.ChildrenOf(w, "det").ToList())
            noun.Adopt(det, w, "det");
        adjective.Adopt(w, head, "obl:npmod");
        if (hyphen.Head != adjective.Index && parse.HeadOf(hyphen) is { } hyphenHead)
            adjective.Adopt(hyphen, hyphenHead, "punct");
        return true;
    }

    /// <summary>
    /// "The talks between X and Y ended without a deal", read with "between" on the verb: a verb whose subject is a common
    /// noun takes no "between" phrase of its own (people choose or mediate between), so the phrase is the subject's.
    /// </summary>
    private static bool BetweenPhraseOfTheSubject(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Relation: "obl" } || !HasCase(w, "between") || parse.HeadOf(w) is not { Upos: "VERB" } verb
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault() is not { Upos: "NOUN" } subject || subject.Index > w.Index
            || subject.Index + 1 != parse.FirstWordOf(w).Index)
            return false;
        subject.Adopt(w, verb, "nmod");
        return true;
    }

    /// <summary>
    /// "after meeting Chinese President Xi Jinping in Beijing", read with the titled name a predicate of the verb (as
    /// "elected him president"): a verb with no object takes no predicate of its object, so the titled name is the object.
    /// </summary>
    private static bool TitledNameReadAsAPredicate(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Relation: "xcomp", Upos: "PROPN" } || parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index > w.Index
            || !parse.HasChild(w, "nmod:desc") || parse.HasChild(w, "case") || parse.HasChild(verb, "obj"))
            return false;
        w.Relation = "obj";
        return true;
    }

    /// <summary>
    /// "received at the ministry headquarters in Algiers on Sunday the Ambassador of Japan to Algeria, Kenji Moritomo", read
    /// with the ambassador a bare modifier of "Sunday": a noun with an article and no preposition hung on a verb's oblique
    /// is the verb's object, put after the obliques (agency English), when the verb has none; a "to" phrase right after it
    /// is its posting, and a name after a comma there names it. So too a titled name ("received in Nairobi on Monday
    /// Ethiopian Prime Minister X").
    /// </summary>
    private static bool ObjectAfterTheObliques(SentenceParse parse, SyntaxWord w) =>
        (w is { Relation: "nmod", Upos: "NOUN" or "PROPN" } || w is { Relation: "amod" or "compound" or "appos", Upos: "PROPN" } && parse.HasChild(w, "nmod:desc"))
        && ObjectAfterTheObliquesRest(parse, w)
        || w is { Relation: "advcl", Upos: "NOUN" or "PROPN" } && ObjectReadAsAClauseAfterTheObliques(parse, w);

    /// <summary>
    /// "received in audience the visiting Foreign Minister Ana Ruiz", read with the titled name an adverbial clause of
    /// the verb: a noun with an article or a title, and no copula, subject, marker or preposition of its own, is no
    /// clause; after an oblique of a verb that has no object it is that object, put after the oblique.
    /// </summary>
    private static bool ObjectReadAsAClauseAfterTheObliques(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index > w.Index || !parse.HasChild(w, "det") && !parse.HasChild(w, "nmod:desc")
            || parse.ChildrenOf(w).Any(c => c.Relation is "cop" or "mark" or "case" or "nsubj" or "nsubj:pass" or "aux")
            || parse.ChildrenOf(verb).Any(c => c.Relation is "obj" or "ccomp" or "xcomp")
            || !parse.ChildrenOf(verb).Any(c => c.Relation is "obl" or "obl:tmod" && c.Index > verb.Index && c.Index < w.Index))
            return false;
        verb.Adopt(w, verb, "obj");
        return true;
    }

    /// <summary>The rest of <see cref="ObjectAfterTheObliques"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ObjectAfterTheObliquesRest(SentenceParse parse, SyntaxWord w)
    {
        // With an article ("the Ambassador of Japan"), or a titled name ("Ethiopian Prime Minister Abiy Tessema").
        if (!parse.HasChild(w, "det") && !parse.HasChild(w, "nmod:desc") || parse.HasChild(w, "case"))
            return false;
        // A titled name hung on the oblique right before it (not one set off by a comma: "to the leader, Mullah X").
        if (w.Relation != "nmod" && (AfterComma(parse, w) || parse.HeadOf(w) is { } hung && (hung.Index > w.Index || !hung.Relation.StartsWith("obl", StringComparison.Ordinal))))
            return false;
        // Up the obliques and their modifiers before it ("at the ministry in Algiers on Sunday") to their verb.
        var oblique = parse.HeadOf(w);
        while (oblique is { Relation: "nmod" } && oblique.Index < w.Index && parse.HeadOf(oblique) is { Upos: not "VERB" } up)
            oblique = up;
        if (oblique is not { Relation: "obl" or "obl:tmod" or "obl:unmarked" } || oblique.Index > w.Index || parse.HeadOf(oblique) is not { Upos: "VERB" } verb
            || parse.ChildrenOf(verb).Any(c => c.Relation is "obj" or "ccomp" or "xcomp"))
            return false;
        verb.Adopt(w, parse.HeadOf(w)!, "obj");
        var end = parse.LastWordOf(w).Index;
        if (parse.Words.FirstOrDefault(o => o.Relation is "obl" or "nmod" && o.Index > end && parse.FirstWordOf(o).Index == end + 1
            && HasCase(o, "to")) is { } posting)
        {
            w.Adopt(posting, parse.HeadOf(posting)!, "nmod");
            if (parse.ChildrenOf(posting, "conj").FirstOrDefault(c => c.Upos == "PROPN" && !parse.HasChild(c, "cc") && AfterComma(parse, c)) is { } name)
                w.Adopt(name, posting, "appos");
        }

        return true;
    }

    /// <summary>
    /// "TASS quoted Deputy Foreign Minister Pavel Orlov as saying …", read with "Deputy" the object and the rest of the titled
    /// name a bare oblique: a capitalised word with nothing of its own, right before a bare titled name of the same verb,
    /// opens that name's title, and the name is the object (not "visited Veracruz Monday").
    /// </summary>
    private static bool TitleWordReadAsTheObject(SentenceParse parse, SyntaxWord w) =>
        w is { Upos: "PROPN", Relation: "obj" } && w.Dependents.Count == 0 && TitleWordReadAsTheObjectRest(parse, w);

    /// <summary>The rest of <see cref="TitleWordReadAsTheObject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool TitleWordReadAsTheObjectRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || w.Index + 1 >= parse.Words.Count
            || parse.ChildrenOf(verb, "obl").FirstOrDefault(o => o.Upos == "PROPN" && parse.FirstWordOf(o).Index == w.Index + 1) is not { } name
            || parse.HasChild(name, "case") || !parse.HasChild(name, "nmod:desc"))
            return false;
        var next = parse.Words[w.Index + 1];
        var title = next.Relation is "amod" or "compound" && parse.HeadOf(next) is { } titleHead && titleHead.Index < name.Index + 1 ? titleHead : next;
        verb.Adopt(name, verb, "obj");
        title.Adopt(w, verb, "amod");
        return true;
    }

    /// <summary>
    /// "hosted Indian External Affairs Minister X", read with "Affairs" the object and the titled name its apposition: a
    /// capitalised noun right before a titled name, with no comma between, is a word of that title, and the name takes its
    /// place.
    /// </summary>
    private static bool TitleWordReadAsTheHeadOfItsName(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "appos", Upos: "PROPN" } && w.Head >= 0 && w.Head < w.Index && TitleWordReadAsTheHeadOfItsNameRest(parse, w);

    /// <summary>The rest of <see cref="TitleWordReadAsTheHeadOfItsName"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool TitleWordReadAsTheHeadOfItsNameRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } word || word.Form.Length == 0 || !char.IsUpper(word.Form[0])
            || parse.HeadOf(word) is not { } governor || parse.FirstWordOf(w) is not { } start || start.Index != word.Index + 1
            || parse.ChildrenOf(w).FirstOrDefault(c => c.Relation == "nmod:desc" && c.Index < w.Index) is not { } title || title.Index != start.Index
            || parse.ChildrenOf(word).Any(c => c.Index > word.Index && c != w))
            return false;
        governor.Adopt(w, word, word.Relation);
        title.Adopt(word, governor, "compound");
        return true;
    }

    /// <summary>
    /// "Estonian Defence Minister Kaarel Tamm visited …", read with "Estonian" heading the name and "Kaarel" its flat part
    /// with the title between them: a flat name is not broken by a title, so the word before the title modifies it, and the
    /// name after it heads the phrase in the first word's place.
    /// </summary>
    private static bool ModifierReadAsTheHeadOfATitledName(SentenceParse parse, SyntaxWord w) =>
        w.Upos == "PROPN" && w.Index + 1 < parse.Words.Count && parse.Words[w.Index + 1].Head != w.Index && parse.HasChild(w, "flat")
        && ModifierReadAsTheHeadOfATitledNameRest(parse, w);

    /// <summary>The rest of <see cref="ModifierReadAsTheHeadOfATitledName"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ModifierReadAsTheHeadOfATitledNameRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.ChildrenOf(w, "flat").FirstOrDefault() is not { } name || name.Index <= w.Index + 1
            || parse.ChildrenOf(name).FirstOrDefault(c => c.Relation is "nmod:desc" or "compound" && c.Index > w.Index && c.Index < name.Index) is not { } title
            || parse.ChildrenOf(w).Any(c => c.Index > w.Index && c.Index < name.Index))
            return false;
        StandInFor(parse, name, w);
        title.Adopt(w, parse.HeadOf(w) ?? w, "amod");
        return true;
    }

    /// <summary>
    /// "held talks with his counterparts from Mali and Niger", read with "from Mali" a second modifier of "talks": a "from"
    /// phrase right after a noun that modifies the same head says where that noun's people or things come from, so it
    /// modifies the noun before it. So too after the "with" phrase of a verb ("spoke with his counterparts from Jordan and
    /// Egypt", read with "from Jordan" the verb's).
    /// </summary>
    private static bool FromPhraseOnTheNounBefore(SentenceParse parse, SyntaxWord w) =>
        w.Relation is "nmod" or "obl" && w.Upos is "PROPN" or "NOUN" && HasCase(w, "from") && FromPhraseOnTheNounBeforeRest(parse, w);

    /// <summary>The rest of <see cref="FromPhraseOnTheNounBefore"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool FromPhraseOnTheNounBeforeRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.ChildrenOf(w, "case").FirstOrDefault() is not { } from || !from.Form.Equals("from", StringComparison.OrdinalIgnoreCase) || from.Index >= w.Index
            || parse.HeadOf(w) is not { Upos: "NOUN" or "VERB" } head || head.Upos == "VERB" && w.Relation != "obl"
            || (head.Upos == "NOUN" ? parse.ChildrenOf(head, "nmod").LastOrDefault(c => c.Index < from.Index)
                : parse.ChildrenOf(head, "obl").LastOrDefault(c => c.Index < from.Index && HasCase(c, "with"))
                    // "met her counterpart from Peru, X": people met come from where the phrase says (not "bought oil from Russia").
                    ?? parse.ChildrenOf(head, "obj").LastOrDefault(c => c.Index < from.Index && PeopleFrom.Contains(c.Form))) is not { Upos: "NOUN" } noun
            || parse.LastWordOf(noun).Index != parse.FirstWordOf(w).Index - 1 || parse.ChildrenOf(noun).Any(c => c.Relation == "nmod"))
            return false;
        noun.Adopt(w, head, "nmod");
        return true;
    }

    /// <summary>English nouns of people sent or met, whom a "from" phrase says the origin of.</summary>
    private static readonly HashSet<string> PeopleFrom = new(StringComparer.OrdinalIgnoreCase)
    {
        "counterpart", "counterparts", "delegation", "delegations", "envoy", "envoys", "officials", "ministers", "leaders",
    };

    /// <summary>
    /// "Speaking to reporters after 16 hours of talks", read with "after …" as an oblique of "reporters": in UD a noun
    /// takes no oblique (but as the predicate of a copula), so it is the oblique of the verb the noun is one of, or
    /// else the noun's modifier.
    /// </summary>
    private static bool NounTakesNoOblique(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obl" || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } noun || parse.HasChild(noun, "cop"))
            return false;
        if (noun.Relation.StartsWith("obl", StringComparison.Ordinal) && parse.HeadOf(noun) is { Upos: "VERB" or "ADJ" } verb)
            verb.Adopt(w, noun, "obl");
        else
            w.Relation = "nmod";
        return false;
    }

    /// <summary>
    /// "pledged support for Ukraine during a visit to Kyiv", read with the visit a modifier of "support": a "during"
    /// phrase times the deed, so on the object of a verb it is the verb's oblique.
    /// </summary>
    private static bool DuringPhraseOnTheObject(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nmod" || parse.HeadOf(w) is not { Relation: "obj", Upos: "NOUN" or "PROPN" } noun || noun.Index > w.Index
            || parse.HeadOf(noun) is not { Upos: "VERB" } verb || !HasCase(w, "during"))
            return false;
        verb.Adopt(w, noun, "obl");
        return false;
    }

    /// <summary>
    /// "Egypt condemned Israel's strike on the Hamas compound", read with "on the compound" the verb's: one condemns no
    /// one "on" a place, so the phrase right after an attack named as the object is the attack's target (not a day: "condemned
    /// the attack on Monday").
    /// </summary>
    private static bool TargetOfAnAttackReadAsTheVerbs(SentenceParse parse, SyntaxWord w) =>
        w.Relation == "obl" && w.Upos is "NOUN" or "PROPN" && (HasCase(w, "on") || HasCase(w, "against")) && TargetOfAnAttackReadAsTheVerbsRest(parse, w);

    /// <summary>The rest of <see cref="TargetOfAnAttackReadAsTheVerbs"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool TargetOfAnAttackReadAsTheVerbsRest(SentenceParse parse, SyntaxWord w)
    {
        if (Weekdays.Contains(w.Form) || Occasions.Contains(w.Form) || parse.HeadOf(w) is not { Upos: "VERB" } verb)
            return false;
        var attack = parse.ChildrenOf(verb, "obj").FirstOrDefault(o => o.Index < w.Index && Attacks.Contains(o.Form.ToLowerInvariant()));
        // The phrase follows the attack's own words at once.
        if (attack is null || parse.Words.Skip(attack.Index + 1).TakeWhile(x => x.Index < w.Index).Any(x => !parse.Dominates(w, x)))
            return false;
        attack.Adopt(w, verb, "nmod");
        return false;
    }

    /// <summary>English nouns of a time "on" which something is done ("on the same day").</summary>
    private static readonly HashSet<string> Occasions = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "night", "morning", "evening", "afternoon", "weekend", "occasion", "anniversary", "eve",
    };

    /// <summary>English nouns of an armed attack, whose "on" phrase is what they strike.</summary>
    private static readonly HashSet<string> Attacks = new(StringComparer.Ordinal)
    {
        "strike", "strikes", "attack", "attacks", "raid", "raids", "assault", "bombing", "bombardment", "shelling", "airstrike", "airstrikes",
    };

    /// <summary>The word has a dependent of the relation that is the given word ("case" "from", "mark" "if"), allocating nothing.</summary>
    private static bool HasDependent(SyntaxWord w, string relation, string form)
    {
        var dependents = w.Dependents;
        for (var i = 0; i < dependents.Count; i++)
        {
            if (dependents[i].Relation == relation && dependents[i].Form.Equals(form, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>The word's phrase opens with the preposition.</summary>
    private static bool HasCase(SyntaxWord w, string preposition) => HasDependent(w, "case", preposition);

    /// <summary>
    /// "Japanese Prime Minister Kenji Sato's visit", read with the title a possessor of the visit beside the name: a
    /// title right before the name that carries the "'s" describes that name.
    /// </summary>
    private static bool TitleReadAsASecondPossessor(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nmod:poss" || w.Upos is not ("PROPN" or "NOUN") || w.Index + 1 >= parse.Words.Count
            || parse.Words[w.Index + 1] is not { Relation: "nmod:poss", Upos: "PROPN" } name || name.Head != w.Head || parse.HasChild(w, "case")
            || !IsPossessor(parse, name) || parse.HeadOf(w) is not { } owned)
            return false;
        name.Adopt(w, owned, "nmod:desc");
        return true;
    }

    /// <summary>
    /// "killed at least four soldiers", read with "least" an oblique of the verb, or the soldiers an oblique or an agent
    /// without a preposition: "at least" and "at most" bound the number after them (UD: an nmod of the number), and the
    /// noun the number counts, hung on the verb after it with no preposition of its own, is the verb's object.
    /// </summary>
    private static bool BoundReadAsOblique(SentenceParse parse, SyntaxWord w)
    {
        if (w.Form is not ("least" or "most") || w.Index + 1 >= parse.Words.Count || parse.Words[w.Index + 1] is not { Upos: "NUM" } number
            || !parse.ChildrenOf(w, "case").Any(c => c.Form is "at" or "At"))
            return false;
        if (w.Relation.StartsWith("obl", StringComparison.Ordinal) && parse.HeadOf(w) is { Upos: "VERB" } governor)
            number.Adopt(w, governor, "nmod");
        // A participle modifying a noun is left to ObjectReadAsAnAgent, which makes it the clause it is.
        if (parse.HeadOf(number) is { Upos: "NOUN" or "PROPN", Relation: "obl" or "obl:agent" } counted && parse.HeadOf(counted) is { Upos: "VERB", Relation: not "acl" } verb
            && counted.Index > verb.Index && !parse.HasChild(counted, "case") && !parse.HasChild(verb, "obj"))
            counted.Relation = "obj";
        return true;
    }

    /// <summary>
    /// "test-fired two short-range missiles", read with the missiles a bare adjunct of measure (obl:unmarked): a counted
    /// noun after a verb that has no object is its object, unless it counts time or measures ("rose two percent",
    /// "waited three hours").
    /// </summary>
    private static bool CountedObjectReadAsUnmarked(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obl:unmarked" || w.Upos != "NOUN" || !parse.HasChild(w, "nummod") || WordLists.TimeUnits.Contains(w.Form) || Measures.Contains(w.Form)
            || parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index > w.Index
            || parse.ChildrenOf(verb).Any(c => c.Relation is "obj" or "nsubj:pass" or "aux:pass"))
            return false;
        w.Relation = "obj";
        return true;
    }

    /// <summary>English nouns of units of measure and of time other than <see cref="WordLists.TimeUnits"/>, which count no object.</summary>
    private static readonly HashSet<string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        "hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "times", "percent", "points",
        "miles", "kilometers", "kilometres", "km", "meters", "metres", "feet", "yards", "tons", "tonnes", "degrees", "fold",
    };

    /// <summary>
    /// "after talks Wednesday with X", read with "talks" a compound of the day and "with X" the day's: a day names when,
    /// so the noun before it heads the phrase, and what follows the day is the noun's.
    /// </summary>
    private static bool DayReadAsTheHeadOfItsNoun(SentenceParse parse, SyntaxWord w) => w.Index >= 1 && Weekdays.Contains(w.Form) && DayReadAsTheHeadOfItsNounRest(parse, w);

    /// <summary>The rest of <see cref="DayReadAsTheHeadOfItsNoun"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool DayReadAsTheHeadOfItsNounRest(SentenceParse parse, SyntaxWord w)
    {
        if (!Weekdays.Contains(w.Form) || w.Index < 1 || parse.Words[w.Index - 1] is not { Upos: "NOUN", Relation: "compound" } noun || noun.Head != w.Index
            || parse.HeadOf(w) is not { } head)
            return false;
        head.Adopt(noun, w, w.Relation);
        foreach (var c in parse.ChildrenOf(w).Where(c => c != noun && (c.Relation is "case" or "det" or "amod" || c.Index > w.Index)).ToList())
            noun.Adopt(c, w, c.Relation);
        noun.Adopt(w, head, "nmod:unmarked");
        // "In a meeting Saturday at X, Y said", where the day was read as the subject: the noun now stands there, and
        // takes no subject's place with its preposition (its words came before the day in the repairs' order).
        FrontedPhrase(parse, noun);
        return true;
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal) { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    /// <summary>
    /// "closed its border on Friday and Estonia recalled its envoy", "expelled a diplomat and Peru recalled its envoy",
    /// read with the name a conjunct of the day or of the object (which becomes the verb's subject): a day is joined to no
    /// name, and a verb after a conjoined subject would take them both; so the name with a verb right after it is that
    /// verb's subject, and the verb a clause joined to the one before, whose object and day are its own again.
    /// </summary>
    private static bool SubjectReadAsAConjunctBeforeItsVerb(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Relation: "conj", Upos: "PROPN" or "NOUN" } || parse.HeadOf(w) is not { } joined || joined.Index > w.Index)
            return false;
        var day = Weekdays.Contains(joined.Form) && parse.ChildrenOf(joined, "case").Any(c => c.Form == "on");
        // "… on Wednesday and the two leaders signed": a described noun joined to a day is a subject too (not another day).
        if (!day && (joined.Upos != "NOUN" || w.Upos != "PROPN") || w.Upos == "NOUN" && WordLists.Calendar.Contains(w.Form))
            return false;
        var end = parse.Subtree(w).Max(x => x.Index);
        if (end + 1 >= parse.Words.Count || parse.Words[end + 1] is not { Upos: "VERB", Xpos: "VBD" or "VBZ" or "VBN" } verb)
            return false;
        // The verb's subject, where it has one, is the object the day or the name hangs on, right after the verb before.
        var subject = parse.ChildrenOf(verb).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal));
        if (subject is not null ? subject.Upos is not ("NOUN" or "PROPN") || !parse.Dominates(subject, joined) : !day)
            return false;
        var above = parse.HeadOf(joined);
        while (above is not null && above.Upos != "VERB")
            above = parse.HeadOf(above);
        var first = above == verb && verb.Relation == "conj" ? parse.HeadOf(verb) : above;
        if (first is null || first == verb || first.Index > joined.Index || !parse.Dominates(first, verb)
            || subject is not null && (parse.HasChild(first, "obj") || parse.HasChild(first, "ccomp") || parse.Subtree(subject).Min(x => x.Index) != first.Index + 1))
            return false;
        if (subject is not null)
            first.Adopt(subject, verb, "obj");
        if (day && parse.HeadOf(joined) is { } dayHead && (dayHead == verb || dayHead == subject))
            first.Adopt(joined, dayHead, "obl");
        if (parse.HeadOf(verb) is { } verbHead && verbHead != first)
            first.Adopt(verb, verbHead, "conj");
        verb.Relation = "conj";
        foreach (var cc in parse.ChildrenOf(w, "cc").ToList())
            verb.Adopt(cc, w, "cc");
        verb.Adopt(w, joined, "nsubj");
        return true;
    }

    /// <summary>
    /// "Solana said Monday the security situation is much improved", read with the day the subject of the noun after it:
    /// a noun takes no subject but as the predicate of a copula, so a day right after a verb is that verb's time.
    /// </summary>
    private static bool DayReadAsTheSubjectOfANoun(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj" || !Weekdays.Contains(w.Form) || w.Index < 1 || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } noun || noun.Index < w.Index
            || parse.HasChild(noun, "cop") || parse.Words[w.Index - 1] is not { Upos: "VERB" } verb || !parse.Dominates(verb, w))
            return false;
        verb.Adopt(w, noun, "obl:unmarked");
        return true;
    }

    /// <summary>
    /// "received a phone call today from President X", "… a call on Tuesday from X", read with the caller a phrase of the
    /// day: a day takes no phrase with "from", "with" or "by" (not another day: "from Monday to Friday"), so the phrase is
    /// that of what the day is on, the verb or its noun.
    /// </summary>
    private static bool PhraseHungOnADay(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "nmod", Upos: "PROPN" or "NOUN" } && w.Head >= 0 && w.Head < w.Index && parse.Words[w.Head].Form is var day
        && (BareDays.Contains(day) || Weekdays.Contains(day)) && !WordLists.Calendar.Contains(w.Form) && PhraseHungOnADayRest(parse, w);

    /// <summary>The rest of <see cref="PhraseHungOnADay"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PhraseHungOnADayRest(SentenceParse parse, SyntaxWord w)
    {
        var day = parse.Words[w.Head];
        if (!day.Relation.StartsWith("obl", StringComparison.Ordinal) && day.Relation != "nmod" || parse.HeadOf(day) is not { Upos: "VERB" or "NOUN" } on
            || !parse.HasChild(w, "case", c => c.Form is "from" or "with" or "by"))
            return false;
        on.Adopt(w, day, on.Upos == "VERB" ? "obl" : "nmod");
        return true;
    }

    /// <summary>English words of a day named by itself, with no preposition ("today", "yesterday").</summary>
    private static readonly HashSet<string> BareDays = new(StringComparer.OrdinalIgnoreCase) { "today", "yesterday", "tonight", "tomorrow" };

    /// <summary>
    /// "President His Highness Sheikh X received …", read with the honorific heading the title as its subject and hung on
    /// the verb: "His Highness" (or "His Excellency", "Her Majesty") between a title and a name describes the name, as
    /// the title before it does.
    /// </summary>
    private static bool HonorificBetweenATitleAndAName(SentenceParse parse, SyntaxWord w) =>
        IsHonorificNoun(w) && w.Index >= 2 && parse.Words[w.Index - 1].Form is "His" or "Her" && HonorificBetweenATitleAndANameRest(parse, w);

    /// <summary>The rest of <see cref="HonorificBetweenATitleAndAName"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool HonorificBetweenATitleAndANameRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.Words[w.Index - 2] is not { Upos: "PROPN" } title || title.Head != w.Index || w.Head < 0 || w.Index + 1 >= parse.Words.Count)
            return false;
        // The head of the name after it: up from the next word through the name's own words.
        var name = parse.Words[w.Index + 1];
        while (parse.HeadOf(name) is { Upos: "PROPN" } up && up.Index > w.Index && up.Index <= name.Index + 3)
            name = up;
        if (name.Upos != "PROPN" || name.Head == w.Index || parse.Dominates(w, name))
            return false;
        name.Adopt(title, w, "nmod:desc");
        name.Adopt(w, parse.HeadOf(w)!, "nmod:desc");
        return true;
    }

    /// <summary>
    /// "will send two frigates to the Red Sea next month", read with the name a compound of "month": a time counted from
    /// now ("next", "last", "this") is a phrase of its own, so the name before it heads the verb's phrase, and the time is
    /// the verb's.
    /// </summary>
    private static bool NameReadAsACompoundOfARelativeTime(SentenceParse parse, SyntaxWord w)
    {
        // Words before the time: a name, then "next", "last" or "this" (read by index: the rules ask this of every time word).
        if (w.Relation is not ("obl" or "nmod") || !RelativeTimes.Contains(w.Form) || w.Index < 2 || parse.HeadOf(w) is not { Upos: "VERB" } verb
            || parse.Words[w.Index - 1] is not { Relation: "amod" } when || when.Head != w.Index || !Counted.Contains(when.Form)
            || parse.Words[w.Index - 2] is not { Upos: "PROPN", Relation: "compound" } name || name.Head != w.Index || !parse.HasChild(w, "case"))
            return false;
        verb.Adopt(name, w, w.Relation);
        foreach (var c in parse.ChildrenOf(w).Where(c => c != name && c != when && c.Index < name.Index).ToList())
            name.Adopt(c, w, c.Relation);
        w.Relation = "obl:unmarked";
        return true;
    }

    /// <summary>
    /// "seized Goma in January and took Bukavu weeks later", read with the name a compound of "weeks": a span counted on
    /// from another time ("weeks later", "two days ago") is a phrase of its own, so the name before it is the verb's object.
    /// </summary>
    private static bool NameReadAsACompoundOfASpan(SentenceParse parse, SyntaxWord w) =>
        w.Relation is "obj" or "obl" or "obl:unmarked" && SpanUnits.Contains(w.Form) && NameReadAsACompoundOfASpanRest(parse, w);

    /// <summary>The rest of <see cref="NameReadAsACompoundOfASpan"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameReadAsACompoundOfASpanRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb
            || w.Index + 1 >= parse.Words.Count || !SpanEnds.Contains(parse.Words[w.Index + 1].Form)
            || parse.ChildrenOf(w, "compound").FirstOrDefault(c => c.Upos == "PROPN") is not { } name || name.Index > w.Index
            || parse.ChildrenOf(verb).Any(c => c.Relation == "obj" && c != w)
            || parse.Words.Skip(name.Index + 1).TakeWhile(x => x.Index < w.Index).Any(x => x.Upos != "NUM" && x.Relation != "flat" && x.Relation != "compound" || x.Upos == "PROPN" && x.Head != name.Index))
            return false;
        verb.Adopt(name, w, "obj");
        foreach (var c in parse.ChildrenOf(w).Where(c => c.Index < name.Index).ToList())
            name.Adopt(c, w, c.Relation);
        w.Relation = "obl:unmarked";
        return true;
    }

    /// <summary>
    /// "met X, Ukraine's defence minister, in Berlin on Monday", read with "Berlin" a compound of "Monday": a compound has no
    /// preposition of its own, so a name with one, before its head's own, is a phrase of its own beside the head's, hung where
    /// the head is.
    /// </summary>
    private static bool PhraseReadAsACompoundOfTheNextPhrase(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "compound" || w.Upos != "PROPN" || parse.HeadOf(w) is not { } head || head.Index < w.Index || parse.HeadOf(head) is not { } holder
            || head.Relation is not ("obl" or "nmod"))
            return false;
        SyntaxWord? own = null, headsOwn = null;
        foreach (var c in parse.ChildrenOf(w))
            own ??= c.Relation == "case" && c.Upos == "ADP" && c.Index < w.Index ? c : null;
        foreach (var c in parse.ChildrenOf(head))
            headsOwn ??= c.Relation == "case" && c.Upos == "ADP" && c.Index > w.Index && c.Index < head.Index ? c : null;
        if (own is null || headsOwn is null)
            return false;
        holder.Adopt(w, head, head.Relation);
        return true;
    }

    /// <summary>
    /// "met X, Morocco's foreign minister, in Rabat on Friday", read with "Rabat" a list item of the name: an item of a
    /// list has no preposition, so a phrase with one is a modifier of the word it hangs on.
    /// </summary>
    private static bool PhraseWithAPrepositionReadAsAListItem(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "list" || parse.HeadOf(w) is not { } head)
            return false;
        foreach (var c in parse.ChildrenOf(w))
        {
            if (c.Relation == "case" && c.Upos == "ADP" && c.Index < w.Index)
            {
                w.Relation = head.Upos is "NOUN" or "PROPN" or "PRON" ? "nmod" : "obl";
                return true;
            }
        }

        return false;
    }

    /// <summary>English nouns of a counted span of time.</summary>
    private static readonly HashSet<string> SpanUnits = new(StringComparer.OrdinalIgnoreCase) { "days", "weeks", "months", "years", "hours", "minutes" };

    /// <summary>English words that count a span on or back from another time.</summary>
    private static readonly HashSet<string> SpanEnds = new(StringComparer.OrdinalIgnoreCase) { "later", "earlier", "ago", "after", "before" };

    /// <summary>English nouns of a span of the calendar counted from now ("next month").</summary>
    private static readonly HashSet<string> RelativeTimes = new(StringComparer.OrdinalIgnoreCase) { "week", "month", "year", "weekend" };

    /// <summary>English words that count a time from now.</summary>
    private static readonly HashSet<string> Counted = new(StringComparer.OrdinalIgnoreCase) { "next", "last", "this" };

    /// <summary>
    /// "accused Washington of human rights violations", read with Washington a compound of "violations" across the "of":
    /// a compound joins its noun directly, so a name right before its noun's "of" is the verb's object, and the noun with
    /// its preposition an oblique of the verb.
    /// </summary>
    private static bool CompoundAcrossAPreposition(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "compound" || w.Upos is not ("PROPN" or "NOUN") || parse.HeadOf(w) is not { Relation: "obj" } noun || noun.Index < w.Index
            || parse.HeadOf(noun) is not { Upos: "VERB" } verb || verb.Index > w.Index
            || w.Index + 1 >= parse.Words.Count || parse.Words[w.Index + 1] is not { Relation: "case", Form: "of" } preposition || !parse.Dominates(noun, preposition))
            return false;
        verb.Adopt(w, noun, "obj");
        noun.Adopt(preposition, parse.HeadOf(preposition)!, "case");
        noun.Relation = "obl";
        return true;
    }

    /// <summary>
    /// "met in Abu Dhabi with the crown prince", read with "with" on the place: a named place where something was done
    /// has no companion; whom the thing was done with is the verb's. A conjunct hung on the place after the companion is
    /// the companion's: another one after "and", else its name after a comma ("with the crown prince, Sheikh X").
    /// </summary>
    private static bool CompanionOfAPlace(SentenceParse parse, SyntaxWord w) => w.Relation == "nmod" && CompanionOfAPlaceRest(parse, w);

    /// <summary>The rest of <see cref="CompanionOfAPlace"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool CompanionOfAPlaceRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nmod" || !parse.ChildrenOf(w, "case").Any(c => c.Form is "with" or "With")
            || parse.HeadOf(w) is not { Upos: "PROPN", Relation: "obl" } place || place.Index > w.Index
            || !parse.ChildrenOf(place, "case").Any(c => c.Form is "in" or "at") || parse.HeadOf(place) is not { Upos: "VERB" } verb)
            return false;
        verb.Adopt(w, place, "obl");
        foreach (var later in parse.ChildrenOf(place, "conj").Where(c => c.Index > w.Index).ToList())
            w.Adopt(later, place, parse.HasChild(later, "cc") ? "conj" : "appos");
        return false;
    }

    /// <summary>
    /// "Peru's ambassador in Santiago, Luis Vega, was summoned", "Chile's ambassador to the UN, Maria Gonzalez, told",
    /// read with the name the object or a conjunct (with no "and") of the place: a name takes no object, and a name
    /// after a comma that closes a noun's place phrase names the noun (UD: appos).
    /// </summary>
    private static bool NameReadAsTheObjectOfAName(SentenceParse parse, SyntaxWord w) => w.Upos == "PROPN" && NameReadAsTheObjectOfANameRest(parse, w);

    /// <summary>The rest of <see cref="NameReadAsTheObjectOfAName"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameReadAsTheObjectOfANameRest(SentenceParse parse, SyntaxWord w)
    {
        // The parser may hang the name on the comma before it.
        var head = parse.HeadOf(w) is { Form: "," } hungOn ? parse.HeadOf(hungOn) : parse.HeadOf(w);
        // A conjunct only as the place's one conjunct, closed by a comma: in a list ("from Spain, Brazil and Peru") the
        // names are conjuncts.
        if (w.Upos != "PROPN" || head is not { Upos: "PROPN", Relation: "nmod" } place || place.Index > w.Index
            || !(w.Relation == "obj" || w.Relation == "conj" && !parse.HasChild(w, "cc") && parse.ChildrenOf(place, "conj").Count() == 1
                && parse.Subtree(w).Last(x => x.Upos != "PUNCT").Index + 1 is var after && after < parse.Words.Count && parse.Words[after].Form == ",")
            || !parse.HasChild(place, "case") || parse.HeadOf(place) is not { Upos: "NOUN" } described || described.Index > place.Index
            || parse.Words[parse.Subtree(w).First(x => x.Upos != "PUNCT").Index - 1].Form != ",")
            return false;
        described.Adopt(w, parse.HeadOf(w)!, "appos");
        foreach (var comma in parse.ChildrenOf(place, "punct").Where(c => c.Index > place.Index && c.Index < w.Index).ToList())
            w.Adopt(comma, place, "punct");
        return true;
    }

    /// <summary>
    /// "met her counterpart from Peru, Luis Vega, in Lima on Monday", read with the name the object of the day after it:
    /// a name takes no object, so a name right after the comma that closes a noun's phrase names that noun (UD: appos).
    /// </summary>
    private static bool NameReadAsTheObjectOfALaterWord(SentenceParse parse, SyntaxWord w) =>
        w is { Upos: "PROPN", Relation: "obj" } && w.Index >= 3 && w.Head >= 0 && parse.Words[w.Index - 1].Form == ","
        // The parser may hang the name on the comma before it, and the comma on the later word.
        && (parse.Words[w.Head] is { Form: "," } comma ? comma.Head : w.Head) is var later && later > w.Index && parse.Words[later].Upos is "PROPN" or "NOUN"
        && NameReadAsTheObjectOfALaterWordRest(parse, w);

    /// <summary>The rest of <see cref="NameReadAsTheObjectOfALaterWord"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NameReadAsTheObjectOfALaterWordRest(SentenceParse parse, SyntaxWord w)
    {
        var described = parse.Words[w.Index - 2];
        while (parse.HeadOf(described) is { } up && up.Index < w.Index && parse.LastWordOf(up).Index == w.Index - 2)
            described = up;
        if (described.Upos != "NOUN" || described.Relation is not ("obj" or "nsubj" or "obl" or "nmod") || parse.Dominates(w, described))
            return false;
        described.Adopt(w, parse.HeadOf(w)!, "appos");
        return true;
    }

    /// <summary>
    /// "Lebanon's newly appointed prime minister, Omar Haddad, visited Damascus", read with "appointed" a verb (the root,
    /// or a clause of "visited") owned by Lebanon and taking the minister as its object: a participle between a
    /// possessor and a noun modifies the noun, which the possessor owns and which takes the participle's place (the
    /// subject of the verb after it, where that verb has none). So too a present participle ("Mali's acting prime
    /// minister"): a gerund with a possessor takes its object with "of".
    /// </summary>
    private static bool ParticipleAfterAPossessor(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "VERB" || w.Xpos is not ("VBN" or "VBG") || w.Index + 1 >= parse.Words.Count || parse.Words[w.Index + 1].Upos is not ("ADJ" or "NOUN" or "PROPN"))
            return false;
        var possessor = PossessorBefore(parse, w);
        var noun = PhraseHead(parse, parse.Words[w.Index + 1]);
        return possessor is not null && noun.Upos is "NOUN" or "PROPN" && !parse.Dominates(noun, w) && ParticipleOfTheNoun(parse, w, possessor, noun);
    }

    /// <summary>Makes the participle the noun's modifier, as <see cref="ParticipleAfterAPossessor"/> says (apart: its lambdas allocate only when it is called).</summary>
    private static bool ParticipleOfTheNoun(SentenceParse parse, SyntaxWord w, SyntaxWord possessor, SyntaxWord noun)
    {
        var governor = parse.HeadOf(w);
        var relation = w.Relation;
        if (parse.Dominates(w, noun))
        {
            // The noun takes the participle's place; what followed the noun in the participle's clause is the noun's.
            if (governor is null)
                noun.BecomeRoot(parse.HeadOf(noun)!);
            else
                governor.Adopt(noun, parse.HeadOf(noun)!, relation is "ccomp" or "advcl" or "csubj" && governor.Upos == "VERB" && governor.Index > noun.Index
                    && !parse.HasChild(governor, "nsubj") ? "nsubj" : relation);
            // "… prime minister, X, visited Damascus", read under the participle at the root: the verb is the sentence's.
            var verb = governor is null ? parse.ChildrenOf(w).FirstOrDefault(c => c.Upos == "VERB" && c.Index > noun.Index) : null;
            if (verb is not null)
            {
                verb.BecomeRoot(w);
                verb.Adopt(noun, noun, "nsubj");
            }

            foreach (var after in parse.ChildrenOf(w).Where(c => c.Index > noun.Index).ToList())
            {
                if (verb is not null && after.Index > verb.Index)
                    verb.Adopt(after, w, after.Relation);
                else
                    noun.Adopt(after, w, after.Relation == "conj" && !parse.HasChild(after, "cc") ? "appos" : after.Relation);
            }
        }
        else if (parse.ChildrenOf(w).Any(c => c != possessor && c.Relation is not ("advmod" or "punct")))
        {
            return false;
        }

        noun.Adopt(w, governor ?? w, "amod");
        noun.Adopt(possessor, w, "nmod:poss");
        return true;
    }

    /// <summary>The possessor ("Lebanon's") hung on the word, right before it or before its adverbs; null when there is none.</summary>
    private static SyntaxWord? PossessorBefore(SentenceParse parse, SyntaxWord w)
    {
        var at = w.Index - 1;
        while (at >= 0 && parse.Words[at] is { Upos: "ADV" } adverb && adverb.Head == w.Index)
            at--;
        if (at < 1 || !IsPossessiveMark(parse.Words[at]) || parse.Words[at - 1] is not { Relation: "nmod:poss" } possessor || possessor.Head != w.Index)
            return null;
        return possessor;
    }
}
