using Graph.Extraction.Mentions;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Readings UD does not allow, which the parser (trained on web text, with few news-style titles, lists and reported
/// speech) sometimes gives: a verb with two subjects, a name hung on a noun as a modifier without a preposition, a
/// "that" clause as a conjunct. Each is taken for the construction it stands for, before the extraction reads the
/// sentence:
/// <list type="bullet">
/// <item>a noun at the root with no copula and no subject is the subject of the first finite verb after it that has
/// no mark and no subject but a time noun ("A report by X earlier this week accused Z");</item>
/// <item>a headline's plural noun between a name and a noun phrase joined by nothing is its verb ("US sanctions
/// Venezuela oil firm");</item>
/// <item>a preposition hung on the description before a name opens the name's phrase ("between external affairs
/// minister X and Y");</item>
/// <item>punctuation heads nothing, and a second object set off by a comma right after the first names it ("met
/// Kenya's defence chief, Omar Wekesa, in …");</item>
/// <item>a conjunct with a preposition its first lacks, and no "and" or comma before it, is a modifier of the first
/// ("sanctions Friday on 40 officials");</item>
/// <item>a noun read as a conjunct with neither "and" nor a comma before it names or describes the same thing
/// ("Saudi news agency SPA", "the Asia-Pacific Economic Cooperation (APEC) forum"), and a possessive pronoun heads
/// nothing ("described his rival X as …");</item>
/// <item>"that" before a plural noun is no determiner but opens a clause whose subject the noun is ("revealed that
/// air strikes have led to …");</item>
/// <item>a name hung with no preposition on a verb that has no subject, right before it, is its subject ("…, Isaias
/// Afwerki, touched down");</item>
/// <item>a phrase that opens with "and", after a sibling of the same relation, is its conjunct ("talks with Putin
/// and Ukrainian President Petro Poroshenko");</item>
/// <item>a finite clause with no mark, ended by a comma right before the subject of the verb it hangs on, is what
/// that verb says ("X spoke to Y, the White House said, after …");</item>
/// <item>"that" read as the object of a verb that has one is the mark of the clause, which a bare time noun does
/// not take: the verb of saying does ("told X last week that Warsaw had been taking steps");</item>
/// <item>a phrase with "the" after a name and a comma, read as a conjunct in a list without "and", is an apposition
/// ("Linda Ruiz, the Chilean envoy to the UN, told …");</item>
/// <item>of two subjects of a verb, the first set off by a comma is the subject of what the second says ("Russia,
/// Biden said, is trying …");</item>
/// <item>a clause with a pronoun subject and no relative word after the object of a verb of telling is what is told
/// ("telling reporters he looked forward to …");</item>
/// <item>"by" and a name after a participle are its agent, not a clause's mark and subject ("an official cited by
/// SPA said"), and a finite verb right before the subject of the verb it was hung on reports that verb's clause
/// ("… said the country decided");</item>
/// <item>a verb of saying after what it reports takes nothing between that and its own subject ("X held talks with
/// the Saudi monarch, the statement said");</item>
/// <item>a noun with a preposition and no copula is an oblique, not a clause ("In a tense meeting held in Lima,
/// …");</item>
/// <item>a subject with a preposition is a fronted oblique, and the name closing it right before the verb the
/// subject ("Upon arrival at the airport, President X was greeted");</item>
/// <item>a clause opened by "that" under a verb is its complement, not a conjunct or an adverbial clause ("warned
/// Chile that Kenya could impose sanctions");</item>
/// <item>a clause opened by a relative pronoun after a comma, read as a conjunct, describes the noun before the comma
/// (", which it accused of …"), and one read as describing an earlier noun describes a name right before the comma
/// ("a crackdown on protesters in Belarus, which retaliated");</item>
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
/// country's president, X"), also when the noun before it was read as a bare oblique ("Kenya's defence chief, X,
/// arrived");</item>
/// <item>a noun with no preposition hung on the verb, set off by a comma right after its subject or object, describes
/// that ("sanctioned Omar Haddad, a commander with …");</item>
/// <item>a preposition heads nothing: a noun phrase hung on one is the preposition's phrase ("with [Sudan's army]"),
/// and a possessor read as the first of two conjuncts with no "and" owns the second ("Sudan's paramilitary
/// forces");</item>
/// <item>an adjective with a subject and no copula under a verb is what the verb says of its object ("called the
/// accusations false");</item>
/// <item>a clause with two subjects, a noun and "that" before the second, completes the noun ("the accusation that
/// Kenya had armed …");</item>
/// <item>a relative clause set off by commas after the subject, read as the predicate with the real one its
/// conjunct, describes the subject ("Chile, which Kenya accused of …, denied");</item>
/// <item>a pronoun has no subject: the subject hung on a relative pronoun before its verb is the verb's ("which it
/// accused").</item>
/// </list>
/// </summary>
internal static class ParseRepair
{
    public static void Apply(IReadOnlyList<SentenceParse> parses)
    {
        foreach (var parse in parses)
        {
            HeadlineVerb(parse);
            FiniteVerbRoot(parse);
            foreach (var w in parse.Words)
            {
                // Punctuation heads nothing: what hangs on a comma hangs on the comma's head.
                if (parse.HeadOf(w) is { Upos: "PUNCT" } punctuation && parse.HeadOf(punctuation) is { } punctuationHead)
                    punctuationHead.Adopt(w, punctuation, w.Relation);

                // "met Kenya's defence chief, Omar Wekesa, in …", read with two objects: the second, set off by a comma
                // right after the first, names it.
                if (w.Relation == "obj" && parse.HeadOf(w) is { Upos: "VERB" } twice
                    && parse.ChildrenOf(twice, "obj").FirstOrDefault(o => o.Index < w.Index) is { Upos: "NOUN" } firstObject
                    && CommaBefore(parse, w) is var objectComma and > 0 && parse.Subtree(firstObject).Last().Index == objectComma - 1)
                {
                    firstObject.Adopt(w, twice, "appos");
                    continue;
                }

                // "sanctions Friday on 40 officials", read as conjuncts: a conjunct with a preposition its first lacks,
                // and no "and" or comma before it, is what the first is about.
                if (w.Relation == "conj" && w.Upos is "NOUN" or "PROPN" && parse.HeadOf(w) is { Upos: "NOUN" } conjoinedNoun
                    && conjoinedNoun.Index < w.Index && !parse.ChildrenOf(w, "cc").Any() && !AfterComma(parse, w)
                    && parse.ChildrenOf(w, "case").Any(c => c.Upos == "ADP") && !parse.ChildrenOf(conjoinedNoun, "case").Any())
                    w.Relation = "nmod";

                // "Saudi news agency SPA said", "the Asia-Pacific Economic Cooperation (APEC) forum", read as conjuncts:
                // English joins conjuncts by "and" or a comma; a noun joined to the one before it by neither names or
                // describes the same thing.
                if (w.Relation == "conj" && w.Upos is "NOUN" or "PROPN" && !parse.ChildrenOf(w, "cc").Any() && parse.HeadOf(w) is { Upos: "NOUN" or "PROPN" } joined
                    && joined.Index < w.Index && !IsPossessor(parse, joined) && parse.Subtree(w).First() is { Upos: not "CCONJ" } opening && opening.Index > 0
                    && parse.Words[opening.Index - 1] is { Upos: not "CCONJ", Form: not ("," or ";") } && !parse.Subtree(joined).Any(x => x.Form == "," && x.Index < w.Index && x.Index > joined.Index))
                    w.Relation = "appos";

                // "described his rival X as …", read with "his" as the object and X its conjunct: a possessive pronoun
                // heads nothing, the noun after it is the phrase's head.
                if (w.Xpos == "PRP$" && w.Relation != "nmod:poss" && parse.HeadOf(w) is { } possessiveHead
                    && parse.ChildrenOf(w).FirstOrDefault(c => c.Upos is "NOUN" or "PROPN" && c.Index > w.Index) is { } possessed)
                {
                    possessiveHead.Adopt(possessed, w, w.Relation);
                    foreach (var rest in parse.ChildrenOf(w).Where(c => c != possessed).ToList())
                        possessed.Adopt(rest, w, rest.Relation);
                    possessed.Adopt(w, possessiveHead, "nmod:poss");
                    continue;
                }

                // "revealed that air strikes have led to …", read with "that" the determiner of the plural: "that" before a
                // plural noun is no determiner but opens the clause whose subject the noun is.
                if (w.Relation == "det" && w.Form.Equals("that", StringComparison.OrdinalIgnoreCase) && parse.HeadOf(w) is { Xpos: "NNS" or "NNPS" } plural
                    && parse.HeadOf(plural) is { Upos: "VERB" } teller
                    && parse.ChildrenOf(teller).FirstOrDefault(c => c.Index > plural.Index && c.Upos == "VERB") is { Relation: "parataxis" or "conj" or "ccomp" or "advcl" } told
                    && !parse.ChildrenOf(told).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
                {
                    told.Relation = "ccomp";
                    told.Adopt(plural, teller, "nsubj");
                    told.Adopt(w, plural, "mark");
                    continue;
                }

                // "…, Isaias Afwerki, touched down", read as a bare oblique of a verb with no subject: the name closest
                // before the verb, with no preposition and no calendar word, is its subject.
                if (w.Relation is "obl" or "obl:unmarked" or "obl:npmod" && w.Upos == "PROPN" && !WordLists.Calendar.Contains(w.Form)
                    && parse.HeadOf(w) is { Upos: "VERB" } subjectless && subjectless.Index > w.Index && !parse.ChildrenOf(w, "case").Any()
                    && !parse.ChildrenOf(subjectless).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "expl" or "csubj")
                    && !parse.ChildrenOf(subjectless).Any(c => c.Index > w.Index && c.Index < subjectless.Index && c.Upos is "NOUN" or "PROPN" or "PRON")
                    && parse.Subtree(w).Last().Index + 2 >= subjectless.Index)
                {
                    w.Relation = "nsubj";
                    continue;
                }

                // "talks with Putin and Ukrainian President Petro Poroshenko", read with the second name as another
                // modifier of "talks": a phrase that opens with "and", with no preposition, after a sibling of the same
                // relation is that sibling's conjunct.
                if (w.Relation is "nmod" or "obl" or "obj" && w.Upos is "PROPN" or "NOUN" && !parse.ChildrenOf(w, "case").Any()
                    && parse.Subtree(w).First() is { Upos: "CCONJ" } and && parse.HeadOf(and) != parse.HeadOf(w) && parse.HeadOf(w) is { } shared
                    && parse.ChildrenOf(shared).LastOrDefault(c => c.Index < w.Index && c.Relation == w.Relation) is { } sibling
                    && parse.Subtree(sibling).Last().Index + 1 == and.Index)
                {
                    sibling.Adopt(w, shared, "conj");
                    w.Adopt(and, parse.HeadOf(and)!, "cc");
                    continue;
                }

                // "X spoke to Y, the White House said, after …", read with the report as an adverbial clause of "said":
                // a finite clause with no mark that ends with a comma right before the subject of "said" is what was said.
                if (w.Relation == "advcl" && w.Upos == "VERB" && parse.HeadOf(w) is { Upos: "VERB" } sayer && w.Index < sayer.Index
                    && !parse.ChildrenOf(w).Any(c => c.Relation == "mark") && parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
                    && parse.ChildrenOf(sayer, "nsubj").FirstOrDefault() is { } sayerSubject && sayerSubject.Index > w.Index
                    && !parse.ChildrenOf(sayer).Any(c => c.Relation is "ccomp" or "obj" or "xcomp")
                    && parse.Words[parse.Subtree(sayerSubject).First().Index - 1].Form == ","
                    && Adjoins(parse, w, sayerSubject))
                {
                    w.Relation = "ccomp";
                    continue;
                }

                // "told X last week that Warsaw had been taking steps", read as a relative clause on "week" with "that" as
                // the object of "taking", which has one: "that" is the mark of the clause the verb of saying takes.
                if (w.Relation == "obj" && w.Form.Equals("that", StringComparison.OrdinalIgnoreCase) && parse.HeadOf(w) is { Upos: "VERB" } clauseVerb
                    && parse.ChildrenOf(clauseVerb, "obj").Any(o => o != w) && clauseVerb.Relation is "acl:relcl" or "acl"
                    && parse.HeadOf(clauseVerb) is { Upos: "NOUN" or "PROPN" } relativeNoun && !parse.ChildrenOf(relativeNoun, "case").Any()
                    && relativeNoun.Relation is "obl" or "obl:unmarked" or "obl:tmod" && parse.HeadOf(relativeNoun) is { Upos: "VERB" } saying)
                {
                    w.Relation = "mark";
                    saying.Adopt(clauseVerb, relativeNoun, "ccomp");
                    continue;
                }

                // "Linda Ruiz, the Chilean envoy to the UN, told …", read with the description a conjunct of the name: a
                // phrase with "the" set off by a comma, joined by no "and" in a list with none, is an apposition.
                if (w.Relation == "conj" && w.Upos is "NOUN" or "PROPN" && parse.ChildrenOf(w, "det").Any(d => d.Form.Equals("the", StringComparison.OrdinalIgnoreCase))
                    && AfterComma(parse, w) && parse.HeadOf(w) is { Upos: "PROPN" } apposed && apposed.Index < w.Index
                    && !parse.ChildrenOf(apposed, "conj").Any(c => parse.ChildrenOf(c, "cc").Any()) && !parse.ChildrenOf(w, "cc").Any())
                    w.Relation = "appos";

                // "Russia, Biden said, is trying …", read with Russia a second subject of "said": the subject set off
                // before the speaker's is the subject of what was said, the first clause after the verb with none.
                if (w.Relation == "nsubj" && parse.HeadOf(w) is { Upos: "VERB" } reporter && w.Index < reporter.Index && BeforeComma(parse, w)
                    && parse.ChildrenOf(reporter, "nsubj").FirstOrDefault(n => n.Index > w.Index) is { } speaker && parse.Subtree(speaker).Last().Index + 1 == reporter.Index
                    && Adjoins(parse, w, speaker)
                    && parse.Subtree(reporter).FirstOrDefault(c => c.Index > reporter.Index && c.Upos is "VERB" or "ADJ" or "NOUN"
                        && c.Relation is "ccomp" or "xcomp" or "parataxis" or "advcl" && !parse.ChildrenOf(c).Any(x => x.Relation.StartsWith("nsubj", StringComparison.Ordinal))) is { } said)
                {
                    said.Adopt(w, reporter, "nsubj");
                    continue;
                }

                // "telling reporters he looked forward to …", read as a relative clause on "reporters": a clause with a
                // personal pronoun for subject and no relative word after the person a verb of telling addresses is
                // what it tells.
                if (w.Relation is "acl:relcl" or "acl" && w.Upos == "VERB" && parse.HeadOf(w) is { Relation: "obj" or "iobj" } addressee
                    && parse.HeadOf(addressee) is { Upos: "VERB" } teller2 && TellVerbs.Contains(teller2.Form)
                    && parse.ChildrenOf(w).Any(c => c.Relation == "nsubj" && c.Xpos == "PRP" && c.Index > addressee.Index)
                    && !parse.ChildrenOf(w).Any(c => c.Xpos is "WDT" or "WP" or "WP$" or "WRB" || c.Relation == "mark"))
                {
                    teller2.Adopt(w, addressee, "ccomp");
                    continue;
                }

                // "an official cited by SPA said", read with "by" as the mark of "said" and SPA its subject: "by" and the
                // name after a participle are its agent.
                if (w.Form == "by" && w.Relation == "mark" && parse.HeadOf(w) is { Upos: "VERB" } markedVerb && w.Index > 0
                    && parse.Words[w.Index - 1] is { Xpos: "VBN" } participle && parse.ChildrenOf(markedVerb, "nsubj").FirstOrDefault(n => n.Index > w.Index) is { } agent
                    && parse.Subtree(agent).First().Index == w.Index + 1 && parse.HeadOf(participle) is { } participleHead)
                {
                    participle.Adopt(agent, markedVerb, "obl:agent");
                    agent.Adopt(w, markedVerb, "case");
                    if (participleHead.Relation is "nsubj" && parse.HeadOf(participleHead) == markedVerb)
                        SubordinateReport(parse, markedVerb);
                    continue;
                }

                // "X held talks with the Saudi monarch, the statement said", read with "with the Saudi monarch" as the
                // saying's: a verb of saying after what it reports takes nothing between that and its own subject.
                if (w.Relation is "obl" or "obj" or "advmod" or "nmod" && parse.HeadOf(w) is { Upos: "VERB" } reporting
                    && parse.ChildrenOf(reporting).FirstOrDefault(c => c.Relation == "ccomp" && c.Index < w.Index) is { } report
                    && parse.ChildrenOf(reporting, "nsubj").FirstOrDefault() is { } reportingSubject && w.Index < reportingSubject.Index
                    && reportingSubject.Index < reporting.Index)
                {
                    report.Adopt(w, reporting, w.Relation == "nmod" ? "obl" : w.Relation);
                    continue;
                }

                // "In a tense meeting held in Lima, …", read as a clausal complement: a noun with a preposition is an oblique.
                if (w.Upos is "NOUN" or "PROPN" && w.Relation is "ccomp" or "advcl" or "xcomp" && parse.HeadOf(w) is { Upos: "VERB" }
                    && parse.ChildrenOf(w, "case").Any(c => c.Upos == "ADP") && !parse.ChildrenOf(w, "cop").Any())
                    w.Relation = "obl";

                if (w.Upos == "ADJ" && w.Relation is "advcl" or "ccomp" or "xcomp" && parse.HeadOf(w) is { Upos: "VERB" } caller)
                    SmallClause(parse, w, caller);

                if (w.Upos == "VERB")
                    ContentClause(parse, w);

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

                if (w.Relation is "conj" or "acl" or "acl:relcl" && w.Upos == "VERB" && parse.HeadOf(w) is { } conjoined)
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

                if (w.Xpos is "WDT" or "WP" or "WP$" && parse.HeadOf(w) is { Upos: "VERB" } relative)
                    ClauseOfTheSubject(parse, w, relative);

                // "which it accused", read with "it" as the subject of "which": a pronoun has no subject; the verb has.
                if (w.Relation is "nsubj" or "nsubj:pass" && parse.HeadOf(w) is { Upos: "PRON" } pronoun && parse.HeadOf(pronoun) is { Upos: "VERB" } clause
                    && pronoun.Index < w.Index && w.Index < clause.Index)
                {
                    clause.Adopt(w, pronoun, w.Relation);
                    continue;
                }

                // "a commander with [Sudan's army]", read with the noun phrase hung on the preposition: a preposition
                // heads nothing in UD, it is the case of the phrase after it.
                if (w.Upos == "ADP" && w.Relation is not ("case" or "mark" or "fixed" or "compound:prt") && parse.HeadOf(w) is { } prepositionHead
                    && parse.ChildrenOf(w).FirstOrDefault(c => c.Index > w.Index && c.Upos is "NOUN" or "PROPN" or "PRON" && c.Relation.StartsWith("obl", StringComparison.Ordinal) || c.Relation == "nmod") is { } phrase)
                {
                    prepositionHead.Adopt(phrase, w, prepositionHead.Upos == "VERB" ? "obl" : "nmod");
                    phrase.Adopt(w, prepositionHead, "case");
                    continue;
                }

                // "Sudan's paramilitary forces", read as conjuncts with no "and": the possessor owns the noun after it.
                if (w.Relation == "conj" && !parse.ChildrenOf(w, "cc").Any() && parse.HeadOf(w) is { } owner && owner.Index < w.Index
                    && IsPossessor(parse, owner) && parse.HeadOf(owner) is { } ownerHead
                    && !parse.Subtree(w).TakeWhile(x => x.Index < w.Index).Any(x => x.Form == ","))
                {
                    ownerHead.Adopt(w, owner, owner.Relation);
                    w.Adopt(owner, ownerHead, "nmod:poss");
                    foreach (var ownerCase in parse.ChildrenOf(owner, "case").Where(c => c.Upos == "ADP").ToList())
                        w.Adopt(ownerCase, owner, "case");
                    continue;
                }

                if (w.Relation is "obl" or "obl:unmarked" or "obl:npmod" && w.Upos == "NOUN" && DescribedBefore(parse, w) is { } describedName)
                {
                    describedName.Adopt(w, parse.HeadOf(w)!, "appos");
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
                else if (w.Relation is "obl" or "obj" && !parse.ChildrenOf(w, "case").Any() && CommaBefore(parse, w) is var comma and > 0
                    && parse.Words[comma - 1] is { Upos: "NOUN" } describedNoun && describedNoun.Index > head.Index && head.Upos == "VERB")
                    describedNoun.Adopt(w, head, "appos");
                // The noun's phrase (with or without the comma) runs up to the name's: nothing else between them.
                else if (first is { Upos: "NOUN" } && first.Index < w.Index && BeforeComma(parse, w) && Adjoins(parse, first, w))
                    first.Adopt(w, head, "appos");
                // "Kenya's defence chief, X, arrived", read with the noun as a bare oblique and X as the subject: a name
                // set off by commas right after a noun with no preposition is its apposition, and the noun the subject.
                else if (w.Relation is "nsubj" or "nsubj:pass" && BeforeComma(parse, w)
                    && parse.ChildrenOf(head).LastOrDefault(c => c.Index < w.Index) is { Upos: "NOUN", Relation: "obl" or "obl:unmarked" or "obl:npmod" } bare
                    && !parse.ChildrenOf(bare, "case").Any() && Adjoins(parse, bare, w))
                {
                    bare.Relation = w.Relation;
                    bare.Adopt(w, head, "appos");
                }
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
        // A clause already describing a noun moves only to a name right before the comma ("a crackdown on protesters
        // in Belarus, which retaliated"): after a name, "which" stands for the name.
        if (before is { Upos: "NOUN" or "PROPN" } described && described.Index < verb.Index && !parse.Subtree(verb).Contains(described)
            && (verb.Relation == "conj" || described.Upos == "PROPN" && described != conjoined))
            described.Adopt(verb, conjoined, "acl:relcl");
    }

    /// <summary>
    /// "US sanctions Venezuela oil firm", a headline read as one noun phrase with the firm a conjunct without "and":
    /// a plural noun at the root between a name that modifies it and a noun phrase joined to it by nothing is the
    /// headline's verb (VBZ), the name its subject and the phrase its object.
    /// </summary>
    private static void HeadlineVerb(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "NOUN", Xpos: "NNS" } root
            || parse.ChildrenOf(root).FirstOrDefault(c => c.Index < root.Index && c.Relation is "compound" or "nsubj") is not { Upos: "PROPN" } subject
            || subject.Index + parse.Subtree(subject).Count() != root.Index
            || parse.ChildrenOf(root).FirstOrDefault(c => c.Index > root.Index) is not { Relation: "conj" or "obj", Upos: "NOUN" or "PROPN" } done
            || parse.ChildrenOf(done, "cc").Any() || parse.Subtree(done).First().Index != root.Index + 1
            || parse.ChildrenOf(root).Any(c => c.Relation is "det" or "nmod:poss" or "amod"))
            return;
        root.Upos = "VERB";
        root.Xpos = "VBZ";
        subject.Relation = "nsubj";
        done.Relation = "obj";
    }

    /// <summary>
    /// "An official said the country decided …", read with "said" as an adverbial clause of "decided": a finite verb
    /// with a subject and no mark, right before the subject of the verb it hangs on, reports that verb's clause.
    /// </summary>
    private static void SubordinateReport(SentenceParse parse, SyntaxWord verb)
    {
        if (verb.Relation != "advcl" || parse.ChildrenOf(verb).Any(c => c.Relation == "mark") || parse.HeadOf(verb) is not { } reported
            || reported.Index < verb.Index || parse.ChildrenOf(reported, "nsubj").FirstOrDefault() is not { } subject
            || parse.Subtree(verb).Last().Index + 1 != parse.Subtree(subject).First().Index)
            return;
        if (parse.HeadOf(reported) is { } above)
            above.Adopt(verb, reported, reported.Relation);
        else
            verb.BecomeRoot(reported);
        verb.Adopt(reported, parse.HeadOf(reported) ?? verb, "ccomp");
    }

    /// <summary>
    /// Verbs that take the person addressed as object and what they are told as a clause ("told reporters he …"):
    /// English verbs of telling and informing, in the forms news uses.
    /// </summary>
    private static readonly HashSet<string> TellVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "tell", "tells", "told", "telling", "assure", "assured", "assuring", "inform", "informed", "informing", "remind", "reminded",
        "reminding", "warn", "warned", "warning", "notify", "notified", "convince", "convinced", "promise", "promised", "advise", "advised",
    };

    /// <summary>The time-unit nouns of English, which head a bare time adjunct ("this week", "last month") and are no subject of a deed.</summary>
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "morning", "afternoon", "evening", "night",
    };

    /// <summary>
    /// "A report by X, Y, earlier this week accused Z of …", read with the noun as the root and the verb buried under
    /// an adverb with "this week" as its subject: a sentence with a finite verb is that verb's, and a noun at the root
    /// with no copula and no subject is the subject of the first finite verb after it that has no mark and no subject
    /// but a bare time noun, which is its time adjunct.
    /// </summary>
    private static void FiniteVerbRoot(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "NOUN" or "PROPN" } root || parse.ChildrenOf(root).Any(c => c.Relation is "cop" or "nsubj" or "nsubj:pass"))
            return;
        var verb = parse.Subtree(root).FirstOrDefault(w => w.Index > root.Index && w.Upos == "VERB" && w.Xpos is "VBD" or "VBZ" or "VBP"
            && w.Relation is "advcl" or "conj" or "parataxis" or "dep" && !parse.ChildrenOf(w).Any(c => c.Relation is "mark" or "cc"));
        if (verb is null || parse.HeadOf(verb) is not { } formerHead)
            return;
        var subjects = parse.ChildrenOf(verb).Where(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)).ToList();
        if (subjects.Any(n => !TimeUnits.Contains(n.Form)))
            return;
        verb.BecomeRoot(formerHead);
        verb.Adopt(root, verb, "nsubj");
        foreach (var time in subjects)
            verb.Adopt(time, verb, "obl:tmod");
    }

    /// <summary>
    /// "called the accusations false", read with the accusations as the subject of an adjective clause: an adjective
    /// with no copula has no subject, it is what the verb says of its object (UD's object and xcomp).
    /// </summary>
    private static void SmallClause(SentenceParse parse, SyntaxWord adjective, SyntaxWord verb)
    {
        if (parse.ChildrenOf(adjective, "cop").Any() || parse.ChildrenOf(verb, "obj").Any()
            || parse.ChildrenOf(adjective, "nsubj").FirstOrDefault(n => verb.Index < n.Index && n.Index < adjective.Index) is not { } described)
            return;
        verb.Adopt(described, adjective, "obj");
        adjective.Relation = "xcomp";
    }

    /// <summary>
    /// "rejected the accusation by Chile that Kenya had armed the rebels", read as a clause with two subjects, the
    /// accusation and Kenya: the noun before "that" is what the clause says, and the clause (opened by "that" as its
    /// mark) completes the noun, which takes the clause's place.
    /// </summary>
    private static void ContentClause(SentenceParse parse, SyntaxWord verb)
    {
        // The parser may hang the clause's own words on its auxiliary ("that Kenya had armed").
        var near = parse.ChildrenOf(verb).SelectMany(c => c.Relation == "aux" ? parse.ChildrenOf(c).Prepend(c) : [c]).ToList();
        if (near.Find(c => c.Form.Equals("that", StringComparison.OrdinalIgnoreCase)) is not { } that)
            return;
        var subjects = near.Where(c => c.Relation is "nsubj" or "nsubj:pass").ToList();
        if (subjects.Find(n => n.Index < that.Index && n.Upos == "NOUN") is not { } noun
            || subjects.Find(n => n.Index > that.Index && n.Index < verb.Index) is not { } subject || parse.HeadOf(verb) is not { } head)
            return;
        var relation = verb.Relation == "conj" && head.Upos == "VERB" && !parse.ChildrenOf(head, "obj").Any() ? "obj" : verb.Relation;
        head.Adopt(noun, verb, relation);
        noun.Adopt(verb, head, "acl");
        verb.Adopt(that, parse.HeadOf(that)!, "mark");
        verb.Adopt(subject, parse.HeadOf(subject)!, subject.Relation);
    }

    /// <summary>
    /// "Chile, which Kenya accused of …, denied the charge", read with the relative clause's verb as the predicate of
    /// both Chile and Kenya and "denied" as its conjunct: the clause opened by the pronoun after the first subject and
    /// a comma describes that subject, and the conjunct is the predicate.
    /// </summary>
    private static void ClauseOfTheSubject(SentenceParse parse, SyntaxWord pronoun, SyntaxWord verb)
    {
        if (pronoun.Index < 2 || parse.Words[pronoun.Index - 1].Form != ","
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault(n => n.Index < pronoun.Index && parse.Subtree(n).Last().Index == pronoun.Index - 2) is not { } subject
            || parse.ChildrenOf(verb, "conj").FirstOrDefault(c => c.Upos == "VERB" && c.Index > verb.Index) is not { } predicate)
            return;
        if (parse.HeadOf(verb) is { } head)
            head.Adopt(predicate, verb, verb.Relation);
        else
            predicate.BecomeRoot(verb);
        predicate.Adopt(subject, verb, "nsubj");
        subject.Adopt(verb, predicate, "acl:relcl");
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
            && (parse.Words[start - 1].Upos == "CCONJ" || parse.Words[start].Upos == "CCONJ") ? only : null;
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

    /// <summary>
    /// "sanctioned Omar Haddad, a commander with …", read with the commander as a bare oblique of the verb: a noun
    /// with no preposition set off by a comma right after the verb's subject or object describes it.
    /// </summary>
    private static SyntaxWord? DescribedBefore(SentenceParse parse, SyntaxWord noun)
    {
        if (parse.ChildrenOf(noun, "case").Any() || parse.HeadOf(noun) is not { Upos: "VERB" } verb || CommaBefore(parse, noun) is not (var comma and > 0))
            return null;
        return parse.ChildrenOf(verb).LastOrDefault(c => c.Index < noun.Index) is { Relation: "obj" or "iobj" or "nsubj" or "nsubj:pass", Upos: "PROPN" or "NOUN" } described
            && parse.Subtree(described).Last().Index == comma - 1
            ? described
            : null;
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

    /// <summary>The word carries the possessive "'s".</summary>
    private static bool IsPossessor(SentenceParse parse, SyntaxWord w) =>
        parse.ChildrenOf(w, "case").Any(c => c.Form is "'s" or "’s" or "'" or "’");

    /// <summary>The second word's phrase follows the first's with at most a comma between them.</summary>
    private static bool Adjoins(SentenceParse parse, SyntaxWord first, SyntaxWord second) =>
        parse.Subtree(second).First().Index - parse.Subtree(first).Last().Index <= 2;

    /// <summary>The phrase the word heads ends with a comma, or a comma follows it.</summary>
    private static bool BeforeComma(SentenceParse parse, SyntaxWord w)
    {
        var last = parse.Subtree(w).Last().Index;
        return parse.Words[last].Form == "," || last + 1 < parse.Words.Count && parse.Words[last + 1].Form == ",";
    }
}
