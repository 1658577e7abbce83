using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Statements: a verb of saying with its speaker (subject, or the name after the verb in "…," said X), an
/// addressee where the verb takes one ("told X", "urged X"), and the quoted words next to it. Also
/// "according to X", appeals (CAMEO 020), demands (100), praise (051), criticism without a named target (111)
/// and rejections of proposals (12). A speech verb inside another one's complement ("X said Y had told …")
/// is part of that statement, not a new one.
/// </summary>
internal sealed class StatementRule : IEventRule
{
    /// <summary>Verbs that take an addressee but are never put before their subject ("…," said X; not "…," told X).</summary>
    private static readonly HashSet<string> NeverInverted = new(StringComparer.Ordinal)
    {
        "told", "tell", "tells", "telling", "praised", "thanked", "congratulated", "commended", "briefed", "demanded",
    };

    private static readonly HashSet<string> TakesAddressee = new(StringComparer.Ordinal)
    {
        "told", "tell", "tells", "telling", "urged", "urge", "urges", "urging", "asked", "asks", "warned", "warns",
        "warning", "demanded", "praised", "thanked", "congratulated", "commended", "briefed",
    };

    private static readonly HashSet<string> CallOn = new(StringComparer.Ordinal) { "called", "calls", "calling", "call" };

    /// <summary>"ordered / pressed X to …": a demand (CAMEO 100).</summary>
    private static readonly HashSet<string> Order = new(StringComparer.Ordinal)
    {
        "ordered", "orders", "pressed", "presses", "pressured", "pressuring", "pressing", "forced", "required", "instructed",
    };

    /// <summary>
    /// Whether the one called on at <paramref name="first"/> is asked "to" do something: "called on Sudan to", "called on the
    /// warring parties in Sudan to" (the place or body of those called on between).
    /// </summary>
    private static bool AskedTo(SentenceContext s, int first)
    {
        var end = s.PhraseAt(first, HeadUse.Agent).End;
        if (s.Word(end) is "in" or "of" or "from" && s.PhraseAt(end + 1, HeadUse.Agent) is { Heads.Count: > 0 } of)
            end = of.End;
        return s.Word(end) == "to";
    }

    /// <summary>The "on" of "called (Thursday) on X", or -1.</summary>
    private static int CallTarget(SentenceContext s, int t)
    {
        var j = t + 1;
        while (Words.Weekdays.Contains(s.Word(j)) || s.Word(j) is "today" or "yesterday" or "again" or "repeatedly" or "publicly")
            j++;
        return s.Word(j) is "on" or "upon" ? j : -1;
    }

    public IEnumerable<EventDraft> Find(SentenceContext s, ArticleState article)
    {
        var drafts = FindAll(s).ToList();
        // A quotation belongs to the one statement whose verb is nearest to it.
        return drafts.Select(d => d.Quote is null || drafts.All(o => o.Quote != d.Quote || Distance(s.View, o.Trigger, d.Quote) >= Distance(s.View, d.Trigger, d.Quote))
            ? d
            : d with { Quote = null });
    }

    private static int Distance(SentenceView v, int trigger, string quote)
    {
        var at = v.Tokens[trigger].Start;
        var q = v.Source.IndexOf(quote, v.Sentence.Start, StringComparison.Ordinal);
        return q < 0 ? int.MaxValue : q > at ? q - at : at - (q + quote.Length);
    }

    private static IEnumerable<EventDraft> FindAll(SentenceContext s)
    {
        var v = s.View;
        for (var t = 0; t < v.Count; t++)
        {
            if (!s.IsAsserted(t))
                continue;
            if (v.Word(t) == "according" && v.Word(t + 1) == "to")
            {
                if (According(s, t) is { } according)
                    yield return according;
                continue;
            }

            var cameo = CameoOf(s, t);
            if (cameo is null || s.IsNounUse(t))
                continue;
            var nested = s.ComplementOf(t);
            if (nested >= 0)
                continue;
            var group = s.VerbGroupOf(t);
            if (group.Passive || group.Negated || group.Speculative || group.Intent && cameo != "120")
                continue;
            if (Said(s, t, cameo) is { } said)
                yield return said;
        }
    }

