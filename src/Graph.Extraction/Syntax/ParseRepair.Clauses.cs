using Graph.Extraction.Mentions;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Clauses read in the wrong place: a "that" clause as a conjunct or a relative clause, a relative clause as the
/// predicate, a past tense verb as an adjective, a small clause, a headline's verb as a noun, a finite verb under a noun.
/// </summary>
internal static partial class ParseRepair
{
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
            || parse.HasChild(done, "cc") || parse.FirstWordOf(done).Index != root.Index + 1
            || parse.ChildrenOf(root).Any(c => c.Relation is "det" or "nmod:poss" or "amod"))
            return;
        root.Upos = "VERB";
        root.Xpos = "VBZ";
        subject.Relation = "nsubj";
        done.Relation = "obj";
    }

    /// <summary>
    /// "Kremlin rules out talks with Kyiv", a headline read as one noun phrase with "rules" a noun modifying "talks": a
    /// noun takes no verb particle, so a plural with one is the headline's verb (VBZ), the name before it its subject and
    /// the noun it modified, the root, its object.
    /// </summary>
    private static void HeadlineVerbWithAParticle(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "NOUN" } root
            || parse.ChildrenOf(root).FirstOrDefault(c => c is { Relation: "compound", Upos: "NOUN", Xpos: "NNS" } && c.Index < root.Index
                && parse.ChildrenOf(c).Any(p => p.Relation == "compound:prt")) is not { } verb)
            return;
        verb.BecomeRoot(root);
        verb.Adopt(root, verb, "obj");
        verb.Upos = "VERB";
        verb.Xpos = "VBZ";
        foreach (var subject in parse.ChildrenOf(verb).Where(c => c.Index < verb.Index && c.Relation is "compound" or "nsubj" && c.Upos is "PROPN" or "NOUN").ToList())
            subject.Relation = "nsubj";
        // The words between the verb and its object that the object took are its own again.
        foreach (var c in parse.ChildrenOf(root).Where(c => c.Index < verb.Index).ToList())
            verb.Adopt(c, root, c.Relation is "compound" ? "nsubj" : c.Relation);
    }

    /// <summary>
    /// "Turkey, Iraq sign deal on water", a headline read as one noun phrase with the names and the verb compounds of the
    /// deal: names joined by a comma or "and" and then a verb of sealing a deal (a noun too, and in a headline's base
    /// form after a plural subject) are the verb's subjects, the verb the headline's and the noun its object.
    /// </summary>
    private static void HeadlineVerbAfterPairedNames(SentenceParse parse)
    {
        // The deal may be the root or hang on the first name ("South Korea, Japan seal defence accord" read with the accord
        // in apposition to Korea).
        if (parse.Root is not { } root || parse.Words.FirstOrDefault(w => w.Upos == "NOUN") is not { Relation: "compound" } verb || !SealVerbs.Contains(verb.Form)
            || parse.HeadOf(verb) is not { Upos: "NOUN" } deal || deal.Index < verb.Index || deal != root && parse.HeadOf(deal) != root)
            return;
        var names = new List<SyntaxWord>();
        var separators = new List<SyntaxWord>();
        for (var k = 0; k < verb.Index; k++)
        {
            var w = parse.Words[k];
            if (w.Upos == "PROPN")
            {
                // A name's head word: the one of its run of proper nouns whose head lies outside the run.
                var start = k;
                while (k + 1 < verb.Index && parse.Words[k + 1].Upos == "PROPN")
                    k++;
                var end = k;
                if (Enumerable.Range(start, end - start + 1).Select(i => parse.Words[i]).FirstOrDefault(x => x.Head < start || x.Head > end) is not { } head)
                    return;
                names.Add(head);
            }
            else if (w.Form is "," or "&" || w.Upos == "CCONJ")
                separators.Add(w);
            else
                return;
        }

        if (names.Count < 2 || separators.Count == 0)
            return;
        verb.BecomeRoot(deal);
        verb.Upos = "VERB";
        verb.Xpos = "VBP";
        verb.Adopt(deal, parse.HeadOf(deal) ?? verb, "obj");
        verb.Adopt(names[0], parse.HeadOf(names[0]) ?? verb, "nsubj");
        foreach (var other in names.Skip(1))
            names[0].Adopt(other, parse.HeadOf(other) ?? verb, "conj");
        foreach (var separator in separators)
        {
            var next = names.First(n => n.Index > separator.Index);
            next.Adopt(separator, parse.HeadOf(separator) ?? verb, separator.Upos == "CCONJ" ? "cc" : "punct");
        }

        foreach (var c in parse.Words.Where(c => c.Relation == "punct" && c.Index > deal.Index && parse.HeadOf(c) is { } h && h != verb && !parse.Dominates(deal, c)).ToList())
            verb.Adopt(c, parse.HeadOf(c)!, "punct");
    }

    /// <summary>English verbs of sealing a deal that are nouns too, which a headline puts before the deal.</summary>
    private static readonly HashSet<string> SealVerbs = new(StringComparer.OrdinalIgnoreCase) { "sign", "ink", "seal", "clinch" };

    /// <summary>
    /// "Sudan army retakes key city from RSF", a headline read as one noun phrase with the verb a compound in it: a plural
    /// noun inside the compounds before the root noun, after a subject of names and nouns and before an adjective,
    /// determiner or number that opens the rest, is the headline's verb, the words before it its subject and the root
    /// its object.
    /// </summary>
    private static void HeadlineVerbInACompound(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "NOUN" } root
            || parse.ChildrenOf(root, "compound").FirstOrDefault(c => c.Xpos == "NNS" && c.Index > 0 && c.Index + 1 < root.Index) is not { } verb
            || parse.Words[verb.Index + 1].Upos is not ("ADJ" or "DET" or "NUM"))
            return;
        var subject = parse.Words[verb.Index - 1];
        for (var k = 0; k < verb.Index; k++)
        {
            if (parse.Words[k] is not { Relation: "compound", Upos: "PROPN" or "NOUN" } w || w.Head != root.Index && w.Head != verb.Index)
                return;
        }

        verb.BecomeRoot(root);
        verb.Upos = "VERB";
        verb.Xpos = "VBZ";
        verb.Adopt(root, verb, "obj");
        verb.Adopt(subject, parse.HeadOf(subject)!, "nsubj");
        for (var k = 0; k < subject.Index; k++)
            subject.Adopt(parse.Words[k], parse.HeadOf(parse.Words[k])!, "compound");
        foreach (var c in parse.ChildrenOf(root).Where(c => c.Relation == "punct" && c.Index > root.Index).ToList())
            verb.Adopt(c, root, "punct");
    }

    /// <summary>
    /// "3 Indian soldiers killed in Pakistani shelling" (a headline without "were"), read with the soldiers the killers:
    /// these verbs always take an object, so one with none and no auxiliary is a passive participle, its subject the one
    /// it was done to and a "by" phrase its agent.
    /// </summary>
    private static bool PassiveWithoutItsAuxiliary(SentenceParse parse, SyntaxWord w) =>
        // (Not a relative clause, whose object is the noun it describes: "areas Israel captured in 1967".)
        w.Upos == "VERB" && w.Xpos is "VBN" or "VBD" && w.Relation != "acl:relcl" && AlwaysTransitive.Contains(w.Form) && PassiveWithoutItsAuxiliaryRest(parse, w);

    /// <summary>The rest of <see cref="PassiveWithoutItsAuxiliary"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool PassiveWithoutItsAuxiliaryRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.ChildrenOf(w).Any(c => c.Relation is "obj" or "ccomp" or "xcomp" or "aux" or "aux:pass" or "nsubj:pass" or "expl" or "compound:prt")
            || parse.ChildrenOf(w, "nsubj").ToList() is not [{ Upos: "NOUN" or "PROPN" or "NUM" } subject] || subject.Index > w.Index
            // What follows is no object the parser missed ("killed five Palestinians", "kidnapped and killed three soldiers"):
            // a preposition, a stop, a day.
            || w.Index + 1 < parse.Words.Count && parse.Words[w.Index + 1] is var next && next.Upos is not ("ADP" or "PUNCT")
                && !(next.Upos == "PROPN" && Weekdays.Contains(next.Form)) && !next.Form.Equals("overnight", StringComparison.OrdinalIgnoreCase))
            return false;
        subject.Relation = "nsubj:pass";
        w.Xpos = "VBN";
        foreach (var by in parse.ChildrenOf(w, "obl").Where(o => o.Index > w.Index && parse.ChildrenOf(o, "case").Any(c => c.Form.Equals("by", StringComparison.OrdinalIgnoreCase))).ToList())
            by.Relation = "obl:agent";
        return false;
    }

    /// <summary>English verbs that always take an object in the active voice (killing, wounding, seizing, holding someone).</summary>
    private static readonly HashSet<string> AlwaysTransitive = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "wounded", "injured", "captured", "detained", "arrested", "abducted", "kidnapped", "seized", "jailed", "executed",
    };

    /// <summary>
    /// "North Korea fires ballistic missile into sea, Seoul says", read with "fires" a noun that has an object: a noun
    /// takes no object, so a plural noun with one is a verb in the present (a headline's), the name compounded before
    /// it its subject, and what a closing verb of saying takes. A singular one heading its clause after the subject
    /// ("Sudan's army retook the palace", a past the tagger does not know) is a verb in the past.
    /// </summary>
    private static bool NounWithAnObject(SentenceParse parse, SyntaxWord w) => w.Upos == "NOUN" && NounWithAnObjectRest(parse, w);

    /// <summary>The rest of <see cref="NounWithAnObject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool NounWithAnObjectRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "NOUN" || !parse.HasChild(w, "obj") || parse.ChildrenOf(w).Any(c => c.Relation is "det" or "case"))
            return false;
        var compounded = parse.ChildrenOf(w, "compound").LastOrDefault(c => c.Index < w.Index && c.Upos is "PROPN" or "NOUN");
        // The possessive of a past's subject may hang on the verb ("Sudan's" in "Sudan's army retook …").
        var owner = parse.ChildrenOf(w, "nmod:poss").FirstOrDefault();
        var past = w.Xpos == "NN" && w.Relation is "root" or "ccomp" && compounded is not null && (owner is null || owner.Index < compounded.Index);
        if (!past && (w.Xpos != "NNS" || owner is not null))
            return false;
        w.Upos = "VERB";
        w.Xpos = past ? "VBD" : "VBZ";
        if (compounded is { } subject)
        {
            subject.Relation = "nsubj";
            if (owner is not null)
                subject.Adopt(owner, w, "nmod:poss");
        }
        if (parse.HeadOf(w) is { Upos: "VERB" } saying && saying.Index > w.Index && ClosingReports.Contains(saying.Form))
            w.Relation = "ccomp";
        return true;
    }

    /// <summary>
    /// "Russia's air defences downed three drones", read with the past "downed" an adjective of "drones" and either the
    /// subject the root with "drones" its object (or its modifier without a preposition) or "drones" the root with the
    /// subject its own: a noun takes no object and heads no sentence with a subject and no copula, so a past in -ed right
    /// after the subject is the verb, with the subject and the object its own.
    /// </summary>
    private static bool PastReadAsAnAdjectiveOfTheObject(SentenceParse parse, SyntaxWord w)
    {
        // The tagger may also take the past for a participle ("Russian forces shelled homes" read as homes that were shelled).
        var participle = w is { Upos: "VERB", Xpos: "VBN" };
        if (w is not { Relation: "amod" } || w is not { Upos: "ADJ", Xpos: "JJ" } && !participle || !w.Form.EndsWith("ed", StringComparison.Ordinal) || w.Index < 1
            || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } thing || thing.Index < w.Index)
            return false;
        // "Ukrainian air defences downed 40 drones, the air force said", read with the subject and the object two clauses
        // of the report: the clause is the verb's, in the object's place.
        if (thing.Relation is "ccomp" && parse.HeadOf(thing) is { Upos: "VERB" } saying && saying.Index > thing.Index
            && parse.Words[w.Index - 1] is { Relation: "ccomp", Upos: "NOUN" or "PROPN" } said && said.Head == saying.Index && !parse.HasChild(said, "cop"))
        {
            ToldVerb(parse, saying, w, said, thing);
            foreach (var after in parse.ChildrenOf(thing).Where(c => c.Index > thing.Index && c.Relation is "advmod" or "obl" or "nmod:tmod" or "obl:tmod").ToList())
                w.Adopt(after, thing, after.Relation);
            return true;
        }

        // "Kyiv said Russian forces shelled homes in Kherson", read with the subject the report's object and the object in
        // apposition to it (or a conjunct without "and"): what is said is a clause, the verb's.
        if (thing.Relation is "appos" or "conj" && !parse.HasChild(thing, "cc") && parse.HeadOf(thing) is { Relation: "obj", Upos: "NOUN" or "PROPN" } reported && reported.Index == w.Index - 1
            && parse.HeadOf(reported) is { Upos: "VERB" } report && ClosingReports.Contains(report.Form) && !parse.HasChild(report, "ccomp"))
        {
            ToldVerb(parse, report, w, reported, thing);
            foreach (var after in parse.ChildrenOf(reported).Where(c => c.Index > thing.Index && c.Relation is "nmod" or "obl").ToList())
                w.Adopt(after, reported, "obl");
            return true;
        }

        if (participle)
            return false;

        // The object may also be read as the subject's modifier without a preposition ("jets downed two drones").
        var root = thing.Relation switch { "obj" => parse.HeadOf(thing), "nmod" when !parse.HasChild(thing, "case") => parse.HeadOf(thing), "root" => thing, _ => null };
        var subject = root == thing ? parse.ChildrenOf(thing, "nsubj").FirstOrDefault() : root;
        if (root is not { Relation: "root", Upos: "NOUN" or "PROPN" } || subject is null || subject.Index != w.Index - 1 || parse.HasChild(root, "cop"))
            return false;
        w.BecomeRoot(thing);
        w.Upos = "VERB";
        w.Xpos = "VBD";
        w.Adopt(subject, subject == root ? w : thing, "nsubj");
        w.Adopt(thing, thing == root ? w : subject, "obj");
        foreach (var after in parse.ChildrenOf(root).Where(c => c.Index > Math.Max(w.Index, root.Index)).ToList())
            w.Adopt(after, root, after.Relation == "nmod" ? "obl" : after.Relation);
        return true;
    }

    /// <summary>A past the parser read as a modifier made the verb a report tells, with its subject and (where given) its object.</summary>
    private static void ToldVerb(SentenceParse parse, SyntaxWord report, SyntaxWord past, SyntaxWord subject, SyntaxWord? told)
    {
        report.Adopt(past, parse.HeadOf(past)!, "ccomp");
        past.Upos = "VERB";
        past.Xpos = "VBD";
        past.Adopt(subject, parse.HeadOf(subject)!, "nsubj");
        if (told is not null)
            past.Adopt(told, parse.HeadOf(told)!, "obj");
    }

    /// <summary>
    /// "spoke by phone with Foreign Minister X to brief her", read with "with" marking the purpose clause and X its
    /// object: a preposition takes a noun, not a clause, so the noun is an oblique of the verb before, with its preposition.
    /// </summary>
    private static bool ObjectOfAPrepositionReadAsAClause(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Relation: "obj", Upos: "NOUN" or "PROPN" } || parse.HeadOf(w) is not { Relation: "mark", Xpos: "IN" } preposition
            || preposition.Index > w.Index || parse.HeadOf(preposition) is not { Relation: "advcl" or "xcomp" } clause || clause.Index < w.Index
            || parse.HeadOf(clause) is not { } governor || governor.Index > preposition.Index || !parse.ChildrenOf(clause, "mark").Any(m => m.Form == "to"))
            return false;
        governor.Adopt(w, preposition, governor.Upos == "VERB" ? "obl" : "nmod");
        w.Adopt(preposition, clause, "case");
        return true;
    }

    /// <summary>
    /// "Ukraine says Russian missile hits Kyiv block", read with the clause as the object of "says": a verb with a
    /// subject of its own is a clause, the complement of the verb that takes it.
    /// </summary>
    private static bool ClauseReadAsObject(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obj" || w.Upos != "VERB" || !parse.ChildrenOf(w).Any(c => c.Relation is "nsubj" or "nsubj:pass") || parse.HeadOf(w) is not { Upos: "VERB" })
            return false;
        w.Relation = "ccomp";
        return true;
    }

    /// <summary>
    /// "A missile fired by the rebels struck near the airport, the army said", read with the missile a second subject of
    /// "said" and "struck" a modifier of the rebels: the verb after the participle's agent is what was said, with the
    /// participle's noun its subject.
    /// </summary>
    private static bool VerbAfterTheAgentOfAParticiple(SentenceParse parse, SyntaxWord w) => w.Upos == "VERB" && w.Relation == "acl" && VerbAfterTheAgentOfAParticipleRest(parse, w);

    /// <summary>The rest of <see cref="VerbAfterTheAgentOfAParticiple"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool VerbAfterTheAgentOfAParticipleRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "VERB" || w.Relation != "acl" || parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            || parse.HeadOf(w) is not { Relation: "obl:agent" } agent || agent.Index > w.Index
            || parse.HeadOf(agent) is not { Upos: "VERB", Relation: "acl" } participle || parse.ChildrenOf(participle).Any(c => c.Relation is "aux" or "aux:pass")
            || parse.HeadOf(participle) is not { Relation: "nsubj" } noun || noun.Index > participle.Index
            || parse.HeadOf(noun) is not { } governor || governor.Index < w.Index
            || parse.ChildrenOf(governor, "nsubj").Count(c => c != noun) != 1)
            return false;
        governor.Adopt(w, agent, "ccomp");
        w.Adopt(noun, governor, "nsubj");
        return true;
    }

    /// <summary>
    /// "Air strikes on the city killed at least 20 people, officials said", read with "killed" a passive participle
    /// modifying the strikes and the people its agent ("at" taken for the agent's preposition): an agent without "by" is
    /// no agent, so it is the object of an active verb, whose subject is the noun the verb was hung on; the verb takes
    /// that noun's place in the sentence (a clause said is a complement of the saying verb).
    /// </summary>
    private static bool ObjectReadAsAnAgent(SentenceParse parse, SyntaxWord w) => w.Relation == "obl:agent" && ObjectReadAsAnAgentRest(parse, w);

    /// <summary>The rest of <see cref="ObjectReadAsAnAgent"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ObjectReadAsAnAgentRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obl:agent" || !OpensWithoutPreposition(parse, w)
            || parse.HeadOf(w) is not { Upos: "VERB", Xpos: "VBD" or "VBN", Relation: "acl" } verb || verb.Index > w.Index
            || parse.ChildrenOf(verb).Any(c => c.Relation is "aux" or "aux:pass" or "mark" or "obj" || c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            || parse.HeadOf(verb) is not { Upos: "NOUN" or "PROPN" } noun || noun.Index > verb.Index
            || parse.Subtree(noun).Any(x => x.Index > noun.Index && x.Index < verb.Index && parse.Dominates(verb, x)))
            return false;
        var governor = parse.HeadOf(noun);
        var relation = governor is null ? "root" : noun.Relation is "obj" or "ccomp" && governor.Upos == "VERB" ? "ccomp" : noun.Relation;
        if (relation is not ("root" or "ccomp" or "parataxis" or "conj"))
            return false;
        w.Relation = "obj";
        verb.Xpos = "VBD";
        if (governor is null)
            verb.BecomeRoot(noun);
        else
            governor.Adopt(verb, noun, relation);
        verb.Adopt(noun, governor ?? verb, "nsubj");

        foreach (var c in parse.ChildrenOf(noun).Where(c => c.Index > verb.Index).ToList())
            verb.Adopt(c, noun, c.Relation);
        return true;
    }

    /// <summary>
    /// "A court indicted former President X on charges …", read with the name the agent of "indicted": an agent that opens
    /// without "by", of a verb with a subject of its own and no passive auxiliary or object, is the verb's object.
    /// </summary>
    private static bool AgentOfAnActiveVerb(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obl:agent" || w.Upos is not ("PROPN" or "NOUN") || parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index > w.Index
            || !OpensWithoutPreposition(parse, w))
            return false;
        var subject = false;
        foreach (var c in parse.ChildrenOf(verb))
        {
            if (c.Relation is "aux:pass" or "obj" or "nsubj:pass")
                return false;
            subject |= c.Relation == "nsubj";
        }

        if (!subject)
            return false;
        w.Relation = "obj";
        return true;
    }

    /// <summary>
    /// "charged central bank governor X with money laundering", read with the name the possessor of "laundering": a name
    /// without "'s" cannot own a noun across that noun's preposition, so it is the verb's object and the noun its oblique.
    /// </summary>
    private static bool PossessorBeforeThePrepositionOfItsNoun(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nmod:poss" || w.Upos != "PROPN" || parse.HeadOf(w) is not { Relation: "obj" } noun || noun.Index < w.Index
            || parse.HeadOf(noun) is not { Upos: "VERB" } verb || verb.Index > w.Index)
            return false;
        foreach (var c in parse.ChildrenOf(w))
        {
            if (c.Relation == "case")
                return false;
        }

        // The preposition after the name's own words, wherever in the noun's phrase the parser hung it ("with money laundering").
        var end = w.Index;
        foreach (var x in parse.Subtree(w))
            end = Math.Max(end, x.Index);
        if (end + 1 >= noun.Index || parse.Words[end + 1] is not { Relation: "case", Upos: "ADP" } preposition || parse.HeadOf(preposition) is not { } holder
            || holder.Index > noun.Index)
            return false;
        verb.Adopt(w, noun, "obj");
        noun.Relation = "obl";
        if (holder != noun)
            noun.Adopt(preposition, holder, "case");
        return true;
    }

    /// <summary>
    /// "held Israel responsible for …", read with the name a compound of the adjective: an adjective heads no name before
    /// it, so the name is the object of the verb and the adjective what the verb predicates of it.
    /// </summary>
    private static bool NameReadAsACompoundOfAnAdjective(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "compound" || w.Upos != "PROPN" || parse.HeadOf(w) is not { Upos: "ADJ" } adjective || adjective.Index < w.Index
            || parse.HeadOf(adjective) is not { Upos: "VERB" } verb || verb.Index > w.Index)
            return false;
        foreach (var c in parse.ChildrenOf(verb))
        {
            if (c.Relation is "obj" or "xcomp")
                return false;
        }

        verb.Adopt(w, adjective, "obj");
        adjective.Relation = "xcomp";
        return true;
    }

    /// <summary>English verbs whose complement may be a clause of its own: the verbs of reporting, and of thinking and perceiving.</summary>
    private static bool TakesAClause(string form) => ClosingReports.Contains(form) || ThinkingVerbs.Contains(form);

    /// <summary>English verbs of thinking, perceiving and saying that <c>ClosingReports</c> does not hold.</summary>
    private static readonly HashSet<string> ThinkingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "saying", "think", "thinks", "thought", "believe", "believes", "believed", "know", "knows", "knew", "hope", "hopes", "hoped", "fear",
        "fears", "feared", "claim", "warn", "warns", "warned", "report", "insist", "argue", "argues", "argued", "show", "shows", "showed",
        "see", "sees", "saw", "expect", "expects", "expected", "suggest", "suggests", "suggested", "announce", "confirm", "deny", "denies",
        "denied", "note", "add", "find", "finds", "found", "mean", "means", "meant",
    };

    /// <summary>
    /// "Chile imposed visa bans on Peru", "tightened export controls": a bare noun and a plural read as the subject and the
    /// verb of a clause, the clause the complement (or an unmarked adverbial) of a verb that takes no clause: the two are a noun with its modifier,
    /// the verb's object (words of saying and thinking, which do take clauses, are left as they are).
    /// </summary>
    private static bool PluralReadAsAVerb(SentenceParse parse, SyntaxWord w)
    {
        if (w.Upos != "VERB" || w.Xpos != "VBZ" || !w.Form.EndsWith('s') || w.Relation is not ("ccomp" or "advcl") || w.Index < 2
            || parse.HeadOf(w) is not { Upos: "VERB" } governor || governor.Index != w.Index - 2
            || parse.HasChild(governor, "obj") || parse.Words[w.Index - 1] is not { Upos: "NOUN", Xpos: "NN" } modifier
            || TakesAClause(governor.Form) && !(RestrictionKinds.Contains(modifier.Form) && !parse.HasChild(w, "obj") && !Says.Contains(governor.Form))
            || modifier.Head != w.Index || modifier.Relation != "nsubj" || parse.ChildrenOf(modifier).Any()
            || parse.ChildrenOf(w).Any(c => c.Relation is "obj" or "aux" or "mark" or "ccomp" or "xcomp"))
            return false;
        w.Upos = "NOUN";
        w.Xpos = "NNS";
        w.Relation = "obj";
        modifier.Relation = "compound";
        foreach (var c in parse.ChildrenOf(w).Where(c => c.Relation is "obl" or "advcl").ToList())
            c.Relation = c.Relation == "obl" ? "nmod" : "acl";
        return true;
    }

    /// <summary>
    /// English nouns of what a state restricts, which make the plural after them a noun even after a verb of announcing
    /// ("announced travel bans on …", "confirmed export curbs"); after "said" the two may still be a clause.
    /// </summary>
    private static readonly HashSet<string> RestrictionKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "travel", "visa", "export", "import", "trade", "arms", "entry", "investment", "asset",
    };

    private static readonly HashSet<string> Says = new(StringComparer.OrdinalIgnoreCase) { "say", "says", "said", "tell", "tells", "told" };

    /// <summary>The phrase opens with no preposition ("at least" is a quantity, not one).</summary>
    private static bool OpensWithoutPreposition(SentenceParse parse, SyntaxWord w)
    {
        // A phrase of punctuation alone (a misread mark) opens with nothing.
        if (parse.Subtree(w).FirstOrDefault(x => x.Upos != "PUNCT") is not { } first)
            return false;
        return first.Upos is not ("ADP" or "SCONJ") || first.Form.Equals("at", StringComparison.OrdinalIgnoreCase) && first.Index + 1 < parse.Words.Count
            && parse.Words[first.Index + 1].Form.ToLowerInvariant() is "least" or "most";
    }

    /// <summary>
    /// "A missile fired by the rebels struck near the airport", read with "fired" the sentence's verb and "struck" a
    /// modifier of the rebels or a clause of "fired": a verb with a "by" agent and no passive auxiliary, followed by
    /// another verb after the agent, is a participle describing its noun; the verb after the agent is the sentence's,
    /// with that noun its subject.
    /// </summary>
    private static void ParticipleReadAsTheVerb(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "VERB", Xpos: "VBD" or "VBN" } participle || parse.ChildrenOf(participle).Any(c => c.Relation is "aux" or "aux:pass" or "obj")
            || parse.ChildrenOf(participle, "nsubj").FirstOrDefault() is not { Upos: "NOUN" or "PROPN" } subject || subject.Index > participle.Index
            || parse.ChildrenOf(participle, "obl:agent").FirstOrDefault() is not { } agent
            || parse.ChildrenOf(agent).Where(c => c.Relation == "acl").Concat(parse.ChildrenOf(participle).Where(c => c.Relation == "advcl"))
                .FirstOrDefault(c => c.Upos == "VERB" && c.Index > agent.Index && !parse.ChildrenOf(c).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal) || d.Relation == "mark")) is not { } verb)
            return;
        verb.BecomeRoot(parse.HeadOf(verb)!);
        foreach (var c in parse.ChildrenOf(participle).Where(c => c.Index > verb.Index).ToList())
            verb.Adopt(c, participle, c.Relation);
        verb.Adopt(subject, participle, "nsubj");
        subject.Adopt(participle, subject, "acl");
        participle.Xpos = "VBN";
        verb.Xpos = "VBD";
    }

    /// <summary>
    /// "Russian forces swept into Georgia after Georgian troops tried to …", read with the second clause's verb as the
    /// sentence's, both subjects on it and "swept" a modifier of the first: a sentence's verb opens with no "after" of its
    /// own, so the past tense on the first subject is the sentence's verb and the marked clause its adverbial clause.
    /// </summary>
    private static void MarkedClauseReadAsTheMainClause(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "VERB" } marked || parse.ChildrenOf(marked, "mark").FirstOrDefault() is not { } mark
            || parse.ChildrenOf(marked, "nsubj").ToList() is not [var first, var second] || first.Index > mark.Index || second.Index < mark.Index
            || parse.ChildrenOf(first).FirstOrDefault(c => c.Relation == "acl" && c.Upos == "VERB" && c.Xpos is "VBD" or "VBN" && c.Index > first.Index && c.Index < mark.Index
                && !parse.HasChild(c, "aux") && !parse.HasChild(c, "aux:pass")) is not { } verb)
            return;
        verb.BecomeRoot(first);
        verb.Adopt(first, marked, "nsubj");
        foreach (var c in parse.ChildrenOf(marked).Where(c => c.Relation == "punct" && c.Index == parse.Words.Count - 1).ToList())
            verb.Adopt(c, marked, "punct");
        verb.Adopt(marked, marked, "advcl");
        verb.Xpos = "VBD";
    }

    /// <summary>
    /// "Two delegations, led by X and Y, met in Lima", read with "led" the sentence's verb, the noun before it hung on
    /// it and "met" its conjunct: a participle with a "by" agent and no auxiliary, set off by a comma after a noun, is
    /// that noun's modifier; the finite verb after it with no subject of its own is the sentence's, the noun its subject.
    /// </summary>
    private static void ParticipleAfterTheSubjectReadAsTheVerb(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "VERB", Xpos: "VBN" } participle || parse.ChildrenOf(participle).Any(c => c.Relation is "aux" or "aux:pass" or "obj")
            || !parse.HasChild(participle, "obl:agent")
            || parse.ChildrenOf(participle).FirstOrDefault(c => c.Index < participle.Index && c.Upos is "NOUN" or "PROPN") is not { } subject
            || participle.Index < 2 || parse.Words[participle.Index - 1].Form != "," || parse.LastWordOf(subject).Index != participle.Index - 2
            || parse.ChildrenOf(participle).FirstOrDefault(c => c.Relation is "conj" or "parataxis" && c.Upos == "VERB" && c.Xpos is "VBD" or "VBZ" or "VBP") is not { } verb
            || parse.FirstWordOf(verb) is var opening && opening.Form != "," && parse.Words[opening.Index - 1].Form != ","
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "cc" or "mark"))
            return;
        TakeTheSentence(parse, verb, participle, verb.Index);
        verb.Adopt(subject, participle, "nsubj");
        subject.Adopt(participle, participle, "acl");
    }

    /// <summary>
    /// "Delegations from Sudan's army and the RSF held talks in Jeddah", read as a noun phrase with "held" a participle
    /// describing its last noun: a sentence whose root is a noun, with a past form after it that takes an object and has
    /// no subject, auxiliary, mark or agent of its own, is that verb's, the noun its subject (a participle that describes
    /// a noun takes no object).
    /// </summary>
    private static void VerbReadAsAParticipleOfTheSubject(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "NOUN" or "PROPN" } subject || parse.HasChild(subject, "cop") || parse.HasChild(subject, "case")
            || parse.HasChild(subject, "appos")
            || parse.Words.FirstOrDefault(w => w.Relation == "acl" && w.Upos == "VERB" && w.Xpos is "VBD" or "VBN" && w.Index > subject.Index
                && parse.Dominates(subject, w) && parse.HasChild(w, "obj") && parse.FirstWordOf(w) == w
                && parse.HeadOf(w) is { Relation: not "appos" } described && parse.Subtree(described).Last(x => !parse.Dominates(w, x)).Index == w.Index - 1
                && NounsUpTo(parse, described, subject)
                && !parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "aux" or "aux:pass" or "mark" or "obl:agent" or "ccomp")) is not { } verb)
            return;
        var former = parse.HeadOf(verb)!;
        verb.BecomeRoot(former);
        foreach (var c in parse.ChildrenOf(subject).Where(c => c.Index > verb.Index).ToList())
            verb.Adopt(c, subject, c.Relation);
        verb.Adopt(subject, subject, "nsubj");
        verb.Xpos = "VBD";
    }

    /// <summary>Whether the words from <paramref name="word"/> up to <paramref name="top"/> are all nouns: one noun phrase, no clause between.</summary>
    private static bool NounsUpTo(SentenceParse parse, SyntaxWord word, SyntaxWord top)
    {
        for (var w = word; w is not null; w = parse.HeadOf(w))
        {
            if (w.Upos is not ("NOUN" or "PROPN"))
                return false;
            if (w == top)
                return true;
        }

        return false;
    }

    /// <summary>
    /// "Having met X in Beijing, Y flew to Tokyo", read with the participle (or "having") the sentence's root and the
    /// main clause hung under it, its subject hung anywhere: a perfect participle opening the sentence before a comma is
    /// an adverbial clause of the finite verb after the comma, whose subject is the noun phrase right after the comma;
    /// what the main clause holds is the verb's, and a subject the participle's clause took back is the participle's object.
    /// </summary>
    private static void OpeningPerfectReadAsTheSentence(SentenceParse parse)
    {
        var words = parse.Words;
        if (words.Count < 6 || !words[0].Form.Equals("having", StringComparison.OrdinalIgnoreCase) || parse.Root is not { } root)
            return;
        var having = words[0];
        // "Having previously met", "Having been received".
        var at = 1;
        while (at < 3 && (words[at].Upos == "ADV" || words[at].Form == "been"))
            at++;
        var been = words[at - 1].Form == "been" ? words[at - 1] : null;
        if (words[at] is not { Upos: "VERB", Xpos: "VBN" or "VBD" } participle)
            return;
        var comma = -1;
        for (var i = at + 1; i < words.Count && comma < 0; i++)
        {
            if (words[i].Form == ",")
                comma = i;
        }

        if (comma < 0 || comma + 2 >= words.Count)
            return;
        var opening = words[comma + 1].Upos == "DET" ? comma + 2 : comma + 1;
        var subject = PhraseHead(parse, words[opening]);
        // "Chilean President Ana Ruiz": a title describing the name after it, the name the subject; "Chilean envoy Ana
        // Ruiz" read otherwise: the title moved onto the name.
        while (subject.Relation == "nmod:desc" && parse.HeadOf(subject) is { Upos: "PROPN" } described && described.Index > subject.Index)
            subject = described;
        SyntaxWord? title = null;
        if (subject.Upos == "NOUN" && subject.Index + 1 < words.Count && words[subject.Index + 1] is { Upos: "PROPN" } named)
            (title, subject) = (subject, named.Relation == "flat" && parse.HeadOf(named) is { } first ? first : named);
        SyntaxWord? verb = null;
        for (var i = subject.Index + 1; i < words.Count && verb is null; i++)
        {
            if (words[i] is { Upos: "VERB", Xpos: "VBD" or "VBZ" or "VBP" } finite && !parse.HasChild(finite, "mark")
                && !parse.ChildrenOf(finite).Any(c => c.Xpos is "WDT" or "WP"))
                verb = finite;
        }

        // The root is the participle, "having", or already the main verb (with its subject hung elsewhere).
        if (verb is null || subject.Upos is not ("NOUN" or "PROPN") || subject.Index > verb.Index || root != participle && root != having && root != verb)
            return;
        if (verb.Head >= 0)
            verb.BecomeRoot(parse.HeadOf(verb)!);
        if (participle.Head != verb.Index)
            verb.Adopt(participle, parse.HeadOf(participle) ?? verb, "advcl");
        else
            participle.Relation = "advcl";
        if (having.Head != participle.Index)
            participle.Adopt(having, parse.HeadOf(having) ?? participle, "aux");
        having.Relation = "aux";
        participle.Xpos = "VBN";
        having.Upos = "AUX";
        if (been is not null && been.Head != participle.Index)
            participle.Adopt(been, parse.HeadOf(been) ?? participle, "aux:pass");
        // After the comma: the main clause's words hung inside the participle's clause, and its subject.
        foreach (var x in words.Skip(comma + 1).Where(x => x != verb && x != title && x.Head >= 0 && x.Head < comma).ToList())
            verb.Adopt(x, parse.HeadOf(x)!, x == subject ? "nsubj" : x.Relation == "nmod" ? "obl" : x.Relation);
        if (subject.Head != verb.Index)
            verb.Adopt(subject, parse.HeadOf(subject)!, "nsubj");
        else
            subject.Relation = "nsubj";
        if (title is not null && title.Head != subject.Index)
            subject.Adopt(title, parse.HeadOf(title)!, "compound");
        // Before the comma: a noun the main verb took as its subject is the participle's object.
        foreach (var y in words.Take(comma).Where(y => y.Head == verb.Index && y != participle).ToList())
            participle.Adopt(y, verb, y.Relation.StartsWith("nsubj", StringComparison.Ordinal) ? "obj" : y.Relation);
        foreach (var y in words.Take(comma).Where(y => y.Head > comma && y.Head != verb.Index).ToList())
            participle.Adopt(y, parse.HeadOf(y)!, y.Relation);
    }

    /// <summary>
    /// "Masked men stormed a police station", read with "Masked" the sentence's verb and the rest its complement: a
    /// participle opening the sentence with no subject of its own, whose complement's subject begins right after it, is
    /// a modifier of that subject, and the complement is the sentence's verb.
    /// </summary>
    private static void OpeningParticipleReadAsTheVerb(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "VERB", Xpos: "VBD" or "VBN" } participle || parse.FirstWordOf(participle) != participle
            || parse.ChildrenOf(participle).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "aux" or "aux:pass" or "obj" or "mark")
            || parse.ChildrenOf(participle).FirstOrDefault(c => c.Relation is "ccomp" or "parataxis") is not { Upos: "VERB" } verb
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault() is not { Upos: "NOUN" or "PROPN" } subject
            || parse.FirstWordOf(subject).Index != participle.Index + 1 || subject.Index > verb.Index)
            return;
        verb.BecomeRoot(participle);
        foreach (var c in parse.ChildrenOf(participle).Where(c => c.Index > subject.Index).ToList())
            verb.Adopt(c, participle, c.Relation);
        subject.Adopt(participle, participle, "amod");
        participle.Xpos = "VBN";
    }

    /// <summary>
    /// "Called by X late on Wednesday, Y discussed the talks", "Expelled by Niger last year, the ambassador returned to
    /// Paris", read with the opening participle the sentence's verb and the clause after the comma its conjunct or
    /// adverbial clause (or its subject an oblique and the verb that subject's modifier): a passive participle opening
    /// the sentence with its agent and no subject or auxiliary is an adverbial clause of the clause after its comma.
    /// </summary>
    private static void OpeningPassiveParticipleReadAsTheVerb(SentenceParse parse)
    {
        if (parse.Root is not { Upos: "VERB", Xpos: "VBN" or "VBD" } participle || parse.FirstWordOf(participle) != participle
            || !parse.HasChild(participle, "obl:agent")
            || parse.ChildrenOf(participle).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "aux" or "aux:pass" or "obj" or "mark"))
            return;
        SyntaxWord? subject = null;
        var verb = parse.ChildrenOf(participle).FirstOrDefault(c => c.Upos == "VERB" && !parse.HasChild(c, "cc") && !parse.HasChild(c, "mark")
            && (c.Relation == "conj" || c.Relation is "advcl" or "parataxis" && c.Xpos is "VBD" or "VBZ" or "VBP")
            && parse.ChildrenOf(c).FirstOrDefault(x => x.Relation is "nsubj" or "nsubj:pass") is { } own && AfterComma(parse, own));
        if (verb is null)
        {
            subject = parse.ChildrenOf(participle).FirstOrDefault(c => c.Relation is "obl" or "obl:unmarked" && c.Upos is "NOUN" or "PROPN"
                && !parse.HasChild(c, "case") && AfterComma(parse, c));
            verb = subject is null ? null : parse.ChildrenOf(subject).FirstOrDefault(c => c.Relation is "acl" or "acl:relcl" && c.Upos == "VERB"
                && c.Xpos is "VBD" or "VBZ" or "VBP" && c.Index > subject.Index && !parse.ChildrenOf(c).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal) || d.Relation == "mark"));
            if (verb is null)
                return;
        }

        verb.BecomeRoot(parse.HeadOf(verb)!);
        if (subject is not null)
            verb.Adopt(subject, participle, "nsubj");
        foreach (var c in parse.ChildrenOf(participle).Where(c => c.Index > verb.Index).ToList())
            verb.Adopt(c, participle, c.Relation);
        verb.Adopt(participle, verb, "advcl");
        participle.Xpos = "VBN";
    }

    /// <summary>
    /// "… that sending troops to Ukraine would lead to war", read with the gerund an adverbial clause of a verb that has
    /// no subject: a gerund with no mark before a verb with no subject, and no comma before it or between them, is that
    /// verb's subject (", calling it …" is a participle's adjunct).
    /// </summary>
    private static bool GerundReadAsAnAdverbial(SentenceParse parse, SyntaxWord w) => w.Xpos == "VBG" && w.Relation == "advcl" && GerundReadAsAnAdverbialRest(parse, w);

    private static bool CommaBetween(SentenceParse parse, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (parse.Words[i].Form == ",")
                return true;
        }

        return false;
    }

    /// <summary>The rest of <see cref="GerundReadAsAnAdverbial"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool GerundReadAsAnAdverbialRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index < w.Index || parse.HasChild(w, "mark")
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "expl" or "csubj")
            || CommaBetween(parse, w.Index, verb.Index) || AfterComma(parse, w))
            return false;
        w.Relation = "csubj";
        return true;
    }

    /// <summary>
    /// "Pakistan closed the Torkham border crossing with Afghanistan", read with the noun before the gerund its subject
    /// and the gerund a clause of the verb: a gerund right after a noun with an article, as the clause of a verb that has
    /// no object, is a noun, that verb's object, and the noun before it its modifier (a clause's subject takes no article
    /// before an "-ing" form that follows the verb).
    /// </summary>
    private static bool GerundReadAsAClauseOfItsNoun(SentenceParse parse, SyntaxWord w) =>
        w is { Xpos: "VBG", Relation: "advcl" } && w.Index > 0 && GerundReadAsAClauseOfItsNounRest(parse, w);

    /// <summary>The rest of <see cref="GerundReadAsAClauseOfItsNoun"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool GerundReadAsAClauseOfItsNounRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index > w.Index || parse.HasChild(verb, "obj") || parse.HasChild(w, "mark") || parse.HasChild(w, "aux")
            || parse.HasChild(w, "obj") || parse.Words[w.Index - 1] is not { Upos: "NOUN", Relation: "nsubj" } noun || noun.Head != w.Index
            || !parse.ChildrenOf(noun).Any(c => c.Relation == "det") || parse.FirstWordOf(noun).Index <= verb.Index)
            return false;
        verb.Adopt(w, verb, "obj");
        w.Upos = "NOUN";
        w.Xpos = "NN";
        noun.Relation = "compound";
        foreach (var c in parse.ChildrenOf(noun).Where(c => c.Relation is "det" or "compound" or "amod" or "nmod:poss").ToList())
            w.Adopt(c, noun, c.Relation);
        // "the border crossing with Afghanistan on Sunday": the phrase right after it is the noun's, the rest the verb's.
        foreach (var c in parse.ChildrenOf(w).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal)).ToList())
        {
            if (c.Relation == "obl" && parse.FirstWordOf(c).Index == w.Index + 1)
                c.Relation = "nmod";
            else
                verb.Adopt(c, w, c.Relation);
        }

        return true;
    }

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
        if (PastTenseReadAsModifier(parse, root) || SubjectInsideAParticiple(parse, root) || SecondSubjectOpensAClause(parse, root)
            || TimeBeforeTheClause(parse, root) || VerbReadAsAModifierOfItsObject(parse, root) || NameOfTheSubjectAtTheRoot(parse, root))
            return;
        // Not a relative clause with its own subject or relative word ("the talks that ended"); one with neither is the
        // sentence's verb ("The talks between X and Y ended without a deal").
        // A participle with an object of its own and no auxiliary is a past tense ("The two leaders later signed four memoranda"),
        // not one after a preposition or an article ("the family of kidnapped journalist X").
        var verb = parse.Subtree(root).FirstOrDefault(w => w.Index > root.Index && w.Upos == "VERB"
            && (w.Xpos is "VBD" or "VBZ" or "VBP" || w.Xpos == "VBN" && parse.HasChild(w, "obj") && !parse.ChildrenOf(w).Any(c => c.Relation is "aux" or "aux:pass")
                && parse.Words[w.Index - 1].Upos is not ("ADP" or "DET" or "ADJ" or "SCONJ"))
            && (w.Relation is "advcl" or "conj" or "parataxis" or "dep"
                || w.Relation == "acl:relcl" && !parse.ChildrenOf(w).Any(c => c.Xpos is "WDT" or "WP" or "WP$" || IsSubject(parse, c)))
            && !parse.ChildrenOf(w).Any(c => c.Relation is "mark" or "cc"));
        if (verb is null || parse.HeadOf(verb) is not { } formerHead)
            return;
        var subjects = parse.ChildrenOf(verb).Where(c => IsSubject(parse, c)).ToList();
        if (subjects.Any(n => !WordLists.TimeUnits.Contains(n.Form)))
            return;
        // A "subject" with a preposition is a phrase of the verb ("between the delegations").
        foreach (var phrase in parse.ChildrenOf(verb).Where(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && !IsSubject(parse, c)))
            phrase.Relation = "obl";
        verb.BecomeRoot(formerHead);
        verb.Adopt(root, verb, "nsubj");
        verb.Xpos = verb.Xpos == "VBN" ? "VBD" : verb.Xpos;
        foreach (var time in subjects)
            verb.Adopt(time, verb, "obl:tmod");
    }

    /// <summary>A subject of the verb, whose phrase opens with no preposition.</summary>
    private static bool IsSubject(SentenceParse parse, SyntaxWord c) =>
        c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && parse.FirstWordOf(c) is not { Upos: "ADP", Relation: "case" };

    /// <summary>
    /// "M23 rebels seized the city", read with the name as the root and the verb its conjunct: a name right before the
    /// noun that is the verb's subject names that noun, and the verb is the sentence's.
    /// </summary>
    private static bool NameOfTheSubjectAtTheRoot(SentenceParse parse, SyntaxWord root)
    {
        if (root.Upos != "PROPN" || root.Index + 1 >= parse.Words.Count || parse.Words[root.Index + 1] is not { Upos: "NOUN", Relation: "nsubj" } noun
            || parse.HeadOf(noun) is not { Upos: "VERB", Xpos: "VBD" or "VBZ" or "VBP" } verb || verb.Head != root.Index
            || parse.ChildrenOf(verb).Any(c => c.Relation is "mark" or "cc") || parse.ChildrenOf(root).Any(c => c.Index < root.Index))
            return false;
        verb.BecomeRoot(root);
        foreach (var c in parse.ChildrenOf(root).ToList())
            verb.Adopt(c, root, c.Relation);
        noun.Adopt(root, verb, "compound");
        return true;
    }

    /// <summary>
    /// "Hours after the attack, Israeli jets struck Gaza", read with the time noun as the root and the verb a clause of
    /// the noun after the comma: a finite verb with no subject, no mark and no relative word describes no noun, so that
    /// noun is its subject, the verb the sentence's, and the time noun ("a day after …") its time adjunct.
    /// </summary>
    private static bool TimeBeforeTheClause(SentenceParse parse, SyntaxWord root)
    {
        if (!WordLists.TimeUnits.Contains(root.Form) && !MomentUnits.Contains(root.Form))
            return false;
        // A participle that takes an object is active ("jets struck Gaza" tagged as "jets struck by …" would be).
        var verb = parse.Subtree(root).FirstOrDefault(w => w.Index > root.Index && w.Upos == "VERB"
            && (w.Xpos is "VBD" or "VBZ" or "VBP" || w.Xpos == "VBN" && parse.HasChild(w, "obj"))
            && w.Relation.StartsWith("acl", StringComparison.Ordinal)
            && !parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "mark" or "aux" or "aux:pass" || c.Xpos is "WDT" or "WP"));
        if (verb is null || parse.HeadOf(verb) is not { Upos: "NOUN" or "PROPN" or "PRON" } subject || subject == root || !AfterComma(parse, subject)
            || parse.HeadOf(subject) is not { } subjectHead)
            return false;
        verb.BecomeRoot(subject);
        verb.Adopt(subject, subjectHead, "nsubj");
        verb.Adopt(root, verb, "obl:tmod");
        PunctuationAfter(parse, root, verb);
        if (verb.Xpos == "VBN")
            verb.Xpos = "VBD";
        return true;
    }

    /// <summary>
    /// "Chancellor Paul Weber promised Ukraine more tanks", "Iran-backed militias fired rockets at a base", read as one
    /// noun phrase with the name or plural noun at the root and the verb an adjective of the noun after it: a past tense
    /// right after a name or plural that heads a phrase with no verb is the sentence's verb, the root its subject, the
    /// noun its object, and a name right after the verb ("Ukraine") the one given to.
    /// </summary>
    private static bool VerbReadAsAModifierOfItsObject(SentenceParse parse, SyntaxWord root)
    {
        var after = NameEnd(parse, root) + 1;
        if (root is not ({ Upos: "PROPN" } or { Upos: "NOUN", Xpos: "NNS" }) || after >= parse.Words.Count || parse.Words[after] is not { Upos: "VERB", Xpos: "VBD" or "VBN", Relation: "amod" } verb
            || parse.HeadOf(verb) is not { Upos: "NOUN" } thing || thing.Index < verb.Index || thing.Head != root.Index)
            return false;
        verb.BecomeRoot(thing);
        verb.Adopt(root, verb, "nsubj");
        verb.Adopt(thing, root, "obj");
        if (verb.Index + 1 < thing.Index && parse.Words[verb.Index + 1] is { Upos: "PROPN", Relation: "compound" } given && given.Head == thing.Index)
            verb.Adopt(given, thing, "iobj");
        // "… fired rockets at a base": a phrase after the verb that the root's noun phrase took is the verb's.
        foreach (var phrase in parse.ChildrenOf(root).Where(c => c.Index > thing.Index && c.Relation == "nmod").ToList())
            verb.Adopt(phrase, root, "obl");
        PunctuationAfter(parse, root, verb);
        verb.Xpos = "VBD";
        return true;
    }

    /// <summary>Units of time shorter than a day, which <see cref="WordLists.TimeUnits"/> (days and longer) leaves out.</summary>
    private static readonly HashSet<string> MomentUnits = new(StringComparer.OrdinalIgnoreCase) { "hour", "hours", "minute", "minutes", "moment", "moments" };

    /// <summary>
    /// "Azerbaijani forces seized control of the corridor.", "Thai troops clashed with Cambodian forces.", "Dozens of
    /// Thai troops clashed with …", read as one
    /// noun phrase, the verb a participle modifying the noun: a participle that takes an object is active, and a
    /// sentence that ends in a full stop after the participle's phrase is no bare noun phrase, so the verb right after
    /// the noun at the root (or after its last conjunct) is the sentence's verb and the noun its subject.
    /// </summary>
    private static bool PastTenseReadAsModifier(SentenceParse parse, SyntaxWord root)
    {
        // The noun the verb follows may be the root's last conjunct ("The minister, X, and her counterpart discussed …"),
        // or what an "of" phrase on the root counts ("A battalion of Chilean paratroopers landed in …").
        var last = parse.ChildrenOf(root, "conj").LastOrDefault() ?? root;
        if (!parse.HasChild(last, "acl") && parse.ChildrenOf(last, "nmod").LastOrDefault() is { } counted
            && parse.ChildrenOf(counted, "case").Any(c => c.Form.Equals("of", StringComparison.OrdinalIgnoreCase)))
            last = counted;
        // The verb follows the noun, or the noun's own phrases with an object of its own ("An attack on a market in Gao
        // killed 15 people": a participle describing a noun takes no object).
        if (parse.ChildrenOf(last, "acl").FirstOrDefault() is not { Upos: "VERB", Xpos: "VBN" or "VBD" } verb
            || !(verb.Index == last.Index + 1 && (parse.HasChild(verb, "obj") || ClosesTheSentence(parse, root, verb))
                 || verb.Index > last.Index + 1 && parse.HasChild(verb, "obj") && PhraseOfTheNounUpTo(parse, last, verb)
                    && parse.Words[verb.Index - 1].Upos is not ("ADP" or "DET" or "ADJ" or "SCONJ"))
            || parse.ChildrenOf(verb).Any(c => c.Relation is "aux" or "aux:pass" or "mark" or "nsubj" or "nsubj:pass"))
            return false;
        verb.BecomeRoot(last);
        verb.Adopt(root, verb, "nsubj");
        PunctuationAfter(parse, root, verb);
        foreach (var c in parse.ChildrenOf(root).Where(c => c.Index > verb.Index && TrailingParticiple(parse, c)).ToList())
            verb.Adopt(c, root, "advcl");
        verb.Xpos = "VBD";
        return true;
    }

    /// <summary>
    /// "CENTCOM says American forces shot down six drones", read with the forces the object of "says", "shot" describing
    /// them and the drones a second object: what a speech verb says without "that" is a clause, its first noun the subject.
    /// </summary>
    private static bool ClauseReadAsTheObjectOfASaying(SentenceParse parse, SyntaxWord w) =>
        w is { Upos: "VERB", Relation: "acl", Xpos: "VBD" or "VBN" } && ClauseReadAsTheObjectOfASayingRest(parse, w);

    /// <summary>The rest of <see cref="ClauseReadAsTheObjectOfASaying"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ClauseReadAsTheObjectOfASayingRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Relation: "obj", Upos: "NOUN" or "PROPN" } subject
            || parse.HeadOf(subject) is not { Upos: "VERB" } saying || !WordLists.SpeechVerbs.Contains(saying.Form.ToLowerInvariant())
            || parse.ChildrenOf(w).Any(c => c.Relation is "aux" or "aux:pass" or "nsubj" or "mark") || !PhraseOfTheNounUpTo(parse, subject, w))
            return false;
        var other = parse.ChildrenOf(saying, "obj").FirstOrDefault(o => o.Index > w.Index);
        if (other is null && !parse.HasChild(w, "obj"))
            return false;
        saying.Adopt(w, subject, "ccomp");
        w.Adopt(subject, saying, "nsubj");
        if (other is not null)
            w.Adopt(other, saying, "obj");
        foreach (var later in parse.ChildrenOf(saying).Where(c => c.Index > w.Index && c.Relation is "obl" or "nmod").ToList())
            w.Adopt(later, saying, later.Relation);
        w.Xpos = "VBD";
        return true;
    }

    /// <summary>
    /// "received a delegation led by X", "signed a deal brokered by Qatar", read with the participle a complement of the
    /// verb: a passive participle with its agent right after the verb's object describes that object.
    /// </summary>
    private static bool ParticipleOfTheObjectReadAsAComplement(SentenceParse parse, SyntaxWord w) =>
        w is { Upos: "VERB", Xpos: "VBN", Relation: "xcomp" or "advcl" or "conj" or "acl" } && parse.HasChild(w, "obl:agent") && ParticipleOfTheObjectReadAsAComplementRest(parse, w);

    /// <summary>The rest of <see cref="ParticipleOfTheObjectReadAsAComplement"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ParticipleOfTheObjectReadAsAComplementRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { } governor
            || governor.Upos != "VERB" && w.Relation != "acl"
            || parse.ChildrenOf(w).Any(c => c.Relation is "aux" or "aux:pass" or "nsubj" or "nsubj:pass" or "mark" or "cc" or "punct" && c.Index < w.Index)
            || DescribedBefore(parse, governor, w) is not { } thing || thing == governor)
            return false;
        thing.Adopt(w, governor, "acl");
        return true;
    }

    /// <summary>
    /// The noun a participle right after it describes: the verb's object whose phrase ends there, or a party sent whose
    /// phrase does ("held talks with a delegation of the World Bank led by …").
    /// </summary>
    private static SyntaxWord? DescribedBefore(SentenceParse parse, SyntaxWord verb, SyntaxWord participle)
    {
        for (var at = parse.Words[participle.Index - 1]; at is not null && at != verb && parse.LastWordOf(at).Index == participle.Index - 1; at = parse.HeadOf(at))
        {
            if (at.Upos == "NOUN" && at.Form.ToLowerInvariant() is "delegation" or "delegations" or "team" or "mission")
                return at;
        }

        return verb.Upos == "VERB" && parse.ChildrenOf(verb, "obj").LastOrDefault(o => o.Index < participle.Index) is { Upos: "NOUN" or "PROPN" } thing
            && parse.LastWordOf(thing).Index == participle.Index - 1 ? thing : null;
    }

    /// <summary>Whether every word between a noun and a later word belongs to the noun's phrase, with no punctuation.</summary>
    private static bool PhraseOfTheNounUpTo(SentenceParse parse, SyntaxWord noun, SyntaxWord after)
    {
        for (var k = noun.Index + 1; k < after.Index; k++)
        {
            if (parse.Words[k] is { Upos: "PUNCT" } or { Upos: "VERB" } || !parse.Dominates(noun, parse.Words[k]))
                return false;
        }

        return true;
    }

    /// <summary>
    /// "The French president, X, and the German chancellor, Y, met in Paris", read with the first subject as the root
    /// and "and the German chancellor … met" as a clause describing it: a finite verb under the root whose subject
    /// follows an "and" of its own has both for its subjects.
    /// </summary>
    private static bool SecondSubjectOpensAClause(SentenceParse parse, SyntaxWord root)
    {
        var verb = parse.ChildrenOf(root).FirstOrDefault(c => c.Relation is "acl:relcl" or "acl" or "conj" or "parataxis" && c.Upos == "VERB" && c.Xpos is "VBD" or "VBZ" or "VBP");
        if (verb is null || parse.ChildrenOf(verb).Any(c => c.Relation == "mark" || c.Xpos is "WP" or "WDT")
            || parse.ChildrenOf(verb).FirstOrDefault(c => c.Relation is "nsubj" or "nsubj:pass" && c.Index < verb.Index) is not { } second
            || parse.ChildrenOf(verb, "cc").FirstOrDefault(c => c.Index < second.Index) is not { } and
            || parse.FirstWordOf(second).Index != and.Index + 1)
            return false;
        verb.BecomeRoot(root);
        verb.Adopt(root, verb, second.Relation);
        root.Adopt(second, verb, "conj");
        second.Adopt(and, verb, "cc");
        PunctuationAfter(parse, root, verb);
        return true;
    }

    /// <summary>
    /// "said Ecuador had violated international law", read with "violated" a modifier of "law" (the complement) and
    /// "Ecuador" the object of "said": a participle with an auxiliary is a verb, not a modifier; it heads the clause the noun headed, the
    /// noun is its object, and a name right before its auxiliary that hung on the verb above is its subject.
    /// </summary>
    private static bool VerbWithAnAuxiliaryReadAsModifier(SentenceParse parse, SyntaxWord w) => w.Relation == "amod" && w.Upos == "VERB" && VerbWithAnAuxiliaryReadAsModifierRest(parse, w);

    /// <summary>The rest of <see cref="VerbWithAnAuxiliaryReadAsModifier"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool VerbWithAnAuxiliaryReadAsModifierRest(SentenceParse parse, SyntaxWord w)
    {
        // Only where the parser read the noun as a clause itself: elsewhere ("a region where militants have staged
        // attacks") the reading is left to the parser.
        if (w.Relation != "amod" || w.Upos != "VERB" || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN", Relation: "ccomp" } noun || noun.Index < w.Index
            || parse.ChildrenOf(w, "aux").FirstOrDefault() is not { } aux || parse.HeadOf(noun) is not { Upos: "VERB" } above)
            return false;
        above.Adopt(w, noun, "ccomp");
        w.Adopt(noun, above, "obj");
        if (parse.ChildrenOf(above, "obj").FirstOrDefault(o => o.Index < aux.Index && parse.LastWordOf(o).Index == aux.Index - 1) is { } subject)
            w.Adopt(subject, above, "nsubj");
        return true;
    }

    /// <summary>
    /// "two weeks after President X hosted Y at State House", read with "hosted" a part of the name: a past or present
    /// tense with an object is no part of a name; the name is its subject, and the verb stands where the name stood,
    /// with the name's preposition its mark and what followed the verb its own.
    /// </summary>
    private static bool VerbReadAsANamePart(SentenceParse parse, SyntaxWord w) => w.Relation == "flat" && w.Upos == "VERB" && VerbReadAsANamePartRest(parse, w);

    /// <summary>The rest of <see cref="VerbReadAsANamePart"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool VerbReadAsANamePartRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "flat" || w.Upos != "VERB" || w.Xpos is not ("VBD" or "VBZ") || parse.HeadOf(w) is not { Upos: "PROPN" } name
            || name.Index > w.Index || !parse.HasChild(w, "obj"))
            return false;
        if (parse.HeadOf(name) is { } host)
        {
            host.Adopt(w, name, host.Upos == "VERB" ? "advcl" : "acl");
            w.Adopt(name, host, "nsubj");
        }
        else
        {
            w.BecomeRoot(name);
            w.Adopt(name, w, "nsubj");
        }

        foreach (var c in parse.ChildrenOf(name).Where(c => c.Relation == "case" && c.Index < name.Index).ToList())
            w.Adopt(c, name, "mark");
        foreach (var c in parse.ChildrenOf(name).Where(c => c.Index > w.Index).ToList())
            w.Adopt(c, name, c.Relation == "nmod" ? "obl" : c.Relation);
        w.Upos = "VERB";
        return true;
    }

    /// <summary>
    /// "Chilean aircraft using guided missiles killed four fighters", read with the noun at the root, the participle
    /// its modifier and the participle's object the subject of the verb under it: a participle without an object (or with
    /// a bare noun of the name after it, "precision guided missiles") right before a noun that is the subject of a finite
    /// verb takes that noun as its object, and the verb is the sentence's, with the noun at the root its subject.
    /// </summary>
    private static bool SubjectInsideAParticiple(SentenceParse parse, SyntaxWord root)
    {
        if (parse.ChildrenOf(root, "acl").FirstOrDefault() is not { Upos: "VERB", Xpos: "VBG" } participle || participle.Index <= root.Index
            || parse.ChildrenOf(participle).Any(c => c.Relation is "mark" or "nsubj")
            || parse.ChildrenOf(participle).FirstOrDefault(c => c.Upos == "VERB" && c.Xpos is "VBD" or "VBZ" or "VBP" && c.Relation is "advcl" or "ccomp" or "conj" or "parataxis")
                is not { } verb
            || parse.ChildrenOf(verb).Any(c => c.Relation is "mark" or "cc")
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault() is not { } subject || subject.Index <= participle.Index || subject.Index >= verb.Index
            || !TakesAsItsObject(parse, participle, subject))
            return false;
        verb.BecomeRoot(participle);
        verb.Adopt(root, verb, "nsubj");
        PunctuationAfter(parse, root, verb);
        return true;
    }

    /// <summary>
    /// "Russian warplanes using cluster bombs hit the town", read with the noun a bare oblique of the verb and the
    /// participle's object ("bombs") the verb's subject: the subject right after the participle's phrase is its object
    /// (a bare noun the participle took as its object is a word of that object's name, "cluster"), and the noun the
    /// participle describes, before it with no preposition, is the subject.
    /// </summary>
    private static bool SubjectReadAsTheObjectOfAParticiple(SentenceParse parse, SyntaxWord w) =>
        w.Relation is "obl" or "obl:unmarked" or "obl:npmod" && w.Upos is "NOUN" or "PROPN" && SubjectReadAsTheObjectOfAParticipleRest(parse, w);

    /// <summary>The rest of <see cref="SubjectReadAsTheObjectOfAParticiple"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SubjectReadAsTheObjectOfAParticipleRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index < w.Index || parse.HasChild(w, "case")
            || parse.ChildrenOf(w, "acl").FirstOrDefault() is not { Upos: "VERB", Xpos: "VBG" } participle || participle.Index < w.Index
            || parse.ChildrenOf(participle).Any(c => c.Relation is "mark" or "nsubj" or "ccomp" or "xcomp")
            || parse.ChildrenOf(verb, "nsubj").FirstOrDefault() is not { Upos: "NOUN" or "PROPN" } subject
            || IsTimeWord(subject) || subject.Index < participle.Index || parse.HasChild(subject, "det") || parse.LastWordOf(participle).Index + 1 != parse.FirstWordOf(subject).Index
            || !TakesAsItsObject(parse, participle, subject))
            return false;
        verb.Adopt(w, verb, "nsubj");
        return true;
    }

    /// <summary>
    /// Hangs <paramref name="subject"/> on the participle as its object, when the participle has none or only a bare noun
    /// right before the subject's phrase ("using precision guided missiles"), which becomes a word of the object's name.
    /// </summary>
    private static bool TakesAsItsObject(SentenceParse parse, SyntaxWord participle, SyntaxWord subject)
    {
        var taken = parse.ChildrenOf(participle, "obj").FirstOrDefault();
        if (taken is not null && (taken.Upos != "NOUN" || parse.ChildrenOf(taken).Any() || taken.Index + 1 != parse.FirstWordOf(subject).Index))
            return false;
        participle.Adopt(subject, parse.HeadOf(subject)!, "obj");
        if (taken is not null)
            subject.Adopt(taken, participle, "compound");
        return true;
    }

    /// <summary>
    /// The participle's phrase runs to the sentence's closing full stop, with nothing else on the noun after it but a
    /// participle after a comma (", killing three herders"), which the repair gives the verb.
    /// </summary>
    private static bool ClosesTheSentence(SentenceParse parse, SyntaxWord root, SyntaxWord verb) =>
        parse.Words[^1].Form == "." && parse.ChildrenOf(root).All(c => c.Index <= verb.Index || c.Relation == "punct" || TrailingParticiple(parse, c))
        && (parse.LastWordOf(verb).Index >= parse.Words.Count - 2 || parse.ChildrenOf(root).Any(c => c.Index > verb.Index && TrailingParticiple(parse, c)));

    /// <summary>", killing three herders" closing the sentence: a participle after a comma hung on the noun at the root (as its modifier or its clause).</summary>
    private static bool TrailingParticiple(SentenceParse parse, SyntaxWord w) =>
        w is { Relation: "acl" or "advcl", Upos: "VERB", Xpos: "VBG" } && AfterComma(parse, w) && parse.LastWordOf(w).Index >= parse.Words.Count - 2;

    /// <summary>
    /// "revealed that air strikes have led to …", read with "that" the determiner of the plural: "that" before a
    /// plural noun is no determiner but opens the clause whose subject the noun is.
    /// </summary>
    private static bool ThatBeforeAPlural(SentenceParse parse, SyntaxWord w) => w.Relation == "det" && w.Form.Equals("that", StringComparison.OrdinalIgnoreCase) && ThatBeforeAPluralRest(parse, w);

    /// <summary>The rest of <see cref="ThatBeforeAPlural"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ThatBeforeAPluralRest(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "det" && w.Form.Equals("that", StringComparison.OrdinalIgnoreCase) && parse.HeadOf(w) is { Xpos: "NNS" or "NNPS" } plural
            && parse.HeadOf(plural) is { Upos: "VERB" } teller
            && parse.ChildrenOf(teller).FirstOrDefault(c => c.Index > plural.Index && c.Upos == "VERB") is { Relation: "parataxis" or "conj" or "ccomp" or "advcl" } told
            && !parse.ChildrenOf(told).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
        {
            told.Relation = "ccomp";
            told.Adopt(plural, teller, "nsubj");
            told.Adopt(w, plural, "mark");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "called the accusations false", "holds Kyiv responsible", read with the accusations as the subject of an
    /// adjective clause or Kyiv as a compound of the adjective (which takes none): an adjective with no copula has no
    /// subject, it is what the verb says of its object (UD's object and xcomp).
    /// </summary>
    private static bool SmallClause(SentenceParse parse, SyntaxWord adjective) => adjective.Upos == "ADJ" && adjective.Relation is "advcl" or "ccomp" or "xcomp" && SmallClauseRest(parse, adjective);

    /// <summary>The rest of <see cref="SmallClause"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool SmallClauseRest(SentenceParse parse, SyntaxWord adjective)
    {
        if (adjective.Upos != "ADJ" || adjective.Relation is not ("advcl" or "ccomp" or "xcomp") || parse.HeadOf(adjective) is not { Upos: "VERB" } verb)
            return false;
        if (parse.HasChild(adjective, "cop") || parse.HasChild(verb, "obj")
            || parse.ChildrenOf(adjective).FirstOrDefault(n => (n.Relation == "nsubj" || n.Relation == "compound" && n.Upos is "NOUN" or "PROPN")
                && verb.Index < n.Index && n.Index < adjective.Index) is not { } described)
            return false;
        verb.Adopt(described, adjective, "obj");
        adjective.Relation = "xcomp";
        return false;
    }

    /// <summary>
    /// "called the accusation 'unacceptable'", read with the quoted adjective in apposition to the object or as a
    /// conjunct of the verb: an adjective right after a verb's object, with no "and" before it, is what the verb
    /// says of the object (xcomp), as it is unquoted.
    /// </summary>
    private static bool QuotedPredicate(SentenceParse parse, SyntaxWord adjective) => adjective.Upos == "ADJ" && QuotedPredicateRest(parse, adjective);

    /// <summary>The rest of <see cref="QuotedPredicate"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool QuotedPredicateRest(SentenceParse parse, SyntaxWord adjective)
    {
        if (adjective.Upos != "ADJ" || parse.HasChild(adjective, "cc") || parse.HasChild(adjective, "cop")
            || parse.ChildrenOf(adjective).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        var verb = adjective.Relation switch
        {
            "appos" when parse.HeadOf(adjective) is { Relation: "obj" } obj => parse.HeadOf(obj),
            "conj" => parse.HeadOf(adjective),
            _ => null,
        };
        if (verb is not { Upos: "VERB" } || parse.ChildrenOf(verb, "obj").LastOrDefault(o => o.Index < adjective.Index) is not { } described
            || parse.HasChild(verb, "xcomp"))
            return false;
        // Nothing but quotation marks between the object's phrase and the adjective.
        for (var k = parse.Subtree(described).Where(x => x.Index < adjective.Index).Max(x => x.Index) + 1; k < adjective.Index; k++)
        {
            if (parse.Words[k] is not { Upos: "PUNCT" } between || between.Form is "," or ";" or ":")
                return false;
        }

        verb.Adopt(adjective, parse.HeadOf(adjective)!, "xcomp");
        return false;
    }

    /// <summary>
    /// "rejected the accusation by Chile that Kenya had armed the rebels", read as a clause with two subjects, the
    /// accusation and Kenya: the noun before "that" is what the clause says, and the clause (opened by "that" as its
    /// mark) completes the noun, which takes the clause's place.
    /// </summary>
    private static bool ContentClause(SentenceParse parse, SyntaxWord verb) => verb.Upos == "VERB" && ContentClauseRest(parse, verb);

    /// <summary>The rest of <see cref="ContentClause"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ContentClauseRest(SentenceParse parse, SyntaxWord verb)
    {
        // The parser may hang the clause's own words on its auxiliary ("that Kenya had armed"). Most verbs have no
        // "that" near them: looked for before any list is made.
        if (verb.Upos != "VERB" || !parse.ChildrenOf(verb).Any(c => IsThat(c) || c.Relation == "aux" && parse.ChildrenOf(c).Any(IsThat)))
            return false;
        var near = parse.ChildrenOf(verb).SelectMany(c => c.Relation == "aux" ? parse.ChildrenOf(c).Prepend(c) : [c]).ToList();
        if (near.Find(IsThat) is not { } that)
            return false;
        var subjects = near.Where(c => c.Relation is "nsubj" or "nsubj:pass").ToList();
        if (subjects.Find(n => n.Index < that.Index && n.Upos == "NOUN") is not { } noun
            || subjects.Find(n => n.Index > that.Index && n.Index < verb.Index) is not { } subject || parse.HeadOf(verb) is not { } head)
            return false;
        var relation = verb.Relation == "conj" && head.Upos == "VERB" && !parse.HasChild(head, "obj") ? "obj" : verb.Relation;
        head.Adopt(noun, verb, relation);
        noun.Adopt(verb, head, "acl");
        verb.Adopt(that, parse.HeadOf(that)!, "mark");
        verb.Adopt(subject, parse.HeadOf(subject)!, subject.Relation);
        return false;
    }

    private static bool IsThat(SyntaxWord w) => w.Form.Equals("that", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Chile charged that Peru was arming rebels", read with "that" the verb's object and the clause hung on it: a "that"
    /// right before a clause's subject opens the clause (its mark), and the clause is the verb's complement.
    /// </summary>
    private static bool ThatReadAsTheObject(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "obj" || !IsThat(w) || w.Xpos is not ("IN" or "DT" or "WDT") || parse.HeadOf(w) is not { Upos: "VERB" } verb
            || parse.ChildrenOf(w).ToList() is not [{ Upos: "VERB" or "AUX" } clause]
            || !parse.ChildrenOf(clause).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && parse.FirstWordOf(c).Index == w.Index + 1))
            return false;
        verb.Adopt(clause, w, "ccomp");
        clause.Adopt(w, verb, "mark");
        return Subordinator(w);
    }

    /// <summary>Tags "that" the subordinator it is (SCONJ, IN); the repair is made.</summary>
    private static bool Subordinator(SyntaxWord that)
    {
        that.Upos = "SCONJ";
        that.Xpos = "IN";
        return true;
    }

    /// <summary>
    /// "Poland said on Monday that Russian drones entered its airspace", read with "that" a pronoun the subject of the
    /// verb told beside the verb's own subject after it: a verb has one subject, so "that" is the clause's marker.
    /// </summary>
    private static bool ThatReadAsTheSubjectOfATold(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj" || !IsThat(w) || parse.HeadOf(w) is not { Upos: "VERB", Relation: "ccomp" or "conj" or "parataxis" } clause
            || !parse.ChildrenOf(clause, "nsubj").Any(n => n.Index > w.Index && n.Index < clause.Index))
            return false;
        w.Relation = "mark";
        return Subordinator(w);
    }

    /// <summary>
    /// "said a ship had deliberately rammed its boat", read with "had" the verb and the participle its complement: a form
    /// of "have" with no object of its own, whose complement is a past participle after it with only adverbs between,
    /// is the perfect's auxiliary, and the participle the verb.
    /// </summary>
    private static bool PerfectReadAsAVerb(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "xcomp" || w.Xpos is not ("VBN" or "VBD") || parse.HeadOf(w) is not { Upos: "VERB" } have || have.Form.ToLowerInvariant() is not ("had" or "has" or "have")
            || have.Index >= w.Index - 1 || parse.HasChild(have, "obj") || parse.HasChild(w, "mark"))
            return false;
        for (var i = have.Index + 1; i < w.Index; i++)
        {
            if (parse.Words[i].Upos != "ADV")
                return false;
        }

        StandInFor(parse, w, have);
        w.Adopt(have, parse.HeadOf(have) ?? w, "aux");
        have.Upos = "AUX";
        if (w.Xpos == "VBD")
            w.Xpos = "VBN";
        return true;
    }

    /// <summary>
    /// "The allegations that Iran sent missiles to Russia prompted …", read with "that" a relative pronoun the verb's
    /// object or subject while the verb has an object or subject of its own: a verb has one of each, so "that" opens
    /// the noun's complement clause.
    /// </summary>
    private static bool ThatOfAComplementReadAsARelative(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is not ("obj" or "nsubj") || !IsThat(w) || parse.HeadOf(w) is not { Relation: "acl:relcl" } clause
            || parse.ChildrenOf(clause, w.Relation).Count() < 2 || !parse.HasChild(clause, "nsubj"))
            return false;
        clause.Relation = "acl";
        w.Relation = "mark";
        return Subordinator(w);
    }

    /// <summary>A clause opened by "that" under a verb is its complement, not a conjunct or an adverbial clause ("warned Chile that Kenya could impose sanctions").</summary>
    private static bool ThatClauseIsAComplement(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation is "conj" or "advcl" && parse.HeadOf(w) is { Upos: "VERB" } && !parse.HasChild(w, "cc")
            && parse.ChildrenOf(w, "mark").Select(m => m.Form.ToLowerInvariant()).ToList() is ["that"])
        {
            w.Relation = "ccomp";
            return true;
        }

        return false;
    }

    /// <summary>
    /// "X told President Y that Taiwan was the issue", "told reporters that Chile would …", read with the "that" clause a
    /// modifier of the one told: a name, or the first of a verb's two objects, takes no "that" clause with a subject of
    /// its own, so it is the complement of the verb.
    /// </summary>
    private static bool ThatClauseOnTheAddressee(SentenceParse parse, SyntaxWord w) => w.Relation is "acl" or "acl:relcl" && ThatClauseOnTheAddresseeRest(parse, w);

    /// <summary>The rest of <see cref="ThatClauseOnTheAddressee"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ThatClauseOnTheAddresseeRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { } name || !(name is { Upos: "PROPN", Relation: "obj" or "iobj" } || name is { Upos: "NOUN", Relation: "iobj" })
            || parse.HeadOf(name) is not { Upos: "VERB" } verb
            || parse.ChildrenOf(w, "mark").FirstOrDefault() is not { } mark || !mark.Form.Equals("that", StringComparison.OrdinalIgnoreCase)
            || !parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) || parse.HasChild(verb, "ccomp"))
            return false;
        verb.Adopt(w, name, "ccomp");
        return true;
    }

    /// <summary>
    /// "Lula, who is on a state visit to Angola, met …", read with the predicate noun in apposition to the name: a
    /// predicate with a relative pronoun for its subject (in lower case: "the WHO's representative" is no clause) and a
    /// copula is a relative clause.
    /// </summary>
    private static bool CopulaClauseReadAsApposition(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "appos" || !parse.HasChild(w, "cop") || !parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c.Form is "who" or "which"))
            return false;
        w.Relation = "acl:relcl";
        return true;
    }

    /// <summary>
    /// "Burkina Faso, which borders both countries, did not attend", read with "borders" a plural noun beside "which" and
    /// the name a clause of the verb: a plural right after a relative pronoun that opens a phrase after a comma, followed
    /// by a noun phrase, is the relative clause's verb (in the present: "borders", "controls", "holds"); the clause
    /// describes the name before the comma, which is the subject of the verb it hung on, if that verb has none.
    /// </summary>
    private static bool RelativeVerbReadAsAPlural(SentenceParse parse, SyntaxWord w) =>
        w.Xpos == "NNS" && w.Index >= 3 && w.Form.EndsWith('s') && parse.Words[w.Index - 1] is { Xpos: "WDT" or "WP", Relation: "nsubj" } && parse.Words[w.Index - 2].Form == ","
        && RelativeVerbReadAsAPluralRest(parse, w);

    /// <summary>The rest of <see cref="RelativeVerbReadAsAPlural"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool RelativeVerbReadAsAPluralRest(SentenceParse parse, SyntaxWord w)
    {
        var pronoun = parse.Words[w.Index - 1];
        var described = parse.Words[w.Index - 3];
        while (described is { Relation: "flat" or "compound" } && parse.HeadOf(described) is { Upos: "PROPN" or "NOUN" } phrase && phrase.Index > described.Index && phrase.Index < w.Index - 2)
            described = phrase;
        if (w.Index + 1 >= parse.Words.Count || parse.Words[w.Index + 1].Upos is not ("DET" or "NUM" or "ADJ" or "NOUN" or "PROPN" or "CCONJ")
            || described.Upos is not ("PROPN" or "NOUN") || parse.HeadOf(w) is not { } formerHead)
            return false;
        // What follows the verb: the first noun after it that the parser hung on it or on the pronoun's verb.
        var thing = parse.Words.Skip(w.Index + 1).FirstOrDefault(x => x.Upos is "NOUN" or "PROPN" && parse.HeadOf(x) is { } h && (h == w || h == formerHead));
        if (thing is null || parse.Dominates(w, described))
            return false;
        var describedHead = parse.HeadOf(described);
        described.Adopt(w, formerHead, "acl:relcl");
        w.Upos = "VERB";
        w.Xpos = "VBZ";
        w.Adopt(pronoun, parse.HeadOf(pronoun)!, "nsubj");
        w.Adopt(thing, parse.HeadOf(thing)!, "obj");
        if (describedHead is { Upos: "VERB" } verb && described.Relation is "advcl" or "dep" or "obl" && described.Index < verb.Index
            && !parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            described.Relation = "nsubj";
        return true;
    }

    /// <summary>
    /// ", which it accused of …" read as a conjunct of a noun before it: a clause that opens with a relative pronoun
    /// after a comma describes the noun right before the comma.
    /// </summary>
    private static bool RelativeClause(SentenceParse parse, SyntaxWord verb)
    {
        if (verb.Relation is not ("conj" or "acl" or "acl:relcl") || verb.Upos != "VERB" || parse.HeadOf(verb) is not { } conjoined)
            return false;
        var first = parse.Subtree(verb).First(x => x.Upos != "PUNCT");
        if (first.Xpos is not ("WDT" or "WP" or "WP$") || parse.HeadOf(first) != verb || first.Index == 0 || parse.Words[first.Index - 1].Form != ",")
            return true;
        var before = parse.Words.Take(first.Index - 1).LastOrDefault(x => x.Upos != "PUNCT");
        while (before is { Relation: "flat" or "compound" or "appos" } && parse.HeadOf(before) is { Upos: "NOUN" or "PROPN" } phrase && phrase.Index < before.Index)
            before = phrase;
        // A clause already describing a noun moves only to a name right before the comma ("a crackdown on protesters
        // in Belarus, which retaliated"): after a name, "which" stands for the name.
        if (before is { Upos: "NOUN" or "PROPN" } described && described.Index < verb.Index && !parse.Subtree(verb).Contains(described)
            && (verb.Relation == "conj" || described.Upos == "PROPN" && described != conjoined))
            described.Adopt(verb, conjoined, "acl:relcl");

        return true;
    }

    /// <summary>
    /// "Chile's foreign minister, who met her Peruvian counterpart on Monday, said …", read with the relative clause as
    /// the main one, the noun before the comma its oblique and the verb after it a conjunct: the noun before the comma
    /// and the pronoun is the subject of that later verb, which has none, and the clause describes the noun.
    /// </summary>
    private static bool RelativeReadAsTheMainClause(SentenceParse parse, SyntaxWord pronoun) =>
        pronoun.Xpos is "WP" or "WDT" && pronoun.Relation == "nsubj" && pronoun.Index >= 2 && parse.Words[pronoun.Index - 1].Form == ","
        && RelativeReadAsTheMainClauseRest(parse, pronoun);

    /// <summary>The rest of <see cref="RelativeReadAsTheMainClause"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool RelativeReadAsTheMainClauseRest(SentenceParse parse, SyntaxWord pronoun)
    {
        if (parse.HeadOf(pronoun) is not { Upos: "VERB" } clause
            // The noun may be read as a second subject of the clause ("Poland, which joined NATO in 1999, expelled …").
            || parse.ChildrenOf(clause).FirstOrDefault(c => c.Index < pronoun.Index && c.Upos is "NOUN" or "PROPN" && c.Relation is "obl" or "nmod" or "dep" or "vocative" or "nsubj")
                is not { } named || parse.Subtree(named).Last(x => x.Upos != "PUNCT").Index != pronoun.Index - 2
            || parse.ChildrenOf(clause).FirstOrDefault(c => c.Index > clause.Index && c.Upos == "VERB" && c.Relation is "conj" or "parataxis") is not { } main
            || parse.ChildrenOf(main).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation == "cc"))
            return false;
        var above = TakeThePlaceOf(parse, main, clause);
        main.Adopt(named, clause, "nsubj");
        named.Adopt(clause, above ?? main, "acl:relcl");
        return true;
    }

    /// <summary>
    /// "Poland, which has deployed troops to its border, said …", read with the relative clause a complement of the later
    /// verb and the noun before the comma a loose word of that verb (a vocative): the noun is the later verb's subject,
    /// which has none, and the clause describes the noun. Also with the clause's object read as the later verb's second
    /// subject.
    /// </summary>
    private static bool RelativeReadAsAComplement(SentenceParse parse, SyntaxWord pronoun) =>
        pronoun.Xpos is "WP" or "WDT" && pronoun.Relation == "nsubj" && pronoun.Index >= 2 && parse.Words[pronoun.Index - 1].Form == ","
        && RelativeReadAsAComplementRest(parse, pronoun);

    /// <summary>The rest of <see cref="RelativeReadAsAComplement"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool RelativeReadAsAComplementRest(SentenceParse parse, SyntaxWord pronoun)
    {
        // "Ana Ruiz, who heads the Andean Community, met …", read with the clause a complement of "met" and its object a
        // second subject of "met": the name before the comma keeps the subject, the clause describes it and takes its
        // object back.
        if (parse.HeadOf(pronoun) is { Upos: "VERB", Relation: "ccomp" or "parataxis" or "advcl" or "dep" } described && !parse.HasChild(described, "obj")
            && parse.HeadOf(described) is { Upos: "VERB" } verb && verb.Index > described.Index
            && parse.ChildrenOf(verb, "nsubj").ToList() is [var name, var second]
            && parse.Subtree(name).Last(x => x.Upos != "PUNCT").Index == pronoun.Index - 2 && second.Index > described.Index && second.Index < verb.Index)
        {
            name.Adopt(described, verb, "acl:relcl");
            described.Adopt(second, verb, "obj");
            return true;
        }

        if (parse.HeadOf(pronoun) is not { Upos: "VERB", Relation: "ccomp" or "parataxis" or "advcl" or "dep" } clause
            || parse.HeadOf(clause) is not { Upos: "VERB" } main || main.Index < clause.Index
            || parse.ChildrenOf(main).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "cc" or "expl")
            // The noun may hang on either verb.
            || parse.ChildrenOf(main).Concat(parse.ChildrenOf(clause)).FirstOrDefault(c => c.Index < pronoun.Index && c.Upos is "NOUN" or "PROPN"
                && c.Relation is "vocative" or "dep" or "obl" or "nmod") is not { } named
            || parse.Subtree(named).Last(x => x.Upos != "PUNCT").Index != pronoun.Index - 2)
            return false;
        main.Adopt(named, parse.HeadOf(named)!, "nsubj");
        named.Adopt(clause, main, "acl:relcl");
        return true;
    }

    /// <summary>
    /// "A delegation led by Kenya's foreign minister arrived in Addis Ababa", read with "led" an adverbial clause of the
    /// verb and "by Kenya's foreign minister" the verb's oblique: a participle right after the subject, before the verb,
    /// describes the subject, and the "by" phrase after it is its agent.
    /// </summary>
    private static bool ParticipleOfTheSubjectReadAsAClause(SentenceParse parse, SyntaxWord w) =>
        w.Xpos == "VBN" && w.Relation == "advcl" && ParticipleOfTheSubjectReadAsAClauseRest(parse, w);

    /// <summary>The rest of <see cref="ParticipleOfTheSubjectReadAsAClause"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ParticipleOfTheSubjectReadAsAClauseRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } verb || verb.Index < w.Index
            || parse.ChildrenOf(verb).FirstOrDefault(c => c.Relation is "nsubj" or "nsubj:pass") is not { Upos: "NOUN" or "PROPN" } subject
            || parse.LastWordOf(subject).Index != w.Index - 1 || parse.ChildrenOf(w).Any(c => c.Relation is "mark" or "aux" or "aux:pass" || c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            || parse.ChildrenOf(verb).FirstOrDefault(c => c.Index > w.Index && c.Index < verb.Index && c.Relation is "obl" or "nsubj" && parse.ChildrenOf(c, "case").Any(k => k.Form.Equals("by", StringComparison.OrdinalIgnoreCase))) is not { } agent
            || parse.LastWordOf(w).Index + 1 != parse.FirstWordOf(agent).Index)
            return false;
        subject.Adopt(w, verb, "acl");
        w.Adopt(agent, verb, "obl:agent");
        return true;
    }

    /// <summary>
    /// "Sanctions imposed by the EU on Russian banks took effect on Monday", read with the participle as the active main
    /// verb (a subject and an agent both) and the real verb a clause of a noun after it: a verb with an agent and no
    /// auxiliary is a participle describing the noun before it, and the finite verb after it, with no subject, mark or
    /// relative word of its own, is the sentence's, with that noun as its subject.
    /// </summary>
    private static bool ParticipleWithAnAgentReadAsTheVerb(SentenceParse parse, SyntaxWord w) =>
        w.Relation == "root" && w.Upos == "VERB" && w.Xpos is "VBN" or "VBD" && ParticipleWithAnAgentReadAsTheVerbRest(parse, w);

    /// <summary>The rest of <see cref="ParticipleWithAnAgentReadAsTheVerb"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ParticipleWithAnAgentReadAsTheVerbRest(SentenceParse parse, SyntaxWord w)
    {
        if (NounOfAnAgentParticiple(parse, w) is not { } noun)
            return false;
        var verb = parse.Subtree(w).FirstOrDefault(x => x.Index > w.Index && x.Upos == "VERB" && IsTensed(parse, x)
            // A tensed verb read as a complement is none ("jets delivered by France to Indonesia landed at …").
            && (x.Relation is "acl" or "acl:relcl" or "conj" or "parataxis" or "advcl" || x.Relation == "xcomp" && x.Xpos is "VBD" or "VBZ" or "VBP")
            && !parse.ChildrenOf(x).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "mark" or "cc" || c.Xpos is "WDT" or "WP"));
        if (verb is null || parse.HeadOf(verb) is not { } verbHead)
            return false;
        verb.BecomeRoot(verbHead);
        verb.Adopt(noun, w, parse.HasChild(verb, "aux:pass") ? "nsubj:pass" : "nsubj");
        noun.Adopt(w, verb, "acl");
        PunctuationAfter(parse, w, verb);
        w.Xpos = "VBN";
        return true;
    }

    /// <summary>
    /// The noun right before a participle with an agent and no auxiliary, copula or object that the parser made the
    /// participle's subject ("Sanctions imposed by the EU", "forces backed by US airstrikes"), or null.
    /// </summary>
    private static SyntaxWord? NounOfAnAgentParticiple(SentenceParse parse, SyntaxWord w) =>
        parse.HasChild(w, "obl:agent") && w.Relation != "acl" ? DescribedNoun(parse, w) : null;

    /// <summary>
    /// "Somali forces backed by US airstrikes recaptured the town", read with the participle a clause of the verb and the
    /// noun its subject: a participle with an agent and no auxiliary, right after its noun, describes that noun, which is
    /// the subject of the finite verb after it when that verb has none.
    /// </summary>
    private static bool ParticipleWithAnAgentReadAsAClauseOfTheVerb(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "advcl" || w.Xpos != "VBN" || parse.HeadOf(w) is not { Upos: "VERB", Xpos: "VBD" or "VBZ" or "VBP" } verb || verb.Index < w.Index
            || parse.HasChild(w, "mark") || NounOfAnAgentParticiple(parse, w) is not { } noun
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        verb.Adopt(noun, w, "nsubj");
        noun.Adopt(w, verb, "acl");
        return true;
    }

    /// <summary>
    /// "Israeli air strikes on Gaza killed at least 30 people, officials said", read with the verb a participle of the
    /// noun the report takes and its object a second thing reported: a report takes one clause, so the verb is the
    /// reported clause's, the noun its subject and the second noun its object.
    /// </summary>
    private static bool ReportedPastReadAsModifier(SentenceParse parse, SyntaxWord w) =>
        w.Relation == "ccomp" && w.Upos == "NOUN" && ReportedPastReadAsModifierRest(parse, w);

    /// <summary>The rest of <see cref="ReportedPastReadAsModifier"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ReportedPastReadAsModifierRest(SentenceParse parse, SyntaxWord w)
    {
        if (parse.HeadOf(w) is not { Upos: "VERB" } report
            || parse.ChildrenOf(w, "acl").FirstOrDefault(v => v.Upos == "VERB" && v.Xpos is "VBD" or "VBN" && v.Index > w.Index) is not { } verb
            || parse.ChildrenOf(verb).Any(c => c.Relation is "aux" or "aux:pass" or "mark" || c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            || parse.ChildrenOf(report, "ccomp").FirstOrDefault(c => c.Index > verb.Index && c.Upos is "NOUN" or "PROPN") is not { } thing
            || parse.LastWordOf(verb).Index + 1 != parse.FirstWordOf(thing).Index)
            return false;
        report.Adopt(verb, w, "ccomp");
        verb.Adopt(w, report, "nsubj");
        verb.Adopt(thing, report, "obj");
        verb.Xpos = "VBD";
        return true;
    }

    /// <summary>
    /// "Peru and Chile, whose foreign ministers met in Lima, agreed to …", read with the relative clause as the main one
    /// and the main verb (with its subject) a clause of it: a clause whose subject opens with "whose" after a comma
    /// describes the noun right before that comma, the subject of the later verb, which is the sentence's.
    /// </summary>
    private static bool WhoseClauseReadAsTheMainClause(SentenceParse parse, SyntaxWord whose) =>
        whose.Xpos == "WP$" && whose.Index >= 2 && parse.Words[whose.Index - 1].Form == "," && WhoseClauseReadAsTheMainClauseRest(parse, whose);

    /// <summary>The rest of <see cref="WhoseClauseReadAsTheMainClause"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool WhoseClauseReadAsTheMainClauseRest(SentenceParse parse, SyntaxWord whose)
    {
        if (parse.HeadOf(whose) is not { } owned || !owned.Relation.StartsWith("nsubj", StringComparison.Ordinal) || parse.HeadOf(owned) is not { Upos: "VERB" } clause
            || parse.ChildrenOf(clause).FirstOrDefault(c => c.Index > clause.Index && c.Upos == "VERB" && c.Relation is "advcl" or "conj" or "parataxis") is not { } main
            || parse.ChildrenOf(main).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && c.Index < whose.Index) is not { } named
            || parse.Subtree(named).Last(x => x.Upos != "PUNCT").Index != whose.Index - 2 || parse.HasChild(main, "mark"))
            return false;
        var above = TakeThePlaceOf(parse, main, clause);
        named.Adopt(clause, above ?? main, "acl:relcl");
        return true;
    }

    /// <summary>
    /// Puts the later verb where the clause read as the main one stood (the root, or under that clause's head), with the
    /// clause's punctuation after it; returns the clause's former head.
    /// </summary>
    private static SyntaxWord? TakeThePlaceOf(SentenceParse parse, SyntaxWord main, SyntaxWord clause)
    {
        var above = parse.HeadOf(clause);
        if (above is null)
            main.BecomeRoot(clause);
        else
            above.Adopt(main, clause, clause.Relation);
        PunctuationAfter(parse, clause, main);
        return above;
    }

    /// <summary>
    /// "Vega, who arrived in La Paz on Monday, met the president", read with the relative clause as a loose clause of the
    /// verb and the name before it addressed (vocative): the name before the comma and the pronoun is the subject of a
    /// verb that has none, and the clause describes it.
    /// </summary>
    private static bool SubjectReadAsAddressed(SentenceParse parse, SyntaxWord pronoun)
    {
        if (pronoun.Xpos is not ("WP" or "WDT") || pronoun.Relation != "nsubj" || pronoun.Index < 2 || parse.Words[pronoun.Index - 1].Form != ","
            || parse.HeadOf(pronoun) is not { Upos: "VERB", Relation: "parataxis" } clause || parse.HeadOf(clause) is not { Upos: "VERB" } verb
            || verb.Index < clause.Index || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            || parse.ChildrenOf(clause).FirstOrDefault(c => c.Index < pronoun.Index && c.Upos is "PROPN" or "NOUN" && c.Relation is "vocative" or "dep" or "nsubj")
                is not { } named || parse.Subtree(named).Last(x => x.Upos != "PUNCT").Index != pronoun.Index - 2)
            return false;
        verb.Adopt(named, clause, "nsubj");
        named.Adopt(clause, verb, "acl:relcl");
        return true;
    }

    /// <summary>
    /// "a bomb attack at a resort in western Turkey which killed five people", read with the clause describing Turkey: a
    /// name takes no relative clause without a comma before it, so the clause describes the noun the name's place
    /// phrases hang from.
    /// </summary>
    private static bool RestrictiveClauseOnAName(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "acl:relcl" || parse.HeadOf(w) is not { Upos: "PROPN", Relation: "nmod" } name || name.Index > w.Index
            || parse.FirstWordOf(w) is not { Xpos: "WDT" } pronoun || parse.Words[pronoun.Index - 1].Form == ",")
            return false;
        var top = name;
        while (top.Relation == "nmod" && parse.HeadOf(top) is { Upos: "NOUN" or "PROPN" } up && up.Index < top.Index)
            top = up;
        if (top == name || top.Upos != "NOUN")
            return false;
        top.Adopt(w, name, "acl:relcl");
        return true;
    }

    /// <summary>
    /// "Vega, whom Ruiz met on Monday, said …", read with the relative clause's verb as what "said" reports and Vega its
    /// subject: a clause opened by the pronoun after a subject and a comma describes that subject, which is the subject
    /// of the verb after the clause (one without a subject of its own).
    /// </summary>
    private static bool RelativeClauseReadAsReported(SentenceParse parse, SyntaxWord pronoun)
    {
        if (pronoun.Xpos is not ("WDT" or "WP") || pronoun.Index < 2 || parse.Words[pronoun.Index - 1].Form != ","
            || parse.HeadOf(pronoun) is not { Upos: "VERB", Relation: "ccomp" } verb || verb.Index < pronoun.Index
            || parse.HeadOf(verb) is not { Upos: "VERB" } predicate || predicate.Index < verb.Index
            || parse.HasChild(predicate, "nsubj") || SubjectEndingAt(parse, verb, pronoun.Index - 2) is not { } subject)
            return false;
        predicate.Adopt(subject, verb, "nsubj");
        subject.Adopt(verb, predicate, "acl:relcl");
        if (pronoun.Relation == "obl" && !parse.HasChild(verb, "obj"))
            pronoun.Relation = "obj";
        return true;
    }

    /// <summary>The verb's subject whose phrase ends at the word (a loop: a lambda over the arguments would allocate at every call).</summary>
    private static SyntaxWord? SubjectEndingAt(SentenceParse parse, SyntaxWord verb, int end)
    {
        foreach (var subject in parse.ChildrenOf(verb, "nsubj"))
        {
            if (subject.Index <= end && parse.LastWordOf(subject).Index == end)
                return subject;
        }

        return null;
    }

    /// <summary>
    /// "Chile, which Kenya accused of …, denied the charge", read with the relative clause's verb as the predicate of
    /// both Chile and Kenya and "denied" as its conjunct: the clause opened by the pronoun after the first subject and
    /// a comma describes that subject, and the conjunct is the predicate.
    /// </summary>
    private static bool ClauseOfTheSubject(SentenceParse parse, SyntaxWord pronoun) => pronoun.Xpos is "WDT" or "WP" or "WP$" && ClauseOfTheSubjectRest(parse, pronoun);

    /// <summary>The rest of <see cref="ClauseOfTheSubject"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ClauseOfTheSubjectRest(SentenceParse parse, SyntaxWord pronoun)
    {
        if (pronoun.Xpos is not ("WDT" or "WP" or "WP$") || parse.HeadOf(pronoun) is not { Upos: "VERB" } verb)
            return false;
        if (pronoun.Index < 2 || parse.Words[pronoun.Index - 1].Form != ","
            || SubjectEndingAt(parse, verb, pronoun.Index - 2) is not { } subject
            || parse.ChildrenOf(verb, "conj").FirstOrDefault(c => c.Upos == "VERB" && c.Index > verb.Index) is not { } predicate)
            return false;
        if (parse.HeadOf(verb) is { } head)
            head.Adopt(predicate, verb, verb.Relation);
        else
            predicate.BecomeRoot(verb);
        predicate.Adopt(subject, verb, "nsubj");
        subject.Adopt(verb, predicate, "acl:relcl");

        return false;
    }

    /// <summary>
    /// "it had followed the EU and imposed sanctions on …", read as one noun phrase, "the EU and imposed sanctions": a
    /// past tense after "and" inside the object of a verb is that verb's conjunct, the noun after it its own object and
    /// the phrase before "and" the first verb's object.
    /// </summary>
    private static bool ConjoinedVerb(SentenceParse parse, SyntaxWord verb, SyntaxWord noun)
    {
        if (parse.ChildrenOf(verb, "cc").FirstOrDefault() is not { } and || and.Index + 1 != verb.Index
            || noun.Relation != "obj" || parse.HeadOf(noun) is not { Upos: "VERB" } first)
            return false;
        var firstObject = parse.ChildrenOf(noun).FirstOrDefault(c => c.Index < and.Index && c.Upos is "NOUN" or "PROPN");
        first.Adopt(verb, noun, "conj");
        verb.Adopt(noun, first, "obj");
        if (firstObject is not null)
            first.Adopt(firstObject, noun, "obj");
        return true;
    }

    /// <summary>
    /// "The EU imposed sanctions Friday on …", read with "imposed" as an adjective of "sanctions" and the noun as the
    /// predicate of "The EU": a noun has no subject without a copula, so the verb before it is the predicate, with
    /// the subject and the obliques, and the noun its object.
    /// </summary>
    private static bool VerbAsModifier(SentenceParse parse, SyntaxWord verb) => verb.Relation == "amod" && verb.Upos == "VERB" && VerbAsModifierRest(parse, verb);

    /// <summary>The rest of <see cref="VerbAsModifier"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool VerbAsModifierRest(SentenceParse parse, SyntaxWord verb)
    {
        if (verb.Relation != "amod" || verb.Upos != "VERB" || verb.Xpos is not ("VBD" or "VBN") || parse.HeadOf(verb) is not { Upos: "NOUN" } noun)
            return false;
        if (ConjoinedVerb(parse, verb, noun))
            return true;
        var subject = parse.ChildrenOf(noun, "nsubj").FirstOrDefault();
        if (subject is null)
        {
            PastTenseInsideAPhrase(parse, verb, noun);
            return true;
        }

        if (subject.Index > verb.Index || parse.ChildrenOf(noun).Any(c => c.Relation is "cop" or "case")
            || parse.LastWordOf(subject).Index + 1 != parse.FirstWordOf(verb).Index && parse.LastWordOf(subject).Index + 1 != verb.Index)
            return true;
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

        return true;
    }

    /// <summary>
    /// "Chilean troops shelled rebel camps", read as one noun phrase with "shelled" an adjective of "camps" and the
    /// camps a modifier of "troops" with no preposition, which no noun takes after it: the verb is the predicate, the
    /// phrase before it its subject and the noun after it its object.
    /// </summary>
    private static void PastTenseInsideAPhrase(SentenceParse parse, SyntaxWord verb, SyntaxWord noun)
    {
        if (noun.Relation != "nmod" || parse.HasChild(noun, "case") || parse.HeadOf(noun) is not { Upos: "NOUN" or "PROPN" } subject
            || subject.Index > verb.Index || parse.Subtree(subject).Last(x => x.Index < parse.FirstWordOf(noun).Index).Index + 1 != verb.Index)
            return;
        var head = parse.HeadOf(subject);
        if (head is not null)
            head.Adopt(verb, noun, subject.Relation);
        else
            verb.BecomeRoot(noun);
        PunctuationAfter(parse, subject, verb);
        verb.Adopt(noun, subject, "obj");
        verb.Adopt(subject, head ?? verb, "nsubj");
    }

    /// <summary>
    /// "dismissed the denials as "absolutely ridiculous"", read as a parataxis: a clause set beside another has no
    /// mark, so one with a mark ("as", "if", "because") is an adverbial clause.
    /// </summary>
    private static bool MarkedParataxis(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation == "parataxis" && parse.HasChild(w, "mark"))
            w.Relation = "advcl";
        return false;
    }

    /// <summary>
    /// "told reporters after meeting Ugandan envoy Grace Akello", read with the "after" clause describing the reporters:
    /// a participle clause opened by "after", "before", "since" or "until" tells when the verb's act happened (in UD EWT
    /// 104 of 111 such clauses hang on a verb, the rest in phrases with no verb), so it is the clause of the verb the
    /// noun is an argument of.
    /// </summary>
    private static bool TimeClauseOnANoun(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "acl" || w.Xpos != "VBG" || parse.HeadOf(w) is not { Upos: "NOUN" or "PROPN" } noun || noun.Index > w.Index
            || parse.HeadOf(noun) is not { Upos: "VERB" } verb || noun.Index < verb.Index && w.Index > verb.Index
            || parse.ChildrenOf(verb, "nsubj").Skip(1).Any())
            return false;
        foreach (var mark in parse.ChildrenOf(w, "mark"))
        {
            if (TimeSubordinators.Contains(mark.Form))
            {
                verb.Adopt(w, noun, "advcl");
                return true;
            }
        }

        return false;
    }

    /// <summary>English subordinators that are also prepositions: "after China sent …" opens a clause.</summary>
    private static readonly HashSet<string> TimeSubordinators = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "until", "as" };

    /// <summary>
    /// "… said on Sunday after China sent 30 warplanes toward the island", read with "after China" a prepositional phrase
    /// and "sent" a clause with no subject: a finite verb right after the noun of an "after" phrase, with no subject of its
    /// own, takes the noun as its subject and "after" (or "as") as its marker, as an adverbial clause of the verb above. So also a
    /// past read as a participle describing the noun ("weeks after Burkinabe troops crossed into Ghana"), where no verb
    /// after it could be the noun's.
    /// </summary>
    private static bool SubordinatorReadAsPreposition(SentenceParse parse, SyntaxWord w)
    {
        var participle = w.Xpos == "VBN" && w.Relation == "acl";
        if (w.Upos != "VERB" || w.Xpos is not ("VBD" or "VBZ" or "VBP") && !participle || w.Index < 2
            || parse.ChildrenOf(w).Any(c => c.Relation is "nsubj" or "nsubj:pass" or "mark" or "aux" or "aux:pass"))
            return false;
        // "after Norway's minister, Harald Bjornstad, visited …": the noun the name after it is in apposition to, closed by a comma.
        var end = w.Index - 1;
        var noun = PhraseHead(parse, parse.Words[end]);
        if (!participle && parse.Words[end].Form == "," && w.Index >= 3
            && (parse.Words[end - 1] is { Relation: "flat" } namePart ? parse.HeadOf(namePart) : PhraseHead(parse, parse.Words[end - 1])) is { Relation: "appos" } apposed
            && parse.HeadOf(apposed) is { Upos: "NOUN" or "PROPN" } described && parse.LastWordOf(apposed).Index == end - 1)
            (noun, end) = (described, end - 1);
        // "after Qatari envoy Khalid Rahman met …": a name headed at its first word, its last word flat on it.
        if (noun.Relation == "flat" && parse.HeadOf(noun) is { Upos: "PROPN" } first && first.Index < noun.Index)
            noun = first;
        // A participle hangs on the noun, so the noun's phrase is read without it.
        if (noun.Upos is not ("NOUN" or "PROPN" or "PRON")
            || participle && (parse.HeadOf(w) != noun || parse.Words.Skip(w.Index + 1).Any(x => x.Xpos is "VBD" or "VBZ" or "VBP" && !parse.Dominates(w, x)))
            || (participle ? parse.Subtree(noun).Last(x => !parse.Dominates(w, x)) : parse.LastWordOf(noun)).Index != end
            || parse.ChildrenOf(noun, "case").FirstOrDefault(c => TimeSubordinators.Contains(c.Form)) is not { } subordinator)
            return false;
        // "were killed as Russian forces launched …", read with the noun the verb's own and the verb a conjunct: the clause
        // the verb was joined to. "After a drone hit the refinery, Moscow accused Kyiv", read with the fronted clause the
        // root and the main one its conjunct: the main clause.
        var clause = ClauseOf(parse, noun);
        var fronted = clause == w && w.Relation == "root" && !participle && subordinator.Index == 0;
        // "After a drone hit the depot, Moscow summoned …", read with the clause already the main one's but with no subject.
        var host = clause == w && w.Relation is "conj" or "advcl" or "parataxis" ? parse.HeadOf(w) : fronted ? MainClauseAfterAFrontedOne(parse, w) : clause;
        if (host is not { Upos: "VERB" } || host == w || !fronted && parse.Dominates(w, host))
            return false;
        if (fronted)
        {
            host.BecomeRoot(w);
            foreach (var after in parse.ChildrenOf(w).Where(x => x.Index > host.Index).ToList())
                host.Adopt(after, w, after.Relation);
        }
        host.Adopt(w, parse.HeadOf(w) ?? w, "advcl");
        w.Adopt(noun, parse.HeadOf(noun) ?? noun, "nsubj");
        w.Adopt(subordinator, noun, "mark");
        if (participle)
            w.Xpos = "VBD";
        return true;
    }

    /// <summary>
    /// "The imposition of duties by India on Chinese panels angered manufacturers", read with the noun the root and the verb
    /// a phrase of it whose subject opens with "of": "of" takes no clause, so the noun before it is the verb's subject, and
    /// what "of" opens is the noun's.
    /// </summary>
    private static bool ClauseReadAsAPhraseOfItsSubject(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Upos: "VERB", Xpos: "VBD" or "VBN" or "VBZ", Relation: "nmod" or "obl" } || parse.HeadOf(w) is not { Relation: "root", Upos: "NOUN" } noun
            || noun.Index > w.Index || parse.ChildrenOf(w).FirstOrDefault(c => c.Relation is "nsubj" or "obl" && c.Index < w.Index) is not { } phrase
            || parse.ChildrenOf(phrase, "case").FirstOrDefault(c => c.Form == "of") is not { } of || of.Index != noun.Index + 1)
            return false;
        w.BecomeRoot(noun);
        foreach (var c in parse.ChildrenOf(noun).Where(c => c.Index > w.Index).ToList())
            w.Adopt(c, noun, c.Relation);
        w.Adopt(noun, noun, "nsubj");
        noun.Adopt(phrase, w, "nmod");
        return true;
    }

    /// <summary>
    /// "Ukraine said its air defences shot down 79 drones", read with the past a participle describing the subject and the
    /// subject the report's whole clause: a noun says nothing reported, so the past is the reported verb, with the noun its
    /// subject and what the participle took (its particle read as a preposition) its object.
    /// </summary>
    private static bool PastReadAsAParticipleOfAReportedSubject(SentenceParse parse, SyntaxWord w)
    {
        if (w is not { Relation: "acl", Upos: "VERB", Xpos: "VBN" } || parse.HeadOf(w) is not { Relation: "ccomp", Upos: "NOUN" or "PROPN" } subject
            || subject.Index > w.Index || parse.HeadOf(subject) is not { Upos: "VERB" } report || report.Index > subject.Index
            || parse.HasChild(subject, "cop") || parse.ChildrenOf(w).Any(c => c.Relation is "aux" or "aux:pass" or "mark" || parse.ChildrenOf(c, "case").Any(k => k.Form == "by"))
            || parse.ChildrenOf(w).FirstOrDefault(c => c.Relation is "obl:agent" or "obl" && c.Index > w.Index && parse.ChildrenOf(c, "case").Any(k => k.Index == w.Index + 1 && k.Xpos == "RP")) is not { } taken)
            return false;
        ToldVerb(parse, report, w, subject, null);
        var particle = parse.ChildrenOf(taken, "case").First(k => k.Index == w.Index + 1);
        w.Adopt(particle, taken, "compound:prt");
        taken.Relation = "obj";
        return true;
    }

    /// <summary>The main clause after a fronted one read as the root: its conjunct after a comma, with a subject of its own.</summary>
    private static SyntaxWord? MainClauseAfterAFrontedOne(SentenceParse parse, SyntaxWord root) =>
        parse.ChildrenOf(root, "conj").FirstOrDefault(c => c.Upos == "VERB" && c.Index > root.Index && !parse.HasChild(c, "cc")
            && parse.ChildrenOf(c).FirstOrDefault(x => x.Relation is "nsubj" or "nsubj:pass") is { } subject
            && parse.FirstWordOf(subject).Index is > 0 and var start && parse.Words[start - 1].Form == ",");

    /// <summary>
    /// "The Philippines on Wednesday summoned China's ambassador", read with the subject hung on the day between it and
    /// its verb (the day an oblique, or a subject <see cref="FrontedPhrase"/> makes one): a day is no clause with a
    /// subject, so the subject is the verb's, when the verb has none.
    /// </summary>
    private static bool SubjectHungOnADayBeforeTheVerb(SentenceParse parse, SyntaxWord day) =>
        day.Relation.StartsWith("obl", StringComparison.Ordinal) && WordLists.Calendar.Contains(day.Form) && SubjectHungOnADayBeforeTheVerbRest(parse, day);

    /// <summary>The rest of <see cref="SubjectHungOnADayBeforeTheVerb"/>, apart so that its lambda allocates only for the words that pass its first test.</summary>
    private static bool SubjectHungOnADayBeforeTheVerbRest(SentenceParse parse, SyntaxWord day)
    {
        if (parse.HeadOf(day) is not { Upos: "VERB" } verb
            || verb.Index < day.Index || parse.ChildrenOf(day).FirstOrDefault(c => c.Relation == "nsubj" && c.Index < day.Index) is not { } subject
            || parse.ChildrenOf(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return false;
        verb.Adopt(subject, day, "nsubj");
        return true;
    }

    /// <summary>
    /// "Ghana recalled its envoy, a day after the junta accused Accra of …", read with the day the subject of the later
    /// verb and "after the junta" a phrase on the day: the noun after "after" (or "before", "since") is the verb's
    /// subject and "after" its marker; the span of time says how long after, and the verb is a clause of the one before.
    /// </summary>
    private static bool TimeReadAsTheSubjectOfATimeClause(SentenceParse parse, SyntaxWord w)
    {
        if (w.Relation != "nsubj" || !WordLists.TimeUnits.Contains(w.Form) || parse.HeadOf(w) is not { Upos: "VERB", Xpos: "VBD" or "VBZ" or "VBP" } verb
            || verb.Index < w.Index
            // "days after Peru expelled …" may be read with the noun a second subject (or an oblique) of the verb.
            || (parse.ChildrenOf(w, "nmod").FirstOrDefault(n => n.Index < verb.Index)
                ?? parse.ChildrenOf(verb).FirstOrDefault(o => o.Relation is "obl" or "nsubj" && o.Index > w.Index && o.Index < verb.Index)) is not { } subject
            || parse.ChildrenOf(subject, "case").FirstOrDefault(c => TimeSubordinators.Contains(c.Form)) is not { } subordinator
            || parse.HeadOf(verb) is not { Upos: "VERB" } host || host.Index > w.Index || verb.Relation is not ("conj" or "parataxis" or "advcl" or "ccomp")
            || parse.ChildrenOf(verb).Any(c => c.Relation is "cc" or "mark"))
            return false;
        verb.Relation = "advcl";
        verb.Adopt(subject, parse.HeadOf(subject)!, "nsubj");
        verb.Adopt(subordinator, subject, "mark");
        w.Relation = "obl:npmod";
        return true;
    }

    /// <summary>
    /// "Russia would respond if NATO troops were deployed to Ukraine, X said", read with the "if" clause a second
    /// complement or a condition of the closing saying: a clause opened by "if" or "unless" right after the saying's
    /// complement is that complement's condition (a complement takes no "if").
    /// </summary>
    private static bool ConditionReadAsAComplement(SentenceParse parse, SyntaxWord w) =>
        w.Relation is "ccomp" or "advcl" && (HasDependent(w, "mark", "if") || HasDependent(w, "mark", "unless")) && ConditionReadAsAComplementRest(parse, w);

    /// <summary>The rest of <see cref="ConditionReadAsAComplement"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool ConditionReadAsAComplementRest(SentenceParse parse, SyntaxWord w)
    {
        if (!parse.ChildrenOf(w, "mark").Any(m => m.Form.Equals("if", StringComparison.OrdinalIgnoreCase) || m.Form.Equals("unless", StringComparison.OrdinalIgnoreCase))
            || parse.HeadOf(w) is not { } saying
            || parse.ChildrenOf(saying, "ccomp").LastOrDefault(c => c.Index < w.Index) is not { } clause
            || parse.LastWordOf(clause).Index + 1 != parse.FirstWordOf(w).Index)
            return false;
        clause.Adopt(w, saying, "advcl");
        return true;
    }

    /// <summary>
    /// "received the Minister of Hungary, Gabor Nemeth, who is on a working visit to Turkey", read with "visit" an oblique of
    /// "received" with its own subject "who": a predicate with a copula and a relative pronoun as its subject after a
    /// comma is a relative clause of the noun before the comma.
    /// </summary>
    private static bool CopularRelativeReadAsAnOblique(SentenceParse parse, SyntaxWord w) =>
        w.Upos is "NOUN" or "ADJ" && w.Relation is "obl" or "nmod" or "conj" or "parataxis" or "advcl" && CopularRelativeReadAsAnObliqueRest(parse, w);

    /// <summary>The rest of <see cref="CopularRelativeReadAsAnOblique"/>, apart so that its lambdas allocate only for the words that pass its first test.</summary>
    private static bool CopularRelativeReadAsAnObliqueRest(SentenceParse parse, SyntaxWord w)
    {
        if (!parse.HasChild(w, "cop") || parse.ChildrenOf(w, "nsubj").FirstOrDefault() is not { Xpos: "WP" or "WDT" } pronoun || pronoun.Index < 2
            || parse.Words[pronoun.Index - 1].Form != "," || parse.HeadOf(w) is not { } head)
            return false;
        var before = parse.Words[pronoun.Index - 2];
        while (before is { Relation: "flat" or "compound" } && parse.HeadOf(before) is { Upos: "NOUN" or "PROPN" } phrase && phrase.Index < before.Index)
            before = phrase;
        if (before is not { Upos: "NOUN" or "PROPN" } described || parse.Dominates(w, described))
            return false;
        described.Adopt(w, head, "acl:relcl");
        return true;
    }
}

