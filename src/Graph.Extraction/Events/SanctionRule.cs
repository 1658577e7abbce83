using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Reductions of relations (CAMEO 16): sanctions, embargoes and boycotts imposed on a target (163), frozen
/// assets (163), expelled diplomats (161) or inspectors, peacekeepers and aid agencies (166x), relations cut
/// (161), aid halted (162x), talks or mediation broken off (164 / 165), observers, peacekeepers or an ambassador
/// withdrawn (166x / 161). Announced for the future ("will impose") they are threats (131x, 134, 135, 136).
/// Both sides must be named.
/// </summary>
internal sealed class SanctionRule : IEventRule
{
    private static readonly HashSet<string> On = new(StringComparer.Ordinal) { "on", "against", "targeting", "over" };
    private static readonly HashSet<string> With = new(StringComparer.Ordinal) { "with" };
    private static readonly HashSet<string> WithOrOn = new(StringComparer.Ordinal) { "with", "on", "against" };
    private static readonly HashSet<string> From = new(StringComparer.Ordinal) { "from" };
    private static readonly HashSet<string> AidTarget = new(StringComparer.Ordinal) { "to", "for", "in" };
    private static readonly HashSet<string> Announce = new(StringComparer.Ordinal)
    {
        "announced", "announces", "announce", "ordered", "orders", "decided", "declared", "ordering", "announcing",
    };

