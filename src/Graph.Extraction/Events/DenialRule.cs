using Graph.Core.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// Denials (CAMEO 016, deny responsibility): "X denied (that) …", "X rejected / dismissed the claims …". The
/// speaker is the denier; what is denied reports no event of its own (see <see cref="SentenceContext.IsDenied"/>).
/// </summary>
internal sealed class DenialRule : IEventRule
{
    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (!s.IsAsserted(t) || s.IsNounUse(t) || !IsDenial(s, t))
                continue;
            var group = s.VerbGroupOf(t);
            if (!group.Factual || group.Passive || s.ComplementOf(t) >= 0)
                continue;
            var speakers = s.SubjectOf(t);
            if (speakers.Count == 0)
                continue;
            var participants = new ParticipantList().Add(speakers, ParticipantRoles.Speaker);
            yield return new EventDraft(EventType.Denial, "016", participants.Items, null, t, 0.75);
        }
    }

    private static bool IsDenial(SentenceContext s, int t)
    {
        var w = s.Word(t);
        if (Lexicon.Deny.Contains(w))
            return !RefusesAGrant(s, t);
        if (!Lexicon.DenyClaim.Contains(w))
            return false;
        for (var j = t + 1; j < Math.Min(s.Count, t + 5); j++)
        {
            if (s.View.IsBreak(j))
                return false;
            if (Lexicon.ClaimNouns.Contains(s.Word(j)))
                return true;
        }

        return false;
    }

    /// <summary>"denied visas to …", "denied a request from Hungary": what the denial's object names is refused, not untrue.</summary>
    private static bool RefusesAGrant(SentenceContext s, int t)
    {
        for (var j = t + 1; j < Math.Min(s.Count, t + 6); j++)
        {
            if (s.View.IsBreak(j))
                return false;
            if (Lexicon.Granted.Contains(s.Word(j)))
                return true;
        }

        return false;
    }
}
