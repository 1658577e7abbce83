using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Two or more sides coming together: meetings (met, hosted 043, "talks with", "news conference with",
/// summits), phone calls (041: phoned, "called X", "spoke by phone", "phone call between"), negotiations (046,
/// mediation 045) and agreements (057 signed/reached a deal; 030 agreed to …). Participants come from the
/// subject, the object, "with X", "between X and Y", a possessor or name before the noun ("Russia's talks",
/// "a U.N. Security Council meeting"), the subject of a light verb ("held talks"), and, for a noun with a
/// "with" partner and no other side, the subject of the sentence ("At a news conference with X, Y said").
/// Announced ones ("will meet") are no events. At least two sides are required.
/// </summary>
internal sealed class EncounterRule : IEventRule
{
    private static readonly HashSet<string> With = new(StringComparer.Ordinal) { "with" };
    private static readonly HashSet<string> By = new(StringComparer.Ordinal) { "by" };
    /// <summary>Verbs that stop what their object names ("blocked further negotiations", "postponed the meeting").</summary>
    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal)
    {
        "blocked", "blocks", "block", "suspended", "halted", "cancelled", "canceled", "postponed", "delayed", "stalled",
        "refused", "rejected", "boycotted", "ended", "abandoned", "scrapped", "called", "broke", "shunned", "snubbed",
    };

    private enum Shape
    {
        Verb,
        Noun,
    }

    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (!s.IsAsserted(t))
                continue;
            if (Classify(s, t) is not var (type, cameo, shape, transitive))
                continue;
            var draft = shape == Shape.Verb ? FromVerb(s, t, type, cameo, transitive) : FromNoun(s, t, type, cameo);
            if (draft is not null)
                yield return draft;
        }
    }

    private static (EventType Type, string Cameo, Shape Shape, bool Transitive)? Classify(SentenceContext s, int t)
    {
        var w = s.Word(t);
        var noun = s.IsNounUse(t);
        if (Lexicon.Speak.Contains(w) && ByPhone(s, t))
            return (EventType.PhoneCall, "041", Shape.Verb, false);
        if (w == "meeting" && !Words.Be.Contains(s.Word(t - 1)) || w is "meetings" or "summit" or "encounter")
            return (EventType.Meeting, "040", Shape.Noun, false);
        if (Lexicon.Meet.Contains(w) && !noun)
            return (EventType.Meeting, "040", Shape.Verb, true);
        if (Lexicon.Host.Contains(w) && !noun)
            return (EventType.Meeting, "043", Shape.Verb, true);
        if (w is "talks" or "consultations")
            return (EventType.Meeting, "040", Shape.Noun, false);
        if (w == "conference" && (s.Word(t - 1) is "news" or "press" || s.Word(t + 1) == "with"))
            return (EventType.Meeting, "040", Shape.Noun, false);
        if (Lexicon.Phone.Contains(w) && !Lexicon.CallNouns.Contains(s.Word(t + 1)) && !noun)
            return (EventType.PhoneCall, "041", Shape.Verb, true);
        // "a telephone talk" (the singular of Korean and Japanese readouts), "a telephonic conversation" (Indian English).
        if ((Lexicon.CallNouns.Contains(w) || w == "talk") && s.Word(t - 1) is "phone" or "telephone" or "telephonic")
            return (EventType.PhoneCall, "041", Shape.Noun, false);
        if (w is "call" or "calls" && noun && s.Word(t + 1) is "with" or "between")
            return (EventType.PhoneCall, "041", Shape.Noun, false);
        if (Lexicon.Negotiate.Contains(w) && !noun)
            return (EventType.Negotiation, w.StartsWith("mediat", StringComparison.Ordinal) ? "045" : "046", Shape.Verb, false);
        if (Lexicon.NegotiationNouns.Contains(w))
            return (EventType.Negotiation, w == "mediation" ? "045" : "046", Shape.Noun, false);
        if (Lexicon.Agree.Contains(w) && !noun && !AgreesToMeet(s, t))
            return (EventType.Agreement, s.Ahead(t, Lexicon.AgreementNouns, 6) >= 0 ? "057" : "030", Shape.Verb, false);
        if ((Lexicon.Sign.Contains(w) || Lexicon.SettleOut.Contains(w) && s.Word(t + 1) == "out") && !noun && s.Ahead(t, Lexicon.AgreementNouns, 5) >= 0)
            return (EventType.Agreement, "057", Shape.Verb, false);
        return null;
    }

    /// <summary>"spoke by phone", "talked on the telephone", "spoke with X over the phone".</summary>
    private static bool ByPhone(SentenceContext s, int t)
    {
        for (var j = Math.Max(0, t - 6); j < Math.Min(s.Count, t + 7); j++)
        {
            if (s.Word(j) is "phone" or "telephone" or "videoconference" or "video" && s.Word(j - 1) is "by" or "the" or "via")
                return true;
        }

        return false;
    }

    /// <summary>"agreed to meet / visit / negotiate": an intent to meet, which the meeting verb itself reports.</summary>
    private static bool AgreesToMeet(SentenceContext s, int t)
    {
        if (s.Word(t + 1) != "to")
            return false;
        var next = s.Word(t + 2);
        return Lexicon.Meet.Contains(next) || Lexicon.Visit.Contains(next) || Lexicon.Negotiate.Contains(next) || next is "talk" or "hold" or "host";
    }

    private static EventDraft? FromVerb(SentenceContext s, int t, EventType type, string cameo, bool transitive)
    {
        var group = s.VerbGroupOf(t);
        if (group.Negated || group.Speculative || group.Refused)
            return null;
        var sides = new ParticipantList();
        if (group.Passive)
        {
            sides.Add(s.SubjectOf(t), ParticipantRoles.Participant);
            sides.Add(s.AfterPreposition(t, By, 10, HeadUse.Agent), ParticipantRoles.Participant);
        }
        else
        {
            sides.Add(s.SubjectOf(t), ParticipantRoles.Participant);
            if (transitive && !s.View.IsBreak(t + 1) && !Words.Prepositions.Contains(s.Word(t + 1)))
                sides.Add(s.PhraseAt(t + 1, HeadUse.Agent).Heads.Where(m => m.Type == EntityType.Person || !NounPhrase.IsModifier(s.View, m)), ParticipantRoles.Participant);
        }

        var explicitOther = sides.Count >= 2;
        sides.Add(s.AfterPreposition(t, With, 10, HeadUse.Agent), ParticipantRoles.Participant);
        sides.Add(s.Between(t), ParticipantRoles.Participant);
        // "X agreed to resign" commits X alone (CAMEO 03, an intent): an agreement is a deal between two named sides
        // (annotation guidelines: 057/06x).
        if (sides.Count < 2)
            return null;
        if (Announced(type, group, ref cameo))
            return null;
        var confidence = 0.75 + (explicitOther ? 0.1 : 0.05);
        return new EventDraft(type, cameo, sides.Items, s.PlaceNear(t, [.. sides.Entities]), t, confidence);
    }

    /// <summary>
    /// Announced meetings, calls and talks ("will meet", "plans to hold talks") are not events (annotation guidelines);
    /// "agreed to …" is itself an agreement, to cooperate (030).
    /// </summary>
    private static bool Announced(EventType type, VerbGroup group, ref string cameo)
    {
        if (!group.Intent)
            return false;
        if (type != EventType.Agreement)
            return true;
        cameo = "030";
        return false;
    }

    private static EventDraft? FromNoun(SentenceContext s, int t, EventType type, string cameo)
    {
        if (BlockedBy(s, t))
            return null;
        var sides = new ParticipantList();
        var light = LightVerb(s, t);
        if (light >= 0)
        {
            var group = s.VerbGroupOf(light);
            if (group.Negated || group.Speculative || group.Refused)
                return null;
            if (Announced(type, group, ref cameo))
                return null;
            sides.Add(s.SubjectOf(light), ParticipantRoles.Participant);
        }

        sides.Add(Before(s, t), ParticipantRoles.Participant);
        var partners = s.AfterPreposition(t, With, 10, HeadUse.Agent);
        var between = s.Between(t);
        if (partners.Count > 0 && sides.Count == 0 && between.Count == 0)
        {
            var (subject, verb) = SentenceSubject(s, t);
            if (verb >= 0)
            {
                var group = s.VerbGroupOf(verb);
                if (group.Negated || group.Speculative || group.Refused)
                    return null;
                if (Announced(type, group, ref cameo))
                    return null;
            }

            sides.Add(subject, ParticipantRoles.Participant);
        }
        sides.Add(partners, ParticipantRoles.Participant);
        sides.Add(between, ParticipantRoles.Participant);
        if (sides.Count < 2)
            return null;
        var confidence = 0.65 + (between.Count >= 2 || light >= 0 && partners.Count > 0 ? 0.15 : 0.05);
        return new EventDraft(type, cameo, sides.Items, s.PlaceNear(t, [.. sides.Entities]), t, confidence);
    }

    /// <summary>A verb whose object the noun is: "held talks", "began negotiations", "paid a visit".</summary>
    private static int LightVerb(SentenceContext s, int t)
    {
        for (var j = t - 1; j >= Math.Max(0, t - 4); j--)
        {
            var w = s.Word(j);
            if (Lexicon.LightVerbs.Contains(w))
                return j;
            if (!(Words.Determiners.Contains(w) || s.View.IsAdverb(j) || w is "first" or "new" or "fresh" or "further" or "direct" or "formal" or "informal" or "high-level" or "bilateral" or "peace" or "phone" or "telephone" or "joint" or "lengthy"))
                return -1;
        }

        return -1;
    }

    /// <summary>Names just before the noun: its possessor ("Russia's talks", "his call") or modifiers ("a U.N. Security Council meeting").</summary>
    private static List<ResolvedMention> Before(SentenceContext s, int t)
    {
        var v = s.View;
        var start = t;
        for (var j = t - 1; j >= Math.Max(0, t - 6); j--)
        {
            if (v.IsBreak(j) || v.IsQuoted(j) || Words.Determiners.Contains(v.Word(j)) && v.MentionAt(j) is null
                || Words.Prepositions.Contains(v.Word(j)) || Lexicon.AllVerbs.Contains(v.Word(j)) && v.MentionAt(j) is null)
                break;
            start = j;
        }

        var found = new List<ResolvedMention>();
        ResolvedMention? last = null;
        for (var j = start; j < t; j++)
        {
            if (v.MentionAt(j) is not { } m || ReferenceEquals(m, last))
                continue;
            last = m;
            var possessivePronoun = m.Kind == MentionKind.Pronoun && Words.PossessivePronouns.Contains(m.Text.ToLowerInvariant());
            if (m.FirstToken >= start && (m.Kind != MentionKind.Pronoun || possessivePronoun) && m.Type != EntityType.Location)
                found.Add(m);
        }

        return found;
    }

    /// <summary>The noun is the object of a verb that stops it ("blocked further negotiations").</summary>
    private static bool BlockedBy(SentenceContext s, int t)
    {
        for (var j = t - 1; j >= Math.Max(0, t - 4); j--)
        {
            if (Blocking.Contains(s.Word(j)))
                return true;
            if (!(Words.Determiners.Contains(s.Word(j)) || s.View.IsAdverb(j) || s.Word(j) is "further" or "planned" or "scheduled" or "new" or "direct" or "peace"))
                return false;
        }

        return false;
    }

    /// <summary>
    /// The subject of the sentence's main verb, before or after the noun (for a noun in a fronted phrase), and that
    /// verb (-1 when the clause's first noun phrase stands in).
    /// </summary>
    private static (List<ResolvedMention> Subject, int Verb) SentenceSubject(SentenceContext s, int t)
    {
        var best = -1;
        for (var v = 0; v < s.Count; v++)
        {
            if (v == t || !Lexicon.AllVerbs.Contains(s.Word(v)) || s.IsNounUse(v) || s.View.IsQuoted(v) || s.ComplementOf(v) >= 0 || s.IsConditional(v))
                continue;
            if (s.SubjectOf(v).Count > 0 && (best < 0 || Math.Abs(v - t) < Math.Abs(best - t)))
                best = v;
        }

        return best < 0 ? (s.MainSubject(t), -1) : ([.. s.SubjectOf(best)], best);
    }
}