    /// <summary>Nouns of cutting something off ("a suspension of air links with X").</summary>
    private static readonly HashSet<string> CutNouns = new(StringComparer.Ordinal)
    {
        "suspension", "severance", "severing", "halt", "freeze", "cutoff", "cut-off", "downgrading", "termination", "cancellation",
    };
    private static readonly HashSet<string> Of = new(StringComparer.Ordinal) { "of", "belonging", "linked", "tied", "held" };
    private static readonly HashSet<string> By = new(StringComparer.Ordinal) { "by" };
    private static readonly HashSet<string> Diplomats = new(StringComparer.Ordinal) { "diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "attache", "consul", "embassy" };
    private static readonly HashSet<string> Inspectors = new(StringComparer.Ordinal) { "inspectors", "observers", "monitors", "investigators" };
    private static readonly HashSet<string> AidAgencies = new(StringComparer.Ordinal) { "agencies", "workers", "organizations", "organisations", "ngos" };
    private static readonly HashSet<string> HaltedAid = new(StringComparer.Ordinal) { "aid", "assistance", "funding", "loans", "supplies", "deliveries", "support" };

    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (!s.IsAsserted(t))
                continue;
            var (cameo, targets) = Match(s, t);
            if (cameo is null)
                continue;
            // A noun of cutting off ("announced a suspension of …") acts through the verb that announces it.
            var verb = CutNouns.Contains(s.Word(t)) ? AnnouncingVerb(s, t) : t;
            var group = s.VerbGroupOf(verb);
            if (group.Negated || group.Speculative || group.Refused || group.Governor >= 0 && Lexicon.Threaten.Contains(s.Word(group.Governor)))
                continue;
            var imposers = group.Passive ? s.AfterPreposition(verb, By, 20, HeadUse.Agent) : s.SubjectOf(verb);
            if (group.Passive && targets.Count == 0)
                targets = s.PassiveSubjectOf(verb);
            if (imposers.Count == 0 || targets.Count == 0 || ParticipantList.Overlap(imposers, targets))
                continue;
            // "The EU is expected to impose …": what others expect the imposer to do is no threat the imposer made.
            if (group.Intent && ExpectedByOthers(s, group.Governor, group.Start))
                continue;
            if (group.Intent)
            {
                var threat = new ParticipantList().Add(imposers, ParticipantRoles.Threatener).Add(targets, ParticipantRoles.Target);
                yield return new EventDraft(EventType.Threat, ThreatCode(cameo), threat.Items, null, t, 0.7);
                continue;
            }

            var participants = new ParticipantList().Add(imposers, ParticipantRoles.Imposer).Add(targets, ParticipantRoles.Target);
            yield return new EventDraft(EventType.Sanction, cameo, participants.Items, null, t, 0.8);
        }
    }

    /// <summary>"is expected to", "are likely to" (the group's governor "likely", or the "is" before it): an intent said of the subject by others.</summary>
    private static bool ExpectedByOthers(SentenceContext s, int governor, int start)
    {
        for (var k = Math.Max(governor, 1); k < start; k++)
        {
            if (s.Word(k) is "expected" or "likely" && s.Word(k - 1) is "is" or "are" or "was" or "were" or "be" or "been")
                return true;
        }

        return false;
    }

    /// <summary>The threat of the same reduction (CAMEO 13): sanctions 1312, relations 1313, aid 1311, talks 134, mediation 135.</summary>
    public static string ThreatCode(string cameo) => cameo switch
    {
        "163" => "1312",
        "161" => "1313",
        "164" => "134",
        "165" => "135",
        _ when cameo.StartsWith("162", StringComparison.Ordinal) => "1311",
        _ when cameo.StartsWith("166", StringComparison.Ordinal) => "136",
        _ => "130",
    };

    private static (string? Cameo, List<ResolvedMention> Targets) Match(SentenceContext s, int t)
    {
        var w = s.Word(t);
        if (s.IsNounUse(t))
            return CutNouns.Contains(w) && AnnouncingVerb(s, t) >= 0 ? CutOff(s, t) : (null, []);
        if (Lexicon.SanctionVerb.Contains(w))
        {
            var objects = s.PhraseAt(t + 1, HeadUse.Patient).Heads;
            return ("163", objects.Count > 0 ? objects : s.AfterPreposition(t, WithOrOn, 8));
        }

        if (Lexicon.Withdraw.Contains(w))
            return Withdrawn(s, t);
        if (Lexicon.Impose.Contains(w) && s.Ahead(t, Lexicon.SanctionNouns, 6) is var n and >= 0)
            return ("163", s.AfterPreposition(n, On, 8));
        if (Lexicon.Freeze.Contains(w) && s.Ahead(t, Lexicon.Assets, 6) is var a and >= 0)
        {
            // "froze the US-based assets of X": a place the assets are in is not whose they are.
            var owners = NounPhrase.Heads(s.View, t + 1, a, HeadUse.Patient);
            return ("163", owners.Count > 0 ? owners : s.AfterPreposition(a, Of, 4));
        }

        if (Lexicon.Expel.Contains(w))
            return Expelled(s, t);
        if (Lexicon.Cut.Contains(w) && (w != "called" || s.Word(t + 1) == "off"))
            return CutOff(s, t);
        return (null, []);
    }

    /// <summary>The verb just before a noun of cutting off that announces it ("announced a suspension of …"), or -1.</summary>
    private static int AnnouncingVerb(SentenceContext s, int t)
    {
        for (var j = t - 1; j >= Math.Max(0, t - 3); j--)
        {
            if (Announce.Contains(s.Word(j)) || Lexicon.Impose.Contains(s.Word(j)))
                return j;
            if (!Words.Determiners.Contains(s.Word(j)) && !s.View.IsAdverb(j) && s.Word(j) is not ("immediate" or "temporary" or "full" or "partial" or "total"))
                return -1;
        }

        return -1;
    }

    /// <summary>What is cut off after <paramref name="t"/>: relations (161), talks (164) or mediation (165), aid (162x).</summary>
    private static (string? Cameo, List<ResolvedMention> Targets) CutOff(SentenceContext s, int t)
    {
        if (s.Ahead(t, Lexicon.RelationsNouns, 5) >= 0)
            return ("161", s.AfterPreposition(t, With, 10));
        if (s.Ahead(t, Lexicon.TalksNouns, 5) is var k and >= 0)
            return (s.Word(k) == "mediation" ? "165" : "164", s.AfterPreposition(t, With, 10));
        if (s.Ahead(t, HaltedAid, 5) >= 0)
        {
            var aid = AidKind.Code(Enumerable.Range(t + 1, 5).Select(s.Word), promised: false);
            return ("162" + (aid[2] is '1' or '2' or '3' ? aid[2].ToString() : ""), s.AfterPreposition(t, AidTarget, 10));
        }

        return (null, []);
    }

    /// <summary>"withdrew its observers from X" (166x), "recalled its ambassador from X" (161); troops pulled back are not a sanction.</summary>
    private static (string? Cameo, List<ResolvedMention> Targets) Withdrawn(SentenceContext s, int t)
    {
        var (cameo, _) = Expelled(s, t);
        return cameo is null ? (null, []) : (cameo, s.AfterPreposition(t, From, 12));
    }

    private static (string? Cameo, List<ResolvedMention> Targets) Expelled(SentenceContext s, int t)
    {
        var (heads, end) = s.PhraseAt(t + 1, HeadUse.Patient);
        for (var j = t + 1; j < end; j++)
        {
            var w = s.Word(j);
            var cameo = Diplomats.Contains(w) ? "161" : Inspectors.Contains(w) ? "1662" : w is "peacekeepers" or "peacekeeping" or "peace-keeping" ? "1661"
                : AidAgencies.Contains(w) ? "1663" : null;
            if (cameo is not null)
                return (cameo, heads);
        }

        return (null, []);
    }
}
