using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Accusations: "X accused Y (of …)", "X blamed Y (for …)" (CAMEO 112) and criticism with a named target
/// "X condemned Y" (111); passive "Y was accused by X" too. Both sides must be named.
/// </summary>
internal sealed class AccusationRule : IEventRule
{
    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        for (var t = 0; t < s.Count; t++)
        {
            var w = s.Word(t);
            var cameo = Lexicon.Accuse.Contains(w) ? "112" : Lexicon.Criticize.Contains(w) ? "111" : null;
            if (cameo is null || !s.IsAsserted(t) || s.IsNounUse(t))
                continue;
            var group = s.VerbGroupOf(t);
            if (!group.Factual)
                continue;
            IReadOnlyList<ResolvedMention> accusers = group.Passive ? s.AfterPreposition(t, ByPreposition, 20, HeadUse.Agent) : s.SubjectOf(t);
            IReadOnlyList<ResolvedMention> accused = group.Passive ? s.SubjectOf(t) : s.PhraseAt(t + 1, HeadUse.Patient).Heads;
            if (accusers.Count == 0 || accused.Count == 0 || ParticipantList.Overlap(accusers, accused))
                continue;
            var participants = new ParticipantList()
                .Add(accusers, ParticipantRoles.Accuser)
                .Add(accused, ParticipantRoles.Accused);
            yield return new EventDraft(EventType.Accusation, cameo, participants.Items, null, t, 0.85);
        }
    }

    private static readonly HashSet<string> ByPreposition = new(StringComparer.Ordinal) { "by" };
}