    /// <summary>
    /// "added 53 runs", "added another goal", "added a third": "add" with a count adds something (not "added a deal was
    /// near", which says something); so does "add" with a list ("added the firm to its sanctions list").
    /// </summary>
    private static bool AddsAThing(SentenceContext s, int t) =>
        s.Word(t) is "add" or "added" or "adds" && s.Word(t + 1) is { Length: > 0 } next
        && (char.IsDigit(next[0]) || next is "another" or "two" or "three" or "four" or "five" || next is "a" && s.Word(t + 2) is "second" or "third" or "fourth" or "fifth"
            || next != "that" && s.Ahead(t, ListNouns, 12) is var list and >= 0 && s.Ahead(t, ToOrOn, list - t) >= 0);

    private static readonly HashSet<string> ListNouns = new(StringComparer.Ordinal) { "list", "lists", "blacklist", "blacklists" };

    private static readonly HashSet<string> ToOrOn = new(StringComparer.Ordinal) { "to", "on" };

    /// <summary>"observed a truce", "observed the ceasefire": "observed" with a thing kept, not a remark.</summary>
    private static bool ObservesAThing(SentenceContext s, int t) =>
        s.Word(t) == "observed" && s.Word(t + 1) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "our";

    private static string? CameoOf(SentenceContext s, int t)
    {
        var w = s.Word(t);
        if (Lexicon.Say.Contains(w))
            return WarnsOfThreat(s, t) || AddsAThing(s, t) || ObservesAThing(s, t) ? null : "010";
        if (Lexicon.Appeal.Contains(w))
            return "020";
        if (CallOn.Contains(w) && CallTarget(s, t) is var on and >= 0 && AskedTo(s, on + 1))
            return "020";
        if (CallOn.Contains(w) && s.Word(t + 1) == "for")
            return "020";
        if (Order.Contains(w) && s.PhraseAt(t + 1, HeadUse.Agent) is { Heads.Count: > 0 } ordered && s.Word(ordered.End) == "to")
            return "100";
        if (Lexicon.Demand.Contains(w))
            return "100";
        if (Lexicon.Praise.Contains(w))
            return "051";
        if (Lexicon.Criticize.Contains(w))
            return AccusationRule.CriticizedFor(s, t) || BlastedWithArms(s, t) ? null : "111";
        if (LashesOut(s, t))
            return "111";
        // "declined to comment", "refused to say": nothing was said, so there is no statement (CAMEO 011 codes the
        // silence; the annotation guidelines' statement is something said).
        if (Lexicon.Refuse.Contains(w) && s.Word(t + 1) == "to")
            return s.Word(t + 2) is "comment" or "say" or "elaborate" or "confirm" or "discuss" or "speak" ? null : "120";
        if (Lexicon.Reject.Contains(w) && (w != "turned" || s.Word(t + 1) == "down"))
            return RejectsProposal(s, t);
        return null;
    }

    /// <summary>
    /// "lashed out at Russia", "hit out at the EU", "took aim at Iran's new rules": criticism in a verb with its particles
    /// (CAMEO 111, where the verb dictionary lists LASH_OUT; "hit out at" and "take aim at" are its synonyms in English
    /// news), of a named party (not "took aim at goal", "hit out at every ball").
    /// </summary>
    private static bool LashesOut(SentenceContext s, int t) =>
        (Lexicon.LashOut.Contains(s.Word(t)) && s.Word(t + 1) == "out" || Lexicon.Take.Contains(s.Word(t)) && s.Word(t + 1) == "aim")
        && s.Word(t + 2) == "at" && s.View.MentionAt(s.Word(t + 3) == "the" ? t + 4 : t + 3) is { Kind: not MentionKind.Demonym } aimedAt
        && aimedAt.Type is EntityType.Country or EntityType.Organization or EntityType.Person or EntityType.Location;

