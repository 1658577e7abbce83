using Graph.Core.Model;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Talks "explicitly aimed at a deal, ceasefire or settlement" are a negotiation as well as a meeting (annotation
/// guidelines, CAMEO 046): talks over a deal or its terms ("talks on a ceasefire", "talks over the terms of …"), or
/// talks in a sentence that reports the deal reached ("after weeks of talks, the two sides signed an accord").
/// </summary>
internal static class DealTalks
{
    private static readonly HashSet<string> About = new(StringComparer.Ordinal) { "on", "over", "about", "for", "towards", "toward" };

    /// <summary>Adds a negotiation beside each meeting of the sentence that aims at a deal, with the meeting's sides and place.</summary>
    public static void Add(ParsedSentence s, List<EventDraft> drafts)
    {
        // A body sitting alone ("the summit ended with a joint declaration") negotiates with no one.
        var meetings = drafts.FindAll(d => d.Type == EventType.Meeting && d.Participants.Count > 1
            && !drafts.Exists(o => o.Type == EventType.Negotiation && o.Trigger == d.Trigger));
        if (meetings.Count == 0)
            return;
        var dealReached = s.Words.Any(w => Reaches(s, w) || Sought(s, w));
        foreach (var m in meetings)
        {
            if (s.WordOf(m.Trigger) is { } trigger && (dealReached || AboutDeal(s, trigger)))
                drafts.Add(m with { Type = EventType.Negotiation, Cameo = "046", Confidence = m.Confidence - 0.05 });
        }
    }

    /// <summary>
    /// "X and Y agreed", "the two sides signed an accord", as a reported fact: parties in the plural. One side agreeing
    /// ("Chile agreed to lend Peru …") commits itself; it reports no deal the talks were aimed at.
    /// </summary>
    private static bool Reaches(ParsedSentence s, SyntaxWord w) =>
        w.Upos == "VERB" && (Lexicon.Agree.Contains(s.Lower(w)) || Concludes(s, w) && s.Children(w, "obj").Any(o => IsDeal(s, o)))
        && Clause.Doer(s, w) is { } doer && (doer.Xpos is "NNS" or "NNPS" || s.Lower(doer) is "they" or "we" || s.Children(doer, "conj").Any(c => c.Upos is "PROPN" or "NOUN"))
        && Modality.Of(s, w) == Reality.Real;

    /// <summary>
    /// "talks ended without an agreement", "failed to reach a deal after four days of talks": a deal the sentence says was
    /// not reached was what the talks sought.
    /// </summary>
    private static bool Sought(ParsedSentence s, SyntaxWord w) =>
        IsDeal(s, w) && (s.CaseOf(w) == "without"
            || ParsedSentence.Is(w, "obj") && s.Head(w) is { Upos: "VERB" } reach && s.Lower(reach) is "reach" or "reached" or "secure" or "secured" or "clinch" or "clinched"
                && Modality.Of(s, reach) == Reality.Negated);

    /// <summary>"signed", "reached", "worked out" (with its particle).</summary>
    private static bool Concludes(ParsedSentence s, SyntaxWord w) =>
        Lexicon.Sign.Contains(s.Lower(w)) || Lexicon.SettleOut.Contains(s.Lower(w)) && s.Children(w, "compound:prt").Any(p => s.Lower(p) == "out");

    /// <summary>The talks' own phrase names a deal, or a phrase "on / over …" of the verb that holds them does.</summary>
    private static bool AboutDeal(ParsedSentence s, SyntaxWord trigger)
    {
        // "talks aimed at ending the strike": talks said to aim at an end are aimed at its settlement.
        if (s.Parse.Subtree(trigger).Any(w => IsDeal(s, w)) || s.Children(trigger, "acl").Any(a => Aims.Contains(s.Lower(a)) || s.MarkOf(a) == "to" && Settles.Contains(s.Lower(a))))
            return true;
        var holder = trigger.Upos == "VERB" ? trigger : ParsedSentence.Is(trigger, "obj") ? s.Head(trigger) : null;
        // "held talks … aimed at securing a ceasefire", the participle hung on the verb; "held talks to end the war": a
        // purpose of settling.
        return holder is not null && s.Children(holder).Any(c => ParsedSentence.Is(c, "obl") && About.Contains(s.CaseOf(c))
            && s.Parse.Subtree(c).Any(w => IsDeal(s, w))
            || c.Upos == "VERB" && (c.Relation is "xcomp" or "advcl" or "acl") && Aims.Contains(s.Lower(c))
            || c.Upos == "VERB" && ParsedSentence.Is(c, "advcl") && s.MarkOf(c) == "to" && Settles.Contains(s.Lower(c)));
    }

    /// <summary>English verbs of settling a quarrel, which talks held to do them aim at a settlement.</summary>
    private static readonly HashSet<string> Settles = new(StringComparer.Ordinal) { "resolve", "settle", "end", "negotiate", "broker", "defuse" };

    /// <summary>English participles that say what talks are for ("aimed at", "designed to").</summary>
    private static readonly HashSet<string> Aims = new(StringComparer.Ordinal) { "aimed", "aiming", "designed", "meant", "intended", "seeking" };

    /// <summary>
    /// A deal or its terms, or what talks named by their aim are for: "peace talks", "trade talks", "ceasefire talks",
    /// "nuclear talks" (a peace, a trade deal, a ceasefire, a nuclear deal).
    /// </summary>
    private static bool IsDeal(ParsedSentence s, SyntaxWord w) =>
        w.Upos == "NOUN" && (Lexicon.AgreementNouns.Contains(s.Lower(w)) || s.Lower(w) == "terms" || s.Lower(w) == "peace" && w.Relation == "compound")
        || TalksAims.Contains(s.Lower(w)) && w.Relation is "compound" or "amod" && s.Head(w) is { } talks && Lexicon.TalksNouns.Contains(s.Lower(talks))
        // "talks on a prisoner exchange": a swap of captives is a deal between the sides.
        || w.Upos == "NOUN" && s.Lower(w) is "exchange" or "swap" && s.Children(w, "compound").Any(c => s.Lower(c) is "prisoner" or "prisoners" or "hostage" or "hostages" or "detainee" or "detainees");

    /// <summary>Words that name what talks aim at, as a noun or an adjective before them ("trade talks", "nuclear talks").</summary>
    private static readonly HashSet<string> TalksAims = new(StringComparer.Ordinal) { "trade", "nuclear", "truce" };
}
