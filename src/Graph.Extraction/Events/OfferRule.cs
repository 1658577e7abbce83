using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Offers of aid: promising (offer, pledge, promise: CAMEO 033x) or giving (send, provide, give, deliver,
/// donate…: 07x) something that is aid (weapons, money, food, "munitions support"…) to a named recipient
/// ("to X", "for X", or the first object: "offered Ukraine support"). Sending troops is a deployment
/// (MilitaryActionRule), offering them is an offer of protection (0334).
/// </summary>
internal sealed class OfferRule : IEventRule
{
    private static readonly HashSet<string> Recipient = new(StringComparer.Ordinal) { "to", "for" };
    private static readonly HashSet<string> By = new(StringComparer.Ordinal) { "by" };
    private static readonly HashSet<string> AidQualifiers = new(StringComparer.Ordinal) { "military", "humanitarian", "financial", "economic", "medical" };
    /// <summary>Currency signs and the ISO 4217 codes of the currencies news most often counts aid in.</summary>
    internal static readonly HashSet<string> Currencies = new(StringComparer.OrdinalIgnoreCase) { "$", "us$", "€", "£", "¥", "usd", "eur", "gbp", "cny", "jpy", "inr", "sar", "aed" };
    private static readonly HashSet<string> QualifiedAid = new(StringComparer.Ordinal) { "help", "intelligence", "hardware", "training", "backing", "support", "care", "teams" };

    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        for (var t = 0; t < s.Count; t++)
        {
            var w = s.Word(t);
            var promised = Lexicon.Pledge.Contains(w);
            if (!promised && !(Lexicon.Give.Contains(w) && (w != "handed" || s.Word(t + 1) == "over")))
                continue;
            if (!s.IsAsserted(t) || s.IsNounUse(t))
                continue;
            var group = s.VerbGroupOf(t);
            if (group.Negated || group.Speculative || group.Refused || group.Governor >= 0 && Lexicon.Threaten.Contains(s.Word(group.Governor)))
                continue;
            // Troops offered or pledged are protection offered; troops that "will" be sent are a deployment announced.
            var troopsOffered = promised || group.Governor >= 0 && Lexicon.Pledge.Contains(s.Word(group.Governor));
            promised |= group.Intent;
            var window = ObjectWords(s, t);
            if (!IsAid(window, troopsOffered))
                continue;
            var givers = group.Passive ? s.AfterPreposition(t, By, 20, HeadUse.Agent) : s.SubjectOf(t);
            // "supplied Russia with drones used to attack Ukrainian cities": a name right after the verb and before "with"
            // is the recipient, whatever "to" follows.
            var direct = DirectObject(s, t);
            var recipients = direct.Count > 0 && s.Word(direct.Max(m => m.EndToken)) == "with" ? direct : s.AfterPreposition(t, Recipient, 14);
            if (recipients.Count == 0)
                recipients = direct;
            // "Germany pledged aid to Sudan … Japan sent rice": aid to one state, which gifts told in the next sentences
            // that name no recipient at all go to as well (annotation guidelines: the article's clear context).
            if (recipients.Count == 0 && article.LastOfferRecipients is { } last && (IsFurther(s, t, window)
                || last is [{ Type: EntityType.Country }] && article.Sentence - article.LastOfferSentence <= 2 && !window.Exists(w => w is "to" or "for" or "into")))
                recipients = [.. last];
            if (givers.Count == 0 || recipients.Count == 0 || ParticipantList.Overlap(givers, recipients))
                continue;
            (article.LastOfferRecipients, article.LastOfferSentence) = (recipients, article.Sentence);
            var participants = new ParticipantList()
                .Add(givers, ParticipantRoles.Giver)
                .Add(recipients, ParticipantRoles.Recipient);
            yield return new EventDraft(EventType.Offer, AidKind.Code(window, promised), participants.Items, null, t, 0.8);
        }
    }

    /// <summary>The words after the verb up to the end of its clause (at most ten).</summary>
    private static List<string> ObjectWords(SentenceContext s, int t)
    {
        var words = new List<string>();
        for (var j = t + 1; j < Math.Min(s.Count, t + 11); j++)
        {
            var w = s.Word(j);
            if (s.View.IsQuoted(j) || w is ";" or ":" or "." || Words.ClauseOpeners.Contains(w) && w != "as")
                break;
            words.Add(w);
        }

        return words;
    }

    /// <summary>"offered an additional / a further 30 million", "also pledged": more of the aid just reported, to the same recipients.</summary>
    private static bool IsFurther(SentenceContext s, int t, List<string> window) =>
        s.Word(t - 1) == "also" || window.Take(3).Any(w => w is "additional" or "further" or "more" or "another");

    private static bool IsAid(List<string> words, bool troopsOffered)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // "munitions support", "military intelligence", "humanitarian help": a qualified noun is aid.
            if (i > 0 && Lexicon.SupportQualifiers.Contains(words[i - 1]) && (w == "support" || AidQualifiers.Contains(words[i - 1]) && QualifiedAid.Contains(w)))
                return true;
            if (Lexicon.AidNouns.Contains(w) && (troopsOffered || w != "troops"))
                return true;
            // "USD 3 billion", "$500 million": a sum of money given is aid.
            if (w is "billion" or "million" or "bn" or "mn" && words.Take(i).TakeLast(3).Any(Currencies.Contains))
                return true;
        }

        return false;
    }

    /// <summary>"offered Ukraine … support": a name right after the verb is the recipient (not a demonym: "sent Russian arms").</summary>
    private static List<ResolvedMention> DirectObject(SentenceContext s, int t)
    {
        var start = s.Word(t + 1) == "the" ? t + 2 : t + 1;
        if (s.View.MentionAt(start) is not { } m || m.Kind == MentionKind.Demonym || s.View.IsPossessiveMark(m.EndToken))
            return [];
        return s.PhraseAt(t + 1, HeadUse.Patient).Heads.Where(h => h.Kind != MentionKind.Demonym).ToList();
    }
}
