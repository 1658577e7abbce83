using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Who does what to whom around a trigger word, read from the parse: the doer (subject, passive agent, the
/// subject a participle or infinitive shares with its clause, the noun a relative clause describes), the
/// objects, and the nominals behind given prepositions.
/// </summary>
internal static class Clause
{
    /// <summary>The word standing for whoever does what the verb says, or null.</summary>
    public static SyntaxWord? Doer(ParsedSentence s, SyntaxWord verb)
    {
        if (GerundOwner(s, verb) is { } owner)
            return owner;
        var activeConjunct = false;
        for (var depth = 0; depth < 6; depth++)
        {
            // "X was welcomed by Y and held talks with Z": an active conjunct shares the passive's subject, not its agent.
            if (activeConjunct && s.Children(verb, "nsubj:pass").FirstOrDefault() is { } undergoer)
                return undergoer;
            if (s.Has(verb, "nsubj:pass") || s.Has(verb, "aux:pass"))
                return Oblique(s, verb, "by");
            if (Subject(s, verb) is { } subject)
            {
                if (subject.Xpos is "WP" or "WDT" && ParsedSentence.Is(verb, "acl"))
                    return s.Head(verb);
                // "Russia said it had expelled …": a pronoun subject of a reported clause is, in news, the one reporting.
                if (subject.Xpos == "PRP" && s.MentionAt(subject) is null && ParsedSentence.Is(verb, "ccomp") && s.Head(verb) is { } reporting
                    && Doer(s, reporting) is { } reporter && s.MentionAt(reporter) is not null)
                    return reporter;
                return subject;
            }

            if (s.Head(verb) is not { } head)
                return null;
            // "released a video denying …", "filed a case accusing …": what a medium issued by someone, or a suit or complaint
            // lodged, says, its issuer says.
            if (ParsedSentence.Is(verb, "acl") && head.Upos == "NOUN" && ParsedSentence.Is(head, "obj") && s.Head(head) is { Upos: "VERB" } issuing
                && (Lexicon.Media.Contains(s.Lower(head)) || verb.Xpos == "VBG" && (Lexicon.Lawsuits.Contains(s.Lower(head)) || Lexicon.ComplaintNouns.Contains(s.Lower(head)))
                    && (Lexicon.Lodge.Contains(s.Lower(issuing)) || Lexicon.Brings.Contains(s.Lower(issuing)))))
                return Doer(s, issuing);
            // "the envoy who met X" acts; "soldiers abducted near the border" (a passive participle, with no object)
            // undergo, and their doer, if any, is the agent.
            // "India was the first country to provide aid": a predicate noun's infinitive is done by the predicate's subject.
            if (ParsedSentence.Is(verb, "acl") && s.MarkOf(verb) == "to" && s.Has(head, "cop") && s.Children(head, "nsubj").FirstOrDefault() is { } predicated)
                return predicated;
            if (ParsedSentence.Is(verb, "acl"))
                return IsPassiveParticiple(s, verb) ? Oblique(s, verb, "by") : head;
            // "urged Kenya to impose": the governor's object acts; "agreed to impose": its subject does; "visited soldiers
            // wounded in the attack" (a passive participle): the soldiers undergo it, and its doer, if any, is the agent.
            if (ParsedSentence.Is(verb, "xcomp"))
                return IsPassiveParticiple(s, verb) ? Oblique(s, verb, "by") : s.Children(head, "obj").FirstOrDefault() ?? Doer(s, head);
            // "accused Peru of shelling the border", "thanked Chile for sending aid": the one accused or thanked did it, and
            // so in the passive ("Peru was accused by Chile of shelling …").
            if (ParsedSentence.Is(verb, "advcl") && s.MarkOf(verb) is "of" or "for"
                && (s.Children(head, "obj").FirstOrDefault() ?? s.Children(head, "nsubj:pass").FirstOrDefault()) is { } agent)
                return agent;
            // "quoted X as saying …", "X was quoted as saying": the one quoted says it (the clause may hang on X itself).
            if (ParsedSentence.Is(verb, "advcl") && s.MarkOf(verb) == "as" && QuotedBy(s, head) is { } quoted)
                return quoted;
            if (!(ParsedSentence.Is(verb, "conj") || ParsedSentence.Is(verb, "advcl")) || verb.Upos != "VERB")
                return null;
            // "Called by X on Wednesday, Y discussed …": a passive participle's doer is its agent, not the clause's subject.
            if (IsAgentParticiple(s, verb))
                return Oblique(s, verb, "by");
            // A finite adverbial clause has a subject of its own ("a day after X visited Paraguay"): where the parser
            // lost it, the governing clause's is not it. Participles share it ("…, killing three").
            if (ParsedSentence.Is(verb, "advcl") && verb.Xpos is "VBD" or "VBZ" or "VBP")
                return null;
            // A participle with an object of its own is active too ("was welcomed by Y and later held talks with Z").
            // So does an active participle before a passive ("Arriving in Nairobi, X was welcomed by Y").
            activeConjunct = ParsedSentence.Is(verb, "conj") && (verb.Xpos is "VBD" or "VBZ" or "VBP" || verb.Xpos == "VBN" && s.Has(verb, "obj") && !s.Has(verb, "aux:pass"))
                || ParsedSentence.Is(verb, "advcl") && verb.Xpos == "VBG";
            verb = head;
        }

        return null;
    }

    /// <summary>
    /// The verb's subject; of two (a dateline the parser took for one: "WASHINGTON (AP) — Ukrainian President X
    /// paid …"; a body before the official's name: "Home Office official Hazel Blears denied …"), the one naming an
    /// actor rather than a place, a person before any other.
    /// </summary>
    public static SyntaxWord? Subject(ParsedSentence s, SyntaxWord verb)
    {
        SyntaxWord? first = null, actor = null;
        foreach (var c in s.Children(verb))
        {
            if (c.Relation != "nsubj")
                continue;
            first ??= c;
            var m = s.MentionAt(c);
            if (m is { Type: Core.Model.EntityType.Person })
                return c;
            if (m is { Type: not Core.Model.EntityType.Location })
                actor ??= c;
        }

        return actor ?? first;
    }

    /// <summary>
    /// A participle describing its noun as undergoing it ("soldiers abducted near the border"): no object, and right
    /// after its noun; one set off by a comma is as often a past tense the tagger took for a participle ("the son of
    /// Mr. Hariri, Saad Hariri, called for …"), unless its agent follows ("the ceasefire, agreed by Israel and …").
    /// </summary>
    private static bool IsPassiveParticiple(ParsedSentence s, SyntaxWord verb) =>
        // A complement is never finite: "visited soldiers wounded in …" with "wounded" tagged a past tense is a participle.
        (verb.Xpos == "VBN" || verb.Xpos == "VBD" && ParsedSentence.Is(verb, "xcomp")) && !s.Has(verb, "obj") && (!(verb.Index > 0 && s.Parse.Words[verb.Index - 1].Form == ",") || s.Has(verb, "obl:agent"));

    /// <summary>
    /// An adverbial passive participle with its agent and no subject, before its clause ("Called by X on Wednesday, Y …").
    /// One after it is as often a description the parser hung on the verb ("the throne, now occupied by X, is …").
    /// </summary>
    private static bool IsAgentParticiple(ParsedSentence s, SyntaxWord verb) =>
        ParsedSentence.Is(verb, "advcl") && verb.Xpos == "VBN" && s.Head(verb) is { } head && verb.Index < head.Index
        && s.Has(verb, "obl:agent") && !s.Has(verb, "obj") && !s.Has(verb, "nsubj:pass") && !s.Has(verb, "aux:pass");

    /// <summary>The word that undergoes what the verb says: its object, or the subject of a passive.</summary>
    public static SyntaxWord? Undergoer(ParsedSentence s, SyntaxWord verb)
    {
        var undergoer = s.Children(verb, "nsubj:pass").FirstOrDefault() ?? s.Children(verb, "obj").FirstOrDefault();
        // "Iran's shooting down of a drone": what a gerund with an owner acts on is behind "of" (on the verb or its particle).
        if (undergoer is null && GerundOwner(s, verb) is not null)
            return Oblique(s, verb, "of") ?? s.Children(verb).Where(c => c.Relation is "advmod" or "compound:prt")
                .Select(particle => Oblique(s, particle, "of")).FirstOrDefault(o => o is not null);
        // "Pakistani soldiers abducted near the border": a passive participle's noun undergoes it.
        if (undergoer is null && ParsedSentence.Is(verb, "acl") && IsPassiveParticiple(s, verb))
            return s.Head(verb);
        // "X arrived in Moscow and was greeted at the airport by Y": a passive conjunct with no subject of its own shares
        // the first verb's.
        if (undergoer is null && ParsedSentence.Is(verb, "conj") && s.Has(verb, "aux:pass") && s.Head(verb) is { Upos: "VERB" } first
            && Subject(s, first) is { } shared)
            return shared;
        // "Called by X, Y discussed …": a passive participle of the clause is said of the clause's subject.
        if (undergoer is null && IsAgentParticiple(s, verb) && s.Head(verb) is { } main)
            return Subject(s, main) ?? s.Children(main, "nsubj:pass").FirstOrDefault();
        // "visited soldiers wounded in the attack", read as a complement of the verb: the object before it undergoes it.
        if (undergoer is null && ParsedSentence.Is(verb, "xcomp") && IsPassiveParticiple(s, verb) && s.Head(verb) is { } governor)
            return s.Children(governor, "obj").FirstOrDefault(o => o.Index < verb.Index);
        // "the militia, which Kenya accused of …": a relative pronoun stands for the noun its clause describes; so does the
        // gap of a relative clause with a subject and no object ("two diplomats it accused of spying").
        if (undergoer is null && verb.Relation == "acl:relcl" && s.Has(verb, "nsubj") && !s.Children(verb).Any(c => c.Xpos is "WDT" or "WP" or "WRB"))
            return s.Head(verb);
        return undergoer is { Xpos: "WDT" or "WP" } && ParsedSentence.Is(verb, "acl") ? s.Head(verb) : undergoer;
    }

    /// <summary>
    /// The owner of a gerund used as a noun, its doer: "Iran" in "Iran's shooting down of a drone" (a possessive before
    /// a verb's -ing form, with no subject of its own). Null for any other verb.
    /// </summary>
    private static SyntaxWord? GerundOwner(ParsedSentence s, SyntaxWord verb) =>
        verb.Xpos == "VBG" && !s.Has(verb, "nsubj") ? s.Children(verb, "nmod:poss").FirstOrDefault() : null;

    /// <summary>The one a verb of quoting quotes (its object, or its passive subject), the word itself when it is that object; else null.</summary>
    private static SyntaxWord? QuotedBy(ParsedSentence s, SyntaxWord head)
    {
        if (head.Upos == "VERB")
            return Quotes.Contains(s.Lower(head)) ? s.Children(head, "obj").FirstOrDefault() ?? s.Children(head, "nsubj:pass").FirstOrDefault() : null;
        return ParsedSentence.Is(head, "obj") && s.Head(head) is { Upos: "VERB" } quoting && Quotes.Contains(s.Lower(quoting)) ? head : null;
    }

    /// <summary>English verbs of quoting someone.</summary>
    private static readonly HashSet<string> Quotes = VerbForms.Set("quote");

    /// <summary>The first nominal dependent (oblique or nominal modifier) introduced by one of the prepositions, or null.</summary>
    public static SyntaxWord? Oblique(ParsedSentence s, SyntaxWord word, params string[] cases)
    {
        foreach (var c in s.Children(word))
        {
            if ((ParsedSentence.Is(c, "obl") || ParsedSentence.Is(c, "nmod")) && Array.IndexOf(cases, s.CaseOf(c)) >= 0)
                return c;
        }

        return null;
    }

    /// <summary>The nearest verb above a word (the clause it is a phrase of); null where none is.</summary>
    public static SyntaxWord? VerbAbove(ParsedSentence s, SyntaxWord word)
    {
        var up = s.Head(word);
        for (var steps = 0; up is not null && up.Upos != "VERB" && steps <= s.Parse.Words.Count; steps++)
            up = s.Head(up);
        return up is { Upos: "VERB" } ? up : null;
    }

    /// <summary>
    /// For an event noun, whoever holds it: its possessor ("Kenya's talks"), its subject where it is the predicate
    /// ("X was on a visit to Y"), the doer of a light verb whose object it
    /// is ("Kenya held talks", "paid a visit"), or of a verb it is the purpose or setting of ("arrived for talks",
    /// "at the meeting, Kenya and Chile agreed").
    /// </summary>
    public static SyntaxWord? DoerOfNoun(ParsedSentence s, SyntaxWord noun)
    {
        // "during their meeting in Beijing, X and Y discussed …": a pronoun owner of a setting is the clause's doer.
        // "paid his first visit to …": the pronoun owner of what a light verb's subject does is that subject.
        if (s.Children(noun, "nmod:poss").FirstOrDefault() is { } owner && !(owner.Xpos == "PRP$" && (ParsedSentence.Is(noun, "obl")
                || noun.Relation == "obj" && s.Head(noun) is { } light && Lexicon.LightVerbs.Contains(s.Lower(light)))))
            return owner;
        // "X was on an official visit to Y": the subject of a predicate noun is its doer.
        // "Lula, who is on a state visit to Angola": a relative pronoun stands for the noun its clause describes.
        if (s.Children(noun, "nsubj").FirstOrDefault() is { } subject)
            return subject.Xpos is "WP" or "WDT" && ParsedSentence.Is(noun, "acl") ? s.Head(noun) : subject;
        // "Chavez, on a visit to Moscow, said …" (the phrase read in apposition): the one it is set off beside is on it.
        if (noun.Relation is "appos" or "nmod" && s.CaseOf(noun) is "on" or "during" && s.Head(noun) is { Upos: "PROPN" } beside
            && s.MentionAt(beside) is { Type: Core.Model.EntityType.Person } && s.Parse.Subtree(noun).First(w => w.Upos != "PUNCT").Index is var start and > 0
            && s.Parse.Words[start - 1].Form == ",")
            return beside;
        // "after weeks of talks", "16 hours of talks": the span of time stands in the clause where the talks would.
        var anchor = noun;
        if (ParsedSentence.Is(noun, "nmod") && s.CaseOf(noun) == "of" && s.Head(noun) is { Upos: "NOUN" } span && Durations.Contains(s.Lower(span)))
            anchor = span;
        var after = s.CaseOf(anchor) is "after" or "following";
        // "signed an accord after talks": the parser may hang the time phrase on the object instead of the verb.
        var attached = after && ParsedSentence.Is(anchor, "nmod") && s.Head(anchor) is { Relation: "obj" } obj ? obj : anchor;
        // "X is in Lima for talks with Y": what one is somewhere for is one's own.
        if (s.CaseOf(anchor) == "for" && s.Head(anchor) is { Upos: "PROPN" or "NOUN" } where && s.Has(where, "cop") && s.CaseOf(where) is "in" or "at"
            && s.Children(where, "nsubj").FirstOrDefault() is { } present)
            return present;
        if (s.Head(attached) is not { Upos: "VERB" } verb)
            return null;
        // "held talks", and "held a second round of talks": the span stands where the talks would; "talks were held by X
        // and Y": the agent of the passive.
        var held = anchor.Relation is "obj" or "nsubj:pass" && Lexicon.LightVerbs.Contains(s.Lower(verb));
        // "arrived for talks"; "at the meeting, X and Y agreed", "during a visit to Kyiv, X said", "speaking on a visit to
        // Riyadh" or "on the last day of a visit to Riyadh, X said": the clause's doer.
        var setting = ParsedSentence.Is(anchor, "obl")
            && (s.CaseOf(anchor) is "for" or "in" or "at" or "during" || s.CaseOf(anchor) == "on" && (anchor != noun || Lexicon.VisitNouns.Contains(s.Lower(noun))));
        // "after talks with Y, X signed …": who acted after the talks took part in them, unless the talks name their
        // own sides ("after talks between A and B, C said").
        var before = after && (attached != anchor || ParsedSentence.Is(anchor, "obl")) && Oblique(s, noun, "between") is null;
        return held || setting || before ? Doer(s, verb) : null;
    }

    /// <summary>English nouns of a span of time or a run of events, the head of "weeks of talks", "a series of talks".</summary>
    internal static readonly HashSet<string> Durations = new(StringComparer.Ordinal)
    {
        "minutes", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "rounds", "round", "decades",
        "series",
    };
}
