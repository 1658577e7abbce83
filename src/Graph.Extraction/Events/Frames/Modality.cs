using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Whether the parse says a trigger reports something that happened. Planned, wished, asked-for, refused,
/// conditional, possible and negated events are not events (annotation guidelines): "will meet", "plans to
/// visit", "urged X to impose", "refused to hold talks", "if X attacks", "did not meet", "the planned visit",
/// "no talks". Read from the words that govern the trigger, whatever the words between them.
/// </summary>
internal static class Modality
{
    /// <summary>Modals of intent and of possibility ("will", "could"): what they govern has not happened.</summary>
    public static readonly HashSet<string> Modals = new(Words.IntentModals.Concat(Words.SpeculativeModals), StringComparer.Ordinal);

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "n't", "never", "no", "neither", "nor" };

    private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal) { "if", "unless", "whether", "lest" };

    /// <summary>English conjunctions of time that open a clause timed by another.</summary>
    private static readonly HashSet<string> Times = new(StringComparer.Ordinal) { "until", "till", "once", "before", "after", "when", "whenever", "as" };

    /// <summary>
    /// Verbs and adjectives whose complement names an aim, a request or a refusal, not a deed: the surface rules'
    /// intent and refusal governors ("plans to", "refused to", "is due to"), verbs of asking and trying ("urged X to",
    /// "invited X to", "tried to") and of striving ("worked to conclude", "struggled to agree"). A list rather than every
    /// governor: a misattached complement must not erase a reported event.
    /// </summary>
    private static readonly HashSet<string> IrrealisGovernors = new(Words.IntentGovernors.Concat(Words.RefusalGovernors).Concat(VerbForms.Set(
        "urge", "ask", "invite", "encourage", "call", "press", "try", "attempt", "consider", "need", "schedule",
        "slate", "tell", "warn", "advise", "allow", "permit", "authorize", "order", "instruct", "plot/plotted/plotting", "conspire",
        "work", "strive/strove/striven/striving", "struggle", "push", "race", "scramble", "endeavor", "endeavour", "labor", "labour"))
        .Concat(["supposed", "meant", "about", "bound", "tipped", "unlikely", "open"]), StringComparer.Ordinal);

    /// <summary>Modifiers that make an event noun a plan or a possibility ("the planned visit", "upcoming talks", "a summit scheduled for May").</summary>
    private static readonly HashSet<string> PlanModifiers = new(StringComparer.Ordinal)
    {
        "planned", "proposed", "upcoming", "forthcoming", "possible", "potential", "future", "scheduled", "expected",
        "prospective", "mooted", "anticipated", "intended", "would-be", "likely", "hypothetical", "eventual",
        "imminent", "next", "postponed", "cancelled", "canceled", "delayed", "aborted", "called-off",
    };

    /// <summary>"go" and its forms ("went on to", a journey, a bomb that "went off").</summary>
    internal static readonly HashSet<string> Go = VerbForms.Set("go/went/gone");

    /// <summary>English verbs whose passive says a deed is looked for ("is expected to sign", "is scheduled to meet").</summary>
    private static readonly HashSet<string> Expectations = VerbForms.Set("expect", "schedule", "slate", "plan/planned/planning", "set/set/setting");

    /// <summary>English verbs of making a journey, whose purpose ("for talks") is as real as they are.</summary>
    private static readonly HashSet<string> Journeys = new(Lexicon.Travel.Concat(Lexicon.Visit).Concat(Go).Concat(VerbForms.Set("head", "leave/left", "come/came")), StringComparer.Ordinal);

    /// <summary>English verbs of preventing ("stop X from", "prevent X from").</summary>
    private static readonly HashSet<string> Prevents = VerbForms.Set("stop/stopped/stopping", "prevent", "deter/deterred/deterring", "keep/kept", "bar/barred/barring", "block", "ban/banned/banning", "forbid/forbade/forbidden");

    /// <summary>English verbs of keeping clear of a deed ("avoided blaming Russia").</summary>
    private static readonly HashSet<string> Avoids = VerbForms.Set("avoid");

    /// <summary>
    /// English verbs and adjectives of a deed looked for, whose setting is yet to come ("hoped to meet X at the summit", "is
    /// due to sign it during a visit"); not those of a deed failed, refused or pledged in a setting that took place ("failed
    /// to resolve the dispute during talks", "pledged aid during a visit").
    /// </summary>
    private static readonly HashSet<string> LooksFor = new(VerbForms.Set("hope", "expect", "plan/planned/planning", "want", "intend", "wish", "aim", "seek/sought")
        .Concat(["due", "set", "scheduled", "likely", "poised", "eager", "keen"]), StringComparer.Ordinal);

    /// <summary>English verbs of standing against a deed ("opposed sending tanks", "rejected holding talks").</summary>
    private static readonly HashSet<string> Opposes = VerbForms.Set("oppose", "resist", "reject");

    /// <summary>English verbs of holding back from a deed ("refrained from naming", "abstained from voting").</summary>
    private static readonly HashSet<string> Refrains = VerbForms.Set("refrain", "abstain");

    /// <summary>English verbs of planning, wanting, weighing or expecting a thing named by their object.</summary>
    private static readonly HashSet<string> Plans = VerbForms.Set(
        "plan/planned/planning", "intend", "want", "seek/sought", "prepare", "propose", "consider", "discuss", "mull", "weigh", "contemplate", "demand", "request", "threaten",
        "plot/plotted/plotting", "expect", "fear", "predict", "anticipate", "forecast/forecast/forecasting");

    /// <summary>English nouns of parties meeting, calling or visiting.</summary>
    private static readonly HashSet<string> Encounters = new(StringComparer.Ordinal)
    {
        "meeting", "meetings", "talks", "summit", "visit", "visits", "trip", "call", "calls", "conversation", "negotiations", "encounter",
    };

    /// <summary>English nouns of a change in how much or how often something happens ("an increase in attacks").</summary>
    private static readonly HashSet<string> Changes = new(StringComparer.Ordinal)
    {
        "increase", "rise", "surge", "spike", "upsurge", "escalation", "decrease", "decline", "drop", "fall", "reduction",
    };

    /// <summary>Claim nouns that report rather than allege ("reports that troops entered the town").</summary>
    private static readonly HashSet<string> Reports = new(StringComparer.Ordinal) { "report", "reports" };

    /// <summary>The claim a noun tells whose it is ("a report by a local magazine", "claims from the army"), else the noun itself.</summary>
    private static SyntaxWord ClaimBehind(ParsedSentence s, SyntaxWord noun) =>
        noun.Upos is "NOUN" or "PROPN" && ParsedSentence.Is(noun, "nmod") && s.CaseOf(noun) is "by" or "from" or "in" && s.Head(noun) is { } claim
            && Lexicon.ClaimNouns.Contains(s.Lower(claim)) ? claim : noun;

    /// <summary>A noun of a claim that alleges ("claims", "allegations"), not one that reports.</summary>
    private static bool Alleges(ParsedSentence s, SyntaxWord noun) => Lexicon.ClaimNouns.Contains(s.Lower(noun)) && !Reports.Contains(s.Lower(noun));

    /// <summary>English nouns of asking for or planning a deed, which a "for" clause names ("calls for cutting off aid").</summary>
    private static readonly HashSet<string> Aims = new(StringComparer.Ordinal)
    {
        "call", "calls", "plan", "plans", "proposal", "proposals", "demand", "demands", "appeal", "appeals", "request", "requests",
        "bid", "push", "pressure", "campaign", "preparations", "plea", "pleas", "support", "case", "argument", "arguments",
        // "a rehearsal for an invasion", "a pretext for an attack": what is rehearsed or pretended has not happened.
        "rehearsal", "rehearsals", "pretext",
    };

    /// <summary>English nouns of a deed that may come, which an "of" phrase names ("the threat of an attack", "the risk of war").</summary>
    private static readonly HashSet<string> Chances = new(StringComparer.Ordinal)
    {
        "threat", "threats", "risk", "risks", "danger", "dangers", "fear", "fears", "prospect", "prospects", "possibility",
        "likelihood", "chance", "chances", "spectre", "specter",
    };

    /// <summary>English verbs of an event's beginning ("talks began", "the summit opened"), which say it took place.</summary>
    private static readonly HashSet<string> Begins = VerbForms.Set("begin/began/begun/beginning", "start", "open", "resume", "convene", "commence");

    /// <summary>"took place", "went ahead", "happened", "began": the verb an event noun is the subject of that says it occurred.</summary>
    private static bool Happens(ParsedSentence s, SyntaxWord verb) =>
        verb.Upos == "VERB" && (s.Lower(verb) is "happen" or "happened" or "occur" or "occurred" || Begins.Contains(s.Lower(verb))
            || Lexicon.Take.Contains(s.Lower(verb)) && s.Children(verb, "obj").Any(o => s.Lower(o) == "place")
            || Go.Contains(s.Lower(verb)) && s.Children(verb).Any(c => s.Lower(c) == "ahead"));

    /// <summary>English nouns of what shows that something happened.</summary>
    private static readonly HashSet<string> Evidence = new(StringComparer.Ordinal)
    {
        "evidence", "sign", "signs", "indication", "indications", "proof", "confirmation", "trace", "record",
    };

    /// <summary>"no evidence", "no sign": not "no doubt" or "no other conclusion", which affirm what follows.</summary>
    private static bool NoEvidence(ParsedSentence s, SyntaxWord noun) =>
        noun.Upos == "NOUN" && Evidence.Contains(s.Lower(noun)) && s.Children(noun, "det").Any(d => s.Lower(d) == "no");

    /// <summary>A verb of accusing or charging.</summary>
    private static bool Accuses(ParsedSentence s, SyntaxWord verb) => Lexicon.Accuse.Contains(s.Lower(verb)) || Lexicon.Charge.Contains(s.Lower(verb));

    /// <summary>"ruled out talks", "talks were ruled out": an event excluded has not taken place.</summary>
    private static bool RuledOut(ParsedSentence s, SyntaxWord verb) =>
        RulesOut.Contains(s.Lower(verb)) && s.Children(verb).Any(c => c.Relation == "compound:prt" && s.Lower(c) == "out");

    /// <summary>English verbs of calling an event off.</summary>
    private static readonly HashSet<string> CallsOff = VerbForms.Set("postpone", "cancel/cancelled/canceled/cancelling/canceling", "delay", "scrap/scrapped/scrapping", "defer/deferred/deferring", "abandon", "shelve");

    /// <summary>English verbs that call an event off with the particle "off" ("called off", "put off").</summary>
    private static readonly HashSet<string> CallsOffWithOff = VerbForms.Set("call", "put/put/putting");

    /// <summary>A verb of calling off: "postponed", "cancelled", or "called off" / "put off" with the particle.</summary>
    private static bool CalledOff(ParsedSentence s, SyntaxWord verb) =>
        CallsOff.Contains(s.Lower(verb))
        || CallsOffWithOff.Contains(s.Lower(verb)) && s.Children(verb).Any(c => c.Relation == "compound:prt" && s.Lower(c) == "off");

    /// <summary>The word has the adverb "yet" among its dependents ("has yet to", read with "yet" on either verb).</summary>
    private static bool YetBefore(ParsedSentence s, SyntaxWord word) => s.Children(word, "advmod").Any(a => s.Lower(a) == "yet");

    /// <summary>English verbs of voting, whose "to" clause is what the vote did.</summary>
    private static readonly HashSet<string> Votes = VerbForms.Set("vote");

    /// <summary>"went on (to …)": the aspectual "go on", whose complement happened.</summary>
    private static bool GoesOn(ParsedSentence s, SyntaxWord verb) =>
        Go.Contains(s.Lower(verb)) && s.Children(verb).Any(c => c.Relation is "advmod" or "compound:prt" && s.Lower(c) == "on");

    /// <summary>How the parse says a trigger stands: reported as real, negated, or only planned, wished or possible.</summary>
    public static Reality Of(ParsedSentence s, SyntaxWord trigger)
    {
        var w = trigger;
        var joinedBare = false;
        // Two steps up at most: an event noun to its verb, a complement to its governor, a conjunct to the first.
        for (var depth = 0; depth < 3; depth++)
        {
            if (OwnMarks(s, w) is var own and not Reality.Real)
                return own;
            if (s.Head(w) is not { } head)
                return Reality.Real;
            // "is considering options, including sending troops": an example of what is weighed is only weighed.
            if (s.MarkOf(w) == "including" && head.Upos == "VERB" && Weighs.Contains(s.Lower(head)))
                return Reality.Irrealis;
            // "is considering expelling diplomats", "may consider imposing sanctions": a gerund right after a verb of
            // weighing is what is weighed, however the parser hung it (a clause of its own, an adjective of the object).
            if (WeighedGerund(s, w, head))
                return Reality.Irrealis;
            // "Rumours circulated that X had met Y", "claims surfaced that …": what the subject claim says is alleged.
            if (ParsedSentence.Is(w, "ccomp") && s.MarkOf(w) == "that" && s.Children(head, "nsubj").Any(n => Alleges(s, n)))
                return Reality.Alleged;
            if (ParsedSentence.Is(w, "xcomp"))
            {
                // "refused to deliver": what was refused did not happen, not even as a pledge; nor what is denied
                // ("denied sending drones"); nor what is ruled out ("ruled out meeting X"), unless that is denied.
                if (Words.RefusalGovernors.Contains(s.Lower(head)) || Lexicon.Deny.Contains(s.Lower(head)) || Avoids.Contains(s.Lower(head)) || Opposes.Contains(s.Lower(head)))
                    return Reality.Negated;
                if (RuledOut(s, head))
                    return KeptOpen(s, head) ? Reality.Irrealis : Reality.Negated;
                // "has yet to visit Beijing", "is yet to sign": what is yet to be done has not been done.
                if (s.Lower(head) is "has" or "have" or "had" or "is" or "are" or "was" or "were" && (YetBefore(s, head) || YetBefore(s, w)))
                    return Reality.Negated;
                if (IrrealisGovernors.Contains(s.Lower(head)))
                    return OwnMarks(s, head) == Reality.Negated ? Reality.Negated : Reality.Irrealis;
            }
            else if (ParsedSentence.Is(w, "advcl") || ParsedSentence.Is(w, "acl"))
            {
                // "if X attacks", "to hold talks" (a purpose), "a plan to visit Kyiv" (an aim); but "went on to stress"
                // says what was done next, as real as the going on.
                var mark = s.MarkOf(w);
                // "accused Russia of shelling Nikopol, killing two civilians", the participle hung on the accusation: it
                // tells of the deed alleged.
                if (mark.Length == 0 && w.Xpos == "VBG" && ParsedSentence.Is(w, "advcl") && Accuses(s, head)
                    // The deed's clause may hang on the one accused ("accused Russia of shelling").
                    && s.Children(head).Concat(s.Children(head, "obj").SelectMany(o => s.Children(o)))
                        .Any(c => c.Index < w.Index && (ParsedSentence.Is(c, "advcl") ? s.MarkOf(c) : ParsedSentence.Is(c, "obl") ? s.CaseOf(c) : "") is "of" or "for"))
                    return Reality.Alleged;
                // "voted on Friday to suspend Russia from the council": a body's vote to act is its act, as real as the vote.
                // "Talks mediated by Turkey are expected to start": a participle describing an event's noun is as real as the event.
                if (mark == "to" && (GoesOn(s, head) || Votes.Contains(s.Lower(head))) || mark.Length == 0 && w is { Xpos: "VBN", Relation: "acl" } && head.Upos == "NOUN")
                {
                    w = head;
                    continue;
                }

                // "rejected claims that its troops had entered …", "denied reports that …": a claim denied is not
                // reported as done.
                // The parser may hang the clause on whose claim it is ("denied a report by a magazine that she had met X").
                var claim = ClaimBehind(s, head);
                if (mark is "that" or "" && ParsedSentence.Is(w, "acl") && Lexicon.ClaimNouns.Contains(s.Lower(claim)) && ParsedSentence.Is(claim, "obj")
                    && s.Head(claim) is { } denying && Lexicon.Denies(s.Lower(denying)))
                    return Reality.Negated;
                // "There is no sign that X met Y", "no evidence that troops crossed": what nothing shows is not reported as done.
                if (mark is "that" or "" && ParsedSentence.Is(w, "acl") && NoEvidence(s, head))
                    return Reality.Negated;
                // "accused Eritrea of sending troops", "charged Chile with arming the rebels": what an accusation alleges is the
                // accuser's claim, not reported as done.
                if (mark is "of" or "with" && (ParsedSentence.Is(w, "advcl") ? Accuses(s, head)
                        // The parser may hang the clause on the one accused ("accused the UAE of supplying drones").
                        : ParsedSentence.Is(head, "obj") && s.Head(head) is { } accusing && Accuses(s, accusing)))
                    return Reality.Alleged;
                // "claims that it supplied drones", "allegations it shelled the town": what a claim alleges is not reported
                // as done by the sentence that names the claim (a report is, unless denied).
                if (mark is "that" or "" && w.Relation == "acl" && Alleges(s, claim))
                    return Reality.Alleged;
                // "Reports that Qatar had brokered a truce were false": a claim the sentence calls false is denied.
                if (mark is "that" or "" && w.Relation == "acl" && Lexicon.ClaimNouns.Contains(s.Lower(claim)) && ParsedSentence.Is(claim, "nsubj")
                    && s.Head(claim) is { Upos: "ADJ" } verdict && FrameRule.Untrue.Contains(s.Lower(verdict)))
                    return Reality.Negated;
                // "stopping militants from firing rockets" (the clause hung on the verb or on the one stopped, with
                // "stopping" read as its adjective): what is prevented did not happen.
                if (mark == "from" && (Prevents.Contains(s.Lower(head)) || Refrains.Contains(s.Lower(head)) || head.Upos == "NOUN" && (s.Head(head) is { } preventing && Prevents.Contains(s.Lower(preventing))
                    || s.Children(head, "amod").Any(a => Prevents.Contains(s.Lower(a))))))
                    return Reality.Negated;
                // "stopped short of blaming Russia": what one stops short of is not done.
                if (mark == "of" && s.Lower(head) == "short" && s.Head(head) is { } stopping && Words.RefusalGovernors.Contains(s.Lower(stopping)))
                    return Reality.Negated;
                // "vowed to fight until they capture the capital", "will withdraw once it secures the town", "planned to
                // declare a state after killing the president": a clause of time in the present tense or a participle is as
                // real as the clause it is timed by (in the past it happened).
                // "one day before the IAEA board meets in Vienna": what a present comes before has not happened yet.
                if (mark is "before" or "until" or "till" && w.Xpos is "VBP" or "VBZ" && !s.Has(w, "aux"))
                    return Reality.Irrealis;
                if (Times.Contains(mark) && (w.Xpos is "VBP" or "VBZ" or "VB" && !s.Has(w, "aux") || w.Xpos == "VBG"))
                {
                    w = head;
                    continue;
                }

                // "will respond by expelling diplomats", "retaliated by expelling": a means is as real as what it is the means of
                // (not of an aim: "a campaign to reclaim his post by saying …" tells what was said).
                if (mark == "by" && w.Xpos == "VBG" && ParsedSentence.Is(w, "advcl") && s.MarkOf(head) != "to")
                {
                    w = head;
                    continue;
                }

                // "warned NATO against sending troops": what one warns or advises against is not done; nor what a call
                // or a plan is for ("calls for cutting off aid", "plans for imposing sanctions"), unlike a reason
                // ("condemned the state for attacking Lebanon").
                // "talks aimed at concluding a trade deal": what an aim is at has not happened.
                return Conditions.Contains(mark) || mark is "to" or "against" || mark == "for" && ParsedSentence.Is(w, "acl") && Aims.Contains(s.Lower(head))
                    || mark is "at" or "toward" or "towards" && IrrealisGovernors.Contains(s.Lower(head))
                    ? Reality.Irrealis : Reality.Real;
            }
            else if (ParsedSentence.Is(w, "conj"))
            {
                // Conjuncts share the first verb's auxiliaries unless they have their own subject or auxiliary.
                if (s.Has(w, "nsubj") || s.Has(w, "aux") || w.Xpos is "VBD")
                    return Reality.Real;
                joinedBare |= !s.Has(w, "cc");
            }
            else if (ParsedSentence.Is(w, "ccomp") && s.MarkOf(w) == "that" && s.Children(head, "nsubj").Any(n => NoEvidence(s, n)))
            {
                // "No evidence has emerged that China sent weapons": what nothing shows is not reported as done.
                return Reality.Negated;
            }
            else if (ParsedSentence.Is(w, "ccomp") && head.Upos == "NOUN" && Alleges(s, head))
            {
                // "Claims that Iran supplied drones have circulated": the claim's clause as the parser may hang it on the noun.
                return Reality.Alleged;
            }
            else if (ParsedSentence.Is(w, "ccomp") && (Lexicon.Deny.Contains(s.Lower(head))
                || Lexicon.DenyClaim.Contains(s.Lower(head)) && s.Children(head, "obj").Any(o => Lexicon.ClaimNouns.Contains(s.Lower(o)))))
            {
                // "denied that its army had entered Ghana", "rejected Moscow's claim that it had attacked …" (the claim's
                // clause hung on the verb): what is denied is not reported as done; but not a participle the parser joined
                // to it without "and" ("denied that X was preparing to invade, instead accusing Y").
                return joinedBare ? Reality.Real : Reality.Negated;
            }
            else if (w.Upos is "NOUN" && ParsedSentence.Is(w, "obl") && s.CaseOf(w) is "of" or "with" && Accuses(s, head))
            {
                // "accused Syria of torture", "charged the commander with murder": the deed an accusation names is alleged.
                return Reality.Alleged;
            }
            else if (w.Upos is "NOUN" && (s.CaseOf(w) == "ahead" || s.CaseOf(w) == "of" && (s.Lower(head) == "ahead"
                || s.Children(w, "case").FirstOrDefault() is { Index: > 0 } of && s.Lower(s.Words[of.Index - 1]) == "ahead")))
            {
                // "arrived in Moscow ahead of talks with X": what one comes or acts ahead of is still to come.
                return Reality.Irrealis;
            }
            else if (w.Upos is "NOUN" && ParsedSentence.Is(w, "obl") && s.CaseOf(w) == "to" && head.Upos == "ADJ" && IrrealisGovernors.Contains(s.Lower(head)))
            {
                // "is open to talks with X", "ready to a meeting": what one is open or ready to has not happened.
                return Reality.Irrealis;
            }
            else if (w.Upos is "NOUN" && ParsedSentence.Is(w, "obl") && s.CaseOf(w) == "for")
            {
                // "preparing for an invasion", "called for talks": what a verb of wanting or asking is for has not happened; nor
                // what a call or plan the verb has as its object is for ("renewed its call for talks", the phrase read on the verb).
                if (IrrealisGovernors.Contains(s.Lower(head)) || s.Children(head, "obj").Any(o => Aims.Contains(s.Lower(o))))
                    return Reality.Irrealis;
                // "will travel to Prague for talks": what a journey is for is as real as the journey.
                if (!Journeys.Contains(s.Lower(head)))
                    return Reality.Real;
            }
            else if (w.Upos is "NOUN" && ParsedSentence.Is(w, "nmod") && s.CaseOf(w) is "for" or "of" && head.Upos == "NOUN" && Aims.Contains(s.Lower(head)))
            {
                // "denied plans for a meeting between X and Y", "calls for talks": what a plan or a call is for is only aimed at.
                return Reality.Irrealis;
            }
            else if (w.Upos is "NOUN" && ParsedSentence.Is(w, "nmod") && s.CaseOf(w) == "of" && head.Upos == "NOUN" && Chances.Contains(s.Lower(head)))
            {
                // "the threat of a Russian attack", "the risk of sanctions": what is threatened or feared has not happened.
                return Reality.Irrealis;
            }
            else if (w.Upos is "NOUN" && w.Relation is "nsubj" or "nsubj:pass" && (Happens(s, head) ? head : s.Children(head, "xcomp").FirstOrDefault(x => Happens(s, x))) is { } happening)
            {
                // "Talks between X and Y failed to take place", "the meeting did not go ahead", "the summit is slated to
                // begin": an event is as real as its taking place.
                return Of(s, happening);
            }
            else if (w.Upos is "NOUN" && ParsedSentence.Is(w, "obl") && s.CaseOf(w) == "to" && (Journeys.Contains(s.Lower(head)) || Lexicon.Deploy.Contains(s.Lower(head))))
            {
                // "cancelled plans to send a delegation to talks", "flew to talks in Geneva": talks gone to are as real
                // as the going.
                w = head;
                continue;
            }
            else if (w.Upos is "NOUN" && ParsedSentence.Is(w, "obl") && s.CaseOf(w) is "during" or "on" or "in" or "at" && head.Upos == "VERB")
            {
                // "will sign the deal during a trip to Moscow", "would be signed during his visit", "in a call next week, X
                // will raise …", "might raise it at the summit": the setting of a deed
                // the verb's own modal plans is planned too; but "did not meet X during his visit" denies the meeting, not
                // the visit, and a purpose ("met X to brief him on his talks") says nothing of the setting's reality.
                // So is the setting of a deed only hoped for, expected or due ("said he hoped to meet X at a summit").
                return OwnMarks(s, head) == Reality.Irrealis || ParsedSentence.Is(head, "xcomp") && s.Head(head) is { } governor
                    && (Expectations.Contains(s.Lower(governor)) && s.Has(governor, "aux:pass") || LooksFor.Contains(s.Lower(governor))) ? Reality.Irrealis : Reality.Real;
            }
            else if (w.Upos is "NOUN" && w.Relation is "nsubj" or "nsubj:pass" && PlanModifiers.Contains(s.Lower(head)))
            {
                // "talks are scheduled for Friday", "the visit is expected": a plan said of the event.
                return CalledOff(s, head) ? Reality.Negated : Reality.Irrealis;
            }
            else if (w.Upos is "NOUN" && ParsedSentence.Is(w, "obj") && Plans.Contains(s.Lower(head)))
            {
                // "helping Ukraine plan drone attacks", "discussed new sanctions", "threatened the expulsion of …": what is
                // planned, weighed or threatened has not happened.
                return Reality.Irrealis;
            }
            else if (w.Upos is "NOUN" && w.Relation is "obj" or "nsubj:pass" && (CalledOff(s, head) || RuledOut(s, head)
                // "A meeting between X and Y, reported last month, was denied by both sides": a meeting, call, visit or deal
                // denied did not take place (an attack denied is denied its doer, an accusation denied its truth).
                || Lexicon.Deny.Contains(s.Lower(head)) && (Encounters.Contains(s.Lower(w)) || Lexicon.AgreementNouns.Contains(s.Lower(w)))))
            {
                // "the summit was postponed", "cancelled the visit", "called off a trip", "ruled out talks": called off, it
                // did not take place.
                return Reality.Negated;
            }
            else if (w.Upos is "NOUN" && ParsedSentence.Is(w, "nmod") && head.Upos == "NOUN" && (s.CaseOf(w) == "of"
                || s.CaseOf(w) == "in" && Changes.Contains(s.Lower(head))
                || s.CaseOf(w) is "in" or "at" or "during" && ParsedSentence.Is(head, "obj") && s.Head(head) is { Upos: "VERB" }))
            {
                // "a new round of talks would begin next week", "expect an increase in attacks": the event is as real as the
                // noun it is counted or measured by; "will discuss issues in talks with X" (the setting hung on the object):
                // as the verb's deed.
                w = head;
                continue;
            }
            else if (ParsedSentence.Is(w, "csubj") && w.Xpos == "VBG" && !s.Has(w, "mark"))
            {
                // "sending troops to Ukraine would lead to war": a clause that is the subject is as real as its predicate.
                w = head;
                continue;
            }
            else if (!(w.Upos is "NOUN" && w.Relation is "obj" or "nsubj" or "nsubj:pass" && head.Upos is "VERB" or "AUX" or "ADJ"))
            {
                // An event noun is as real as the clause it is an argument of ("will hold talks", "talks will resume").
                return Reality.Real;
            }

            w = head;
        }

        return Reality.Real;
    }

    /// <summary>
    /// A question asking whether the deed happened: an auxiliary before the subject of a sentence that ends with a question
    /// mark ("Did Israel strike …?", "Has China invaded Taiwan?").
    /// </summary>
    private static bool AskedWhether(ParsedSentence s, SyntaxWord w) =>
        s.Parse.Words[^1].Form == "?" && s.Children(w).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) is { } subject
        && s.Children(w).Any(c => c.Relation is "aux" or "aux:pass" && c.Index < subject.Index);

    /// <summary>English verbs and words that announce what a party will do ("plans to deploy", "is set to send").</summary>
    private static readonly HashSet<string> Announcing = new(VerbForms.Set("plan/planned/planning", "decide", "announce").Concat(["set", "due", "going"]), StringComparer.Ordinal);

    /// <summary>
    /// "Gunmen tried to kill the minister", "said they attempted to assassinate X": an attempt made is done, as an
    /// assault, whether or not it did what it was for.
    /// </summary>
    public static bool Attempted(ParsedSentence s, SyntaxWord trigger) =>
        ParsedSentence.Is(trigger, "xcomp") && s.Head(trigger) is { Xpos: "VBD" or "VBN" } attempt && s.Lower(attempt) is "tried" or "attempted" && Of(s, attempt) == Reality.Real;

    /// <summary>
    /// Whether an irrealis trigger is announced rather than only possible: "will send", "would deploy", "plans to
    /// station", "is set to send"; not "could send", "might deploy", "if it sends", nor anything negated.
    /// </summary>
    public static bool Announced(ParsedSentence s, SyntaxWord trigger)
    {
        if (Hedged(s, trigger))
            return false;
        if (s.Children(trigger, "aux").Any(a => Words.IntentModals.Contains(s.Lower(a))))
            return true;
        // "Chile plans to deploy …" with "plans" read as a noun heading the clause (the tagger's headline reading): the
        // same as the verb; not a plan named as such ("opposed Bush's plan to send troops").
        if (ParsedSentence.Is(trigger, "acl") && s.MarkOf(trigger) == "to" && s.Head(trigger) is { Upos: "NOUN" } plans && s.Lower(plans) == "plans"
            && plans.Relation is "root" or "ccomp")
            return true;
        return ParsedSentence.Is(trigger, "xcomp") && s.Head(trigger) is { } governor && Announcing.Contains(s.Lower(governor));
    }

    /// <summary>
    /// Whether something to come is only possible, not pledged or announced: "could send", "if it sends", "did not
    /// specify which members would be sending forces", "denied it would send troops", "is considering sending troops",
    /// "discussed options including sending troops" (nothing above may doubt, deny or only weigh it).
    /// </summary>
    public static bool Hedged(ParsedSentence s, SyntaxWord trigger)
    {
        // "would provide C$30 million, subject to parliamentary approval": a condition put after the deed, wherever the parser hangs it.
        if (s.Parse.Subtree(trigger).Any(x => x.Upos == "ADJ" && s.Lower(x) == "subject" && s.Children(x).Any(c => s.CaseOf(c) == "to")))
            return true;
        var w = trigger;
        // Whether the way up from the trigger has passed only through complements ("urged X to send", "is expected to pledge").
        var complement = true;
        for (var depth = 0; depth < 4 && w is not null; depth++, w = s.Head(w))
        {
            if (Possible(s, w) || w != trigger && (Lexicon.Denies(s.Lower(w)) || w.Upos == "VERB" && Weighs.Contains(s.Lower(w))))
                return true;
            // "If asked, France would send aid": a clause of condition on the deed's verb.
            if (s.Children(w, "advcl").Any(c => Conditions.Contains(s.MarkOf(c))))
                return true;
            // "urged the United States to provide", "Japan is expected to pledge": another's request or expectation, no pledge.
            if (w != trigger && complement && w.Upos is "VERB" or "ADJ" && SoughtOfAnother.Contains(s.Lower(w)))
                return true;
            complement &= w.Relation.Split(':')[0] is "xcomp" or "ccomp" or "acl" or "obj" or "iobj";
        }

        return false;
    }

    /// <summary>English verbs and adjectives of asking, hoping or expecting that another party do something.</summary>
    private static readonly HashSet<string> SoughtOfAnother = new(VerbForms.Set("urge", "ask", "call", "press", "encourage", "invite", "request", "appeal", "plead", "beg", "expect", "hope")
        .Concat(["likely", "unlikely"]), StringComparer.Ordinal);

    private static bool WeighedGerund(ParsedSentence s, SyntaxWord w, SyntaxWord head)
    {
        if (!s.Lower(w).EndsWith("ing", StringComparison.Ordinal) || w.Index == 0 || s.Parse.Words[w.Index - 1] is not { Upos: "VERB" } weighing
            || !Weighs.Contains(s.Lower(weighing)))
            return false;
        return head == weighing || w.Relation == "amod" && ParsedSentence.Is(head, "obj") && s.Head(head) == weighing;
    }

    /// <summary>English verbs of bringing about an effect, whose denied object leaves the cause standing.</summary>
    private static readonly HashSet<string> Effects = VerbForms.Set("cause", "leave/left", "result", "inflict", "do/did/done", "produce", "claim");

    /// <summary>English verbs of weighing what one might do.</summary>
    private static readonly HashSet<string> Weighs = VerbForms.Set("consider", "weigh", "mull", "debate", "study", "explore", "examine", "discuss", "review");

    /// <summary>A possibility modal, a condition or a negation on the word.</summary>
    private static bool Possible(ParsedSentence s, SyntaxWord w) =>
        s.Children(w).Any(c => c.Relation == "aux" && Words.SpeculativeModals.Contains(s.Lower(c)) || c.Relation == "mark" && Conditions.Contains(s.Lower(c))
            || c.Relation == "advmod" && Negators.Contains(s.Lower(c)));

    private static Reality OwnMarks(ParsedSentence s, SyntaxWord w)
    {
        // "has not ruled out the use of force": what is not ruled out is kept open, a possibility, not denied.
        if (KeptOpen(s, w))
            return Reality.Irrealis;
        if (AskedWhether(s, w))
            return Reality.Asked;
        var found = Reality.Real;
        foreach (var c in s.Children(w))
        {
            var lower = s.Lower(c);
            switch (c.Relation)
            {
                case "advmod" when Negators.Contains(lower):
                // "Turkey no longer supplies weapons": what has stopped is not reported as going on.
                case "advmod" when lower == "longer" && s.Children(c).Any(d => s.Lower(d) == "no"):
                case "det" when lower == "no":
                // "left without meeting X", "instead of visiting Kyiv", "rather than meeting X", "ended without a deal":
                // what is done without, or in place of, something says that something was not done.
                case "mark" or "case" when lower == "without":
                case "mark" or "case" or "cc" when lower is "instead" or "rather" && s.Children(c, "fixed").Any(f => s.Lower(f) is "of" or "than"):
                // "No Chilean soldiers have landed in Peru", "no agreement was reached": a subject denied denies the clause
                // (not "there is no other conclusion than that …", which asserts what follows).
                case "nsubj" or "nsubj:pass" when s.Children(c, "det").Any(d => s.Lower(d) == "no") && !s.Children(w).Any(x => x.Relation == "expl"):
                // "Neither Russia nor Belarus has agreed", "Neither Saudi nor Iranian officials met": every side of the
                // subject denied.
                case "nsubj" or "nsubj:pass" when NeitherNor(s, c):
                // "Washington has sent no troops", "imposed no sanctions": an object denied denies the deed.
                // (Not what is said: "said no new cases were found" says something.)
                // Nor the effect of what did happen: "the attack caused no casualties", "left no damage".
                case "obj" when s.Children(c, "det").Any(d => s.Lower(d) == "no") && !Lexicon.Say.Contains(s.Lower(w)) && !Effects.Contains(s.Lower(w)):
                    return Reality.Negated;
                case "aux" when Modals.Contains(lower):
                case "mark" when Conditions.Contains(lower):
                case "amod" or "acl" or "compound" when PlanModifiers.Contains(lower):
                // "warned against any attack", "would respond to any incursion": an event of any kind is none in particular.
                case "det" when lower == "any" && w.Upos == "NOUN":
                case "aux" or "aux:pass" when lower is "is" or "are" or "was" or "were" && s.MarkOf(w) == "to":
                // "Talks are due to be held in Geneva", read with "due to" an adverbial of the passive verb.
                case "advcl" or "advmod" when lower is "due" && s.Children(c).Any(d => d.Relation == "fixed" && s.Lower(d) == "to"):
                // "X is to visit Y", an arrangement, not a report; and an infinitive with a subject of its own and no
                // verb above it: a headline's "X to visit Y", or a governor the tagger took for a noun ("Chile plans
                // to sanction", read with "plans" as the subject).
                case "nsubj" or "nsubj:pass" when s.MarkOf(w) == "to" && !s.Has(w, "aux"):
                // "before President X visits India next week": the present tense with a time to come is a schedule.
                case "obl" or "obl:unmarked" or "obl:tmod" or "advmod" when w.Xpos is "VBZ" or "VBP" && IsTimeToCome(s, c) || IsPresent(s, w) && IsDayOfAMeeting(s, w, c):
                // "usually visits Kyiv once a year", "deploys jets every year": the present of a habit tells of no visit in
                // particular (a headline's present, "Russia shells Kharkiv", tells of one).
                case "advmod" or "obl" or "obl:unmarked" or "obl:tmod" when IsPresent(s, w) && IsHabit(s, c):
                    found = Reality.Irrealis;
                    break;
            }
        }

        return found;
    }

    /// <summary>
    /// A verb in the present tense: "visits", "meet", also a plural present the tagger took for the base form ("Leaders
    /// usually meet"), a verb with a subject and neither an auxiliary nor "to".
    /// </summary>
    private static bool IsPresent(ParsedSentence s, SyntaxWord w) =>
        w.Xpos is "VBZ" or "VBP" || w.Xpos == "VB" && s.Has(w, "nsubj") && !s.Has(w, "aux") && s.MarkOf(w) != "to";

    /// <summary>A subject whose sides are all denied: "neither" before it or before its modifier.</summary>
    private static bool NeitherNor(ParsedSentence s, SyntaxWord subject) =>
        s.Children(subject).Any(d => d.Relation is "cc:preconj" or "det" && s.Lower(d) == "neither")
        || s.Children(subject).Any(m => m.Relation is "amod" or "compound" && s.Children(m, "cc:preconj").Any(d => s.Lower(d) == "neither"));

    /// <summary>English adverbs of how often, which make a present tense a habit.</summary>
    private static readonly HashSet<string> HabitAdverbs = new(StringComparer.Ordinal)
    {
        "usually", "routinely", "regularly", "often", "frequently", "typically", "normally", "traditionally", "habitually",
        "customarily", "annually", "always", "sometimes", "occasionally", "seldom", "rarely", "once", "twice",
    };

    /// <summary>
    /// A frequency: an adverb of how often ("usually"), "every year", "each month", "several times a year".
    /// </summary>
    private static bool IsHabit(ParsedSentence s, SyntaxWord c) =>
        c.Relation == "advmod" ? HabitAdverbs.Contains(s.Lower(c))
        : s.Lower(c) is "times" || c.Upos == "NOUN" && s.Children(c, "det").Any(d => s.Lower(d) is "every" or "each");

    /// <summary>"did not rule out", "has never ruled out": a possibility kept open.</summary>
    public static bool KeptOpen(ParsedSentence s, SyntaxWord w) =>
        w.Upos == "VERB" && RuledOut(s, w)
        && s.Children(w).Any(c => c.Relation == "advmod" && Negators.Contains(s.Lower(c)));

    private static readonly HashSet<string> RulesOut = VerbForms.Set("rule");

    /// <summary>"next week", "the coming days", "tomorrow": a time still to come.</summary>
    private static bool IsTimeToCome(ParsedSentence s, SyntaxWord time) =>
        s.Lower(time) == "tomorrow" || WordLists.TimeUnits.Contains(s.Lower(time)) && s.Children(time, "amod").Any(a => s.Lower(a) is "next" or "coming");

    /// <summary>
    /// "The leaders hold talks on Friday", "X meets Y at the White House Monday": a meeting or visit told in the present with
    /// its day is a schedule (one that took place is told in the past; wire copy tells what is said in the present, so
    /// only meetings and journeys).
    /// </summary>
    private static bool IsDayOfAMeeting(ParsedSentence s, SyntaxWord verb, SyntaxWord time) =>
        ScheduledDeeds.Contains(s.Lower(verb))
        // "on Saturday evening": a part of the day named with its day.
        && (Words.Weekdays.Contains(s.Lower(time)) || s.Lower(time) is "morning" or "afternoon" or "evening" or "night" && s.Children(time).Any(c => Words.Weekdays.Contains(s.Lower(c))));

    /// <summary>English verbs of meeting, hosting, visiting and travelling, and the light verbs of talks ("hold talks").</summary>
    private static readonly HashSet<string> ScheduledDeeds = new(Lexicon.Encounter.Concat(Lexicon.Travel), StringComparer.Ordinal);
}

/// <summary>How a trigger stands in its sentence.</summary>
internal enum Reality
{
    Real,
    Negated,
    Irrealis,

    /// <summary>Alleged by someone the sentence names ("claims that it supplied drones"): not reported as done, nor announced.</summary>
    Alleged,

    /// <summary>Asked about ("Did Israel strike …?", "Will Moldova expel …?"): neither reported as done nor announced.</summary>
    Asked,
}
