using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Threats (CAMEO 13): "X threatened (Y) (to …)", with the code of what is threatened (force 138, sanctions
/// 1312, cutting relations 1313 or aid 1311, halting talks 134); "X warned (Y) of consequences"; "X issued an
/// ultimatum to Y" (139); and conditional threats "… response measures if Y attacks" (130), whose threatener is
/// the subject of the sentence's main verb and whose target is the subject of the condition.
/// </summary>
internal sealed class ThreatRule : IEventRule
{
    private static readonly HashSet<string> By = new(StringComparer.Ordinal) { "by" };
    private static readonly HashSet<string> Against = new(StringComparer.Ordinal) { "against", "on", "to", "with", "from", "in", "at" };
    private static readonly HashSet<string> WarnedFor = new(StringComparer.Ordinal) { "against", "for", "on" };
    private static readonly HashSet<string> To = new(StringComparer.Ordinal) { "to" };
    private static readonly HashSet<string> If = new(StringComparer.Ordinal) { "if", "unless", "should" };
    private static readonly HashSet<string> Issue = new(StringComparer.Ordinal) { "issued", "issues", "issue", "issuing", "gave", "give", "gives", "delivered", "sent", "presented", "set" };
    private static readonly HashSet<string> ForceWords = new(StringComparer.Ordinal) { "war", "attack", "attacks", "force", "strikes", "military", "invasion", "retaliation", "strike" };

    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (!s.IsAsserted(t))
                continue;
            var w = s.Word(t);
            EventDraft? draft = null;
            if (Lexicon.Threaten.Contains(w) && !s.IsNounUse(t))
                draft = Threatened(s, t);
            else if (w is "warned" or "warns" or "warn" or "warning" && !s.IsNounUse(t) && s.Ahead(t, Lexicon.ThreatNouns, 5) is var n and >= 0)
                draft = Warned(s, t, n);
            else if (w == "ultimatum")
                draft = Ultimatum(s, t);
            else if (Lexicon.ConditionalThreatNouns.Contains(w) && s.Ahead(t, If, 3) is var c and >= 0)
                draft = Conditional(s, t, c);
            if (draft is not null)
                yield return draft;
        }
    }

    private static EventDraft? Threatened(SentenceContext s, int t)
    {
        var group = s.VerbGroupOf(t);
        if (group.Negated || group.Speculative || group.Refused)
            return null;
        var threateners = group.Passive ? s.AfterPreposition(t, By, 20, HeadUse.Agent) : s.SubjectOf(t);
        List<ResolvedMention> targets;
        string cameo;
        if (s.Word(t + 1) == "to")
        {
            // "threatened to \"destroy\" Hezbollah": the verb may be quoted.
            var g = t + 2;
            while (s.View.IsAdverb(g) || s.View.IsQuoteMark(g))
                g++;
            cameo = GovernedCode(s, g);
            // "threatened to use military force", "to seize the island by force", "to take military action".
            if (cameo == "130" && s.Ahead(g, ForceWords, 6) >= 0)
                cameo = "138";
            var patient = g + 1;
            while (s.View.IsQuoteMark(patient))
                patient++;
            targets = s.PhraseAt(patient, HeadUse.Patient).Heads;
            if (targets.Count == 0)
                targets = s.AfterPreposition(g, Against, 10);
        }
        else
        {
            targets = group.Passive ? [.. s.SubjectOf(t)] : s.PhraseAt(t + 1, HeadUse.Patient).Heads;
            if (targets.Count == 0)
                targets = s.AfterPreposition(t, Against, 10);
            cameo = s.Ahead(t, ForceWords, 8) >= 0 ? "138" : s.Ahead(t, Lexicon.SanctionNouns, 8) >= 0 ? "1312" : "130";
        }

        // "threatened to use force if Taiwan declares independence": whom the condition names is the target; so too where
        // what is threatened is a place ("to close the Strait of Hormuz if the United States attacked").
        if (targets.TrueForAll(m => m.Type == EntityType.Location) && s.Ahead(t, If, 12) is var condition and >= 0
            && s.PhraseAt(condition + 1, HeadUse.Agent).Heads is { Count: > 0 } conditioned)
            targets = conditioned;
        // "is threatening to quit", "the move is threatening peace": no one threatened and no harm named is no threat.
        if (targets.Count == 0 && cameo == "130" && !NamesReprisal(s, t))
            return null;
        return Draft(threateners, targets, cameo, t, 0.8);
    }

    /// <summary>Harm in return or steps taken among the next words of the clause, quoted or not ("to take \"firm measures\"").</summary>
    private static bool NamesReprisal(SentenceContext s, int t)
    {
        for (var j = t + 1; j < Math.Min(s.Count, t + 11) && (!s.View.IsBreak(j) || s.View.IsQuoteMark(j)); j++)
        {
            if (Lexicon.Harms.Contains(s.Word(j)) || Lexicon.Countering.Contains(s.Word(j)))
                return true;
        }

        return false;
    }

    /// <summary>The CAMEO code of a threat by what is threatened: the verb after "threatened to".</summary>
    private static string GovernedCode(SentenceContext s, int g)
    {
        var w = s.Word(g);
        if (Lexicon.Force.ContainsKey(w) || Lexicon.Launch.Contains(w) && s.Ahead(g, Lexicon.AttackNounSet, 4) >= 0
            || Lexicon.Deploy.Contains(w) && s.Ahead(g, Lexicon.TroopNouns, 4) >= 0 || w == "use" && s.Word(g + 1) == "force")
            return "138";
        if (Lexicon.SanctionVerb.Contains(w) || s.Ahead(g - 1, Lexicon.SanctionNouns, 5) >= 0)
            return "1312";
        if (Lexicon.Cut.Contains(w))
        {
            if (s.Ahead(g, Lexicon.RelationsNouns, 5) >= 0)
                return "1313";
            if (s.Ahead(g, Lexicon.TalksNouns, 5) >= 0)
                return "134";
            return "1311";
        }

        return "130";
    }

    private static EventDraft? Warned(SentenceContext s, int t, int noun)
    {
        var group = s.VerbGroupOf(t);
        if (group.Negated || group.Speculative || group.Refused || group.Passive)
            return null;
        var threateners = s.SubjectOf(t);
        var targets = s.Word(t + 1) is "of" or "about" or "that" ? s.AfterPreposition(noun, WarnedFor, 6) : s.PhraseAt(t + 1, HeadUse.Patient).Heads;
        var w = s.Word(noun);
        var cameo = ForceWords.Contains(w) ? "138" : Lexicon.SanctionNouns.Contains(w) ? "1312" : "130";
        return Draft(threateners, targets, cameo, t, 0.7);
    }

    private static EventDraft? Ultimatum(SentenceContext s, int n)
    {
        for (var v = n - 1; v >= Math.Max(0, n - 4); v--)
        {
            if (!Issue.Contains(s.Word(v)))
                continue;
            var group = s.VerbGroupOf(v);
            if (group.Negated || group.Speculative || group.Refused)
                return null;
            var targets = s.AfterPreposition(n, To, 4);
            if (targets.Count == 0)
                targets = s.PhraseAt(v + 1, HeadUse.Patient).Heads;
            return Draft(s.SubjectOf(v), targets, "139", v, 0.8);
        }

        return null;
    }

    /// <summary>"… response measures if Russia takes military action": a threat by the sentence's subject against the condition's.</summary>
    private static EventDraft? Conditional(SentenceContext s, int noun, int condition)
    {
        var targets = s.PhraseAt(condition + 1, HeadUse.Agent).Heads;
        if (targets.Count == 0)
            return null;
        List<ResolvedMention> threateners = [];
        for (var v = noun - 1; v >= 0 && threateners.Count == 0; v--)
        {
            if (Lexicon.AllVerbs.Contains(s.Word(v)) && !s.IsNounUse(v) && s.ComplementOf(v) < 0 && !s.IsConditional(v) && !s.View.IsQuoted(v))
                threateners = [.. s.SubjectOf(v)];
        }

        if (threateners.Count == 0)
            threateners = s.ClauseInitialSubject(noun);
        return Draft(threateners, targets, "130", noun, 0.65);
    }

    private static EventDraft? Draft(IReadOnlyList<ResolvedMention> threateners, List<ResolvedMention> targets, string cameo, int t, double confidence)
    {
        if (threateners.Count == 0 || ParticipantList.Overlap(threateners, targets))
            return null;
        var participants = new ParticipantList().Add(threateners, ParticipantRoles.Threatener).Add(targets, ParticipantRoles.Target);
        return new EventDraft(EventType.Threat, cameo, participants.Items, null, t, targets.Count > 0 ? confidence : confidence - 0.15);
    }
}
