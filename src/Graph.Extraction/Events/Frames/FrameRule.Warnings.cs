using Graph.Core.Model;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events.Frames;

/// <summary>
/// Threats that name no sanction or force: the warner announcing its own act to the one it warns ("warned Sweden that
/// it would block its membership"), and vows of retaliation ("vowed to retaliate against Japan").
/// </summary>
internal sealed partial class FrameRule
{
    /// <summary>Modals of a future act.</summary>
    private static readonly HashSet<string> Future = new(StringComparer.Ordinal) { "will", "would", "'ll", "shall" };

    /// <summary>
    /// "warned Sweden that it would block its NATO membership": a warning whose clause says the warner itself will act
    /// threatens the one warned (CAMEO 130), whatever the act; an act it says it will not do threatens nothing.
    /// </summary>
    private IEnumerable<EventDraft> OwnAct(ParsedSentence s, SyntaxWord warning)
    {
        if (s.Children(warning, "ccomp").FirstOrDefault() is not { Upos: "VERB" } act || !s.Children(act, "aux").Any(a => Future.Contains(s.Lower(a)))
            || Modality.Of(s, act) == Reality.Negated || s.Children(act).Any(c => c.Relation == "advmod" && s.Lower(c) is "not" or "n't" or "never")
            || Clause.Doer(s, warning) is not { } doer || Clause.Doer(s, act) is not { } actor)
            return [];
        var threateners = Voices(Sides.Of(s, doer));
        var acting = Sides.Of(s, actor);
        if (threateners.Count == 0 || !threateners.TrueForAll(t => acting.Exists(a => a.EntityId == t.EntityId)))
            return [];
        var warned = s.Children(warning, "obj").Concat(s.Children(warning, "iobj")).SelectMany(w => Actors(Sides.Of(s, w)))
            .Where(m => !threateners.Exists(t => t.EntityId == m.EntityId)).ToList();
        return [.. from t in threateners from w in warned
            select new EventDraft(EventType.Threat, "130", [new Participant(t.EntityId, ParticipantRoles.Threatener), new Participant(w.EntityId, ParticipantRoles.Target)], null, warning.Token, 0.65)];
    }

    /// <summary>English verbs of vowing.</summary>
    private static readonly HashSet<string> Vows = VerbForms.Set("vow", "swear/swore/sworn", "pledge", "promise");

    /// <summary>English verbs of paying back harm.</summary>
    private static readonly HashSet<string> Retaliations = VerbForms.Set("retaliate", "avenge", "punish", "respond");

    /// <summary>"vowed to retaliate against Japan", "promised to punish Chile": a threat (CAMEO 130) against the one named.</summary>
    private IEnumerable<EventDraft>? Vow(ParsedSentence s, SyntaxWord v, string lower)
    {
        if (!Vows.Contains(lower) || s.Children(v, "xcomp").FirstOrDefault(x => Retaliations.Contains(s.Lower(x))) is not { } paying)
            return null;
        if (s.Lower(paying) is "respond" or "responds" or "responded" or "responding" && !s.Children(paying).Any(c => ParsedSentence.Is(c, "obl") && s.Lower(c) is "force" or "strength"))
            return null;
        var target = Clause.Oblique(s, paying, "against", "on") ?? s.Children(paying, "obj").FirstOrDefault();
        var threats = Directed(s, v, EventType.Threat, "130", ParticipantRoles.Threatener, ParticipantRoles.Target, Clause.Doer(s, v), target).ToList();
        return threats.Count > 0 ? threats : null;
    }
}