    /// <summary>"blasted the boat with water cannon", "slammed the town with rockets": a blow, not words.</summary>
    private static bool BlastedWithArms(SentenceContext s, int t)
    {
        var with = s.Ahead(t, With, 8);
        return with >= 0 && s.Ahead(with, Arms, 3) >= 0;
    }

    private static readonly HashSet<string> With = new(StringComparer.Ordinal) { "with" };

    private static readonly HashSet<string> Arms = new(Lexicon.Projectiles.Append("cannon").Append("cannons"), StringComparer.Ordinal);

    /// <summary>"warned of consequences" is a threat (ThreatRule), not a statement.</summary>
    private static bool WarnsOfThreat(SentenceContext s, int t)
    {
        if (!s.Word(t).StartsWith("warn", StringComparison.Ordinal))
            return false;
        for (var j = t + 1; j < Math.Min(s.Count, t + 6); j++)
        {
            if (Lexicon.ThreatNouns.Contains(s.Word(j)) && s.Word(j) != "action")
                return true;
            if (s.View.IsBreak(j))
                break;
        }

        return false;
    }

    /// <summary>CAMEO 12 code when the object is a proposal ("rejected the U.S. offer"); claims are denials.</summary>
    private static string? RejectsProposal(SentenceContext s, int t)
    {
        for (var j = t + 1; j < Math.Min(s.Count, t + 7); j++)
        {
            var w = s.Word(j);
            if (s.View.IsBreak(j) || Lexicon.ClaimNouns.Contains(w))
                return null;
            if (Lexicon.TalksNouns.Contains(w) || w is "summit" or "meeting")
                return "125";
            if (Lexicon.ProposalNouns.Contains(w))
                return s.Word(t).StartsWith("veto", StringComparison.Ordinal) ? "129" : "120";
        }

        return s.Word(t).StartsWith("veto", StringComparison.Ordinal) ? "129" : null;
    }

    private static EventDraft? Said(SentenceContext s, int t, string cameo)
    {
        var v = s.View;
        var speakers = s.SubjectOf(t);
        var inverted = false;
        if (speakers.Count == 0)
        {
            // "…," said Putin. / "…?" asked Putin.
            var before = s.VerbGroupOf(t).Start - 1;
            // "…, X, told ZBC": a verb of telling or praising has its object after it, never its subject.
            if (!NeverInverted.Contains(s.Word(t)) && (before < 0 || v.IsBreak(before) || v.IsQuoted(before)))
            {
                speakers = s.PhraseAt(t + 1, HeadUse.Agent).Heads;
                inverted = true;
            }
        }

        if (speakers.Count == 0)
            return null;
        var participants = new ParticipantList().Add(speakers, ParticipantRoles.Speaker);
        if (!inverted)
            participants.Add(Addressees(s, t).Where(m => !participants.Has(m.EntityId)), ParticipantRoles.Addressee);
        var quote = cameo is "010" or "020" or "100" ? QuoteNear(v, t) : null;
        var confidence = 0.7 + (quote is null ? 0 : 0.15) + (speakers.Any(m => m.Kind == MentionKind.Pronoun) ? -0.1 : 0.05);
        return new EventDraft(EventType.Statement, cameo, participants.Items, null, t, confidence, quote);
    }

