using Graph.Core.Model;
using Graph.Extraction.Events.Frames;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Visits (CAMEO 042; announced ones are no events) with the visitor and the destination place as location: "X visited P",
/// "X traveled to P", "X arrived in P", "a visit to P by X", "X's visit to P", "X is in P" (a person only), and
/// "X (also) was there" right after a sentence that named a visited place.
/// </summary>
internal sealed class VisitRule : IEventRule
{
    private static readonly HashSet<string> To = new(StringComparer.Ordinal) { "to" };
    private static readonly HashSet<string> In = new(StringComparer.Ordinal) { "in", "at" };
    private static readonly HashSet<string> By = new(StringComparer.Ordinal) { "by" };
    private static readonly HashSet<string> Arrive = new(StringComparer.Ordinal) { "arrived", "arrives", "arrive", "arriving" };
    private static readonly HashSet<string> Presence = new(StringComparer.Ordinal) { "is", "was", "are", "were" };
    private static readonly HashSet<string> VisitLightVerbs = new(StringComparer.Ordinal)
    {
        "made", "make", "makes", "making", "paid", "pay", "pays", "paying", "began", "begins", "undertook", "undertakes", "undertaking", "started",
        "wrapped", "concluded", "ended", "completed", "cut", "took", "take", "takes",
    };

    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (s.View.IsQuoted(t))
                continue;
            var w = s.Word(t);
            EventDraft? draft = null;
            if (Lexicon.Visit.Contains(w) && !s.IsNounUse(t) && !(w is "visit" or "visits" or "tour" && Words.Determiners.Contains(s.Word(t - 1))))
                draft = FromVerb(s, article, t, Place(s, s.PhraseAt(t + 1, HeadUse.Patient).Heads));
            else if (Lexicon.Travel.Contains(w) && !s.IsNounUse(t) && s.Word(t + 1) is not ("back" or "home"))
                draft = FromVerb(s, article, t, Place(s, s.AfterPreposition(t, Arrive.Contains(w) ? In : To, 3)));
            else if (Lexicon.VisitNouns.Contains(w) && (s.IsNounUse(t) || s.Word(t - 1) is "official" or "state" or "working" or "surprise" or "unannounced"))
                draft = FromNoun(s, article, t);
            else if (Presence.Contains(w))
                draft = Present(s, article, t);
            if (draft is not null)
                yield return draft;
        }
    }

    private static EventDraft? FromVerb(SentenceContext s, ArticleState article, int t, ResolvedMention? place)
    {
        if (place is null)
            return null;
        article.LastVisitPlace = (place.EntityId, article.Sentence);
        if (!s.IsAsserted(t))
            return null;
        var group = s.VerbGroupOf(t);
        if (group.Negated || group.Speculative || group.Refused)
            return null;
        // An announced visit ("will visit", "plans to visit") is no event (annotation guidelines).
        if (group.Intent)
            return null;
        var visitors = group.Passive ? s.AfterPreposition(t, By, 10, HeadUse.Agent) : s.SubjectOf(t);
        // "Chinese travel to Japan could drop": a demonym right before the word describes it as a noun (a people's
        // travel, not an official's journey).
        if (visitors.Count > 0 && visitors.All(v => v.Kind == MentionKind.Demonym) && visitors.Max(v => v.EndToken) == s.VerbGroupOf(t).Start)
            return null;
        return Draft(s, visitors, place, "042", t, 0.8);
    }

    private static EventDraft? FromNoun(SentenceContext s, ArticleState article, int t)
    {
        var place = Place(s, s.AfterPreposition(t, To, 3));
        if (place is null)
            return null;
        article.LastVisitPlace = (place.EntityId, article.Sentence);
        if (!s.IsAsserted(t))
            return null;
        IReadOnlyList<ResolvedMention> visitors = s.AfterPreposition(t, By, 10, HeadUse.Agent);
        if (visitors.Count == 0)
            visitors = Possessor(s, t);
        if (visitors.Count == 0 && LightVerb(s, t) is var light and >= 0)
        {
            var group = s.VerbGroupOf(light);
            if (!group.Factual)
                return null;
            visitors = s.SubjectOf(light);
        }

        return Draft(s, visitors, place, "042", t, 0.75);
    }

    /// <summary>"Orban is in Moscow" / "Morawiecki also was there" (the place visited in the sentence before).</summary>
    private static EventDraft? Present(SentenceContext s, ArticleState article, int b)
    {
        if (!s.IsAsserted(b))
            return null;
        var j = b + 1;
        while (s.View.IsAdverb(j))
            j++;
        ResolvedMention? place = null;
        string? placeId = null;
        int? carried = null;
        if (s.Word(j) == "in")
        {
            var k = s.Word(j + 1) == "the" ? j + 2 : j + 1;
            place = Place(s, s.View.MentionAt(k) is { } m && m.FirstToken == k && !s.View.IsPossessiveMark(m.EndToken) ? [m] : []);
            placeId = place?.EntityId;
        }
        else if (s.Word(j) == "there" && (s.View.IsBreak(j + 1) || j + 1 >= s.Count)
            && article.LastVisitPlace is { } last && last.Sentence >= article.Sentence - 1 && last.Sentence < article.Sentence)
        {
            placeId = last.Place;
            carried = last.Sentence;
        }

        if (placeId is null)
            return null;
        var group = s.VerbGroupOf(b);
        if (group.Negated || group.Speculative || group.Intent)
            return null;
        var visitors = s.SubjectOf(b).Where(m => m.Type == EntityType.Person).ToList();
        if (visitors.Count == 0 || s.View.Mentions.Any(m => m.Kind == MentionKind.Demonym && m.EntityId == placeId && m.FirstToken < b))
            return null;
        var participants = new ParticipantList().Add(visitors, ParticipantRoles.Visitor);
        return new EventDraft(EventType.Visit, "042", participants.Items, placeId, b, carried is null ? 0.6 : 0.55, null, carried);
    }

    private static EventDraft? Draft(SentenceContext s, IReadOnlyList<ResolvedMention> visitors, ResolvedMention place, string cameo, int t, double confidence)
    {
        var people = visitors.Where(m => m.Type != EntityType.Location && m.EntityId != place.EntityId && !FrameRule.IsUnit(m)).ToList();
        if (people.Count == 0)
            return null;
        var participants = new ParticipantList().Add(people, ParticipantRoles.Visitor);
        return new EventDraft(EventType.Visit, cameo, participants.Items, place.EntityId, t, confidence);
    }

    /// <summary>The first place (a location or a country named as such, not a demonym nor a modifier: "U.S. troops") among the heads.</summary>
    private static ResolvedMention? Place(SentenceContext s, IEnumerable<ResolvedMention> heads) =>
        heads.FirstOrDefault(m => m.Type is EntityType.Location or EntityType.Country && m.Kind is MentionKind.Name or MentionKind.ShortName
            && !NounPhrase.IsModifier(s.View, m));

    private static List<ResolvedMention> Possessor(SentenceContext s, int t)
    {
        var v = s.View;
        for (var j = t - 1; j >= Math.Max(0, t - 4); j--)
        {
            if (v.IsPossessiveMark(j) && v.MentionAt(j - 1) is { } owner && owner.Type != EntityType.Location)
                return [owner];
            if (v.MentionAt(j) is { Kind: MentionKind.Pronoun } pronoun && Words.PossessivePronouns.Contains(pronoun.Text.ToLowerInvariant()))
                return [pronoun];
            if (v.IsBreak(j) || Words.Prepositions.Contains(v.Word(j)))
                break;
        }

        return [];
    }

    private static int LightVerb(SentenceContext s, int t)
    {
        for (var j = t - 1; j >= Math.Max(0, t - 4); j--)
        {
            if (VisitLightVerbs.Contains(s.Word(j)))
                return j;
            if (!(Words.Determiners.Contains(s.Word(j)) || s.View.IsAdverb(j) || s.Word(j) is "first" or "official" or "state" or "surprise" or "brief" or "two-day" or "three-day"))
                return -1;
        }

        return -1;
    }
}