    private static IEnumerable<ResolvedMention> Addressees(SentenceContext s, int t)
    {
        var w = s.Word(t);
        if (CallOn.Contains(w))
            return CallTarget(s, t) is var on and >= 0 ? s.PhraseAt(on + 1, HeadUse.Agent).Heads : [];
        if (Order.Contains(w))
            return s.PhraseAt(t + 1, HeadUse.Agent).Heads;
        if (Lexicon.Appeal.Contains(w) && s.Word(t + 1) == "to")
            return s.PhraseAt(t + 2, HeadUse.Agent).Heads;
        if (w == "demanded" && s.Word(t + 1) == "that")
            return s.PhraseAt(t + 2, HeadUse.Agent).Heads;
        if (!TakesAddressee.Contains(w) || s.View.IsBreak(t + 1))
            return [];
        // "told a Brooklyn courtroom" names a place, "told U.S. officials" the country they speak for.
        return s.PhraseAt(t + 1, HeadUse.Agent).Heads
            .Where(m => m.Type != EntityType.Location && (!NounPhrase.IsModifier(s.View, m) || Words.AgentNouns.Contains(s.Word(m.EndToken))));
    }

    private static EventDraft? According(SentenceContext s, int t)
    {
        // "according to a Google translation", "according to a Reuters tally": a tool's or a count's output, not what the
        // name before it said.
        if (s.Ahead(t + 1, MadeThings, 4) >= 0)
            return null;
        // "according to a draft seen by Reuters": the agency that saw a document is not its source.
        if (s.Ahead(t + 1, Obtained, 6) is var seen and >= 0 && s.Word(seen + 1) == "by")
            return null;
        var heads = s.PhraseAt(t + 2, HeadUse.Agent).Heads;
        // "according to diplomats in Addis Ababa", "sources in Kyiv": people found in a place do not speak for it.
        var opening = s.Word(t + 2) is "a" or "the" or "two" or "three" or "several" or "some" or "western" or "foreign" ? t + 3 : t + 2;
        if (heads.Count == 0 && UnaffiliatedSources.Contains(s.Word(opening)) && s.Word(opening + 1) is "in" or "at")
            return null;
        if (heads.Count == 0)
        {
            // "according to the brief readout from the State Department": the source named in the phrase.
            var end = t + 2;
            while (end < s.Count && !s.View.IsBreak(end) && !s.View.IsQuoted(end) && !(Words.ClauseOpeners.Contains(s.Word(end)) && s.Word(end) != "as"))
                end++;
            heads = NounPhrase.Heads(s.View, t + 2, end, HeadUse.Patient, allowPrepositional: true);
        }

        if (heads.Count == 0)
            return null;
        var participants = new ParticipantList().Add(heads.Take(1), ParticipantRoles.Speaker);
        return new EventDraft(EventType.Statement, "010", participants.Items, null, t, 0.7, QuoteNear(s.View, t));
    }

    /// <summary>English nouns of sources that a place they are in does not own.</summary>
    private static readonly HashSet<string> UnaffiliatedSources = new(StringComparer.Ordinal)
    {
        "diplomat", "diplomats", "source", "sources", "analyst", "analysts", "observer", "observers", "witness", "witnesses", "resident", "residents",
        "expert", "experts", "journalist", "journalists",
    };

    /// <summary>English participles of getting hold of a document ("a draft seen by", "a letter obtained by").</summary>
    private static readonly HashSet<string> Obtained = new(StringComparer.Ordinal) { "seen", "obtained", "reviewed", "viewed", "read" };

    /// <summary>English nouns of what a name's tool or count produced ("a Google translation", "a Reuters tally").</summary>
    private static readonly HashSet<string> MadeThings = new(StringComparer.Ordinal) { "translation", "tally", "count", "calculation", "calculations", "map", "maps" };

    /// <summary>The quoted words nearest to the verb in its sentence: "…," X said / X said: "…".</summary>
    internal static string? QuoteNear(SentenceView v, int t)
    {
        var at = v.Tokens[t].Start;
        QuoteSpan? best = null;
        var bestDistance = int.MaxValue;
        foreach (var q in v.Quotes)
        {
            if (q.Contains(at))
                continue;
            var distance = q.End <= at ? at - q.End : q.Start - v.Tokens[t].End;
            if (distance < bestDistance)
            {
                best = q;
                bestDistance = distance;
            }
        }

        if (best is not { } quote)
            return null;
        var words = quote.Inner(v.Source);
        return words.Length == 0 ? null : words;
    }
}
