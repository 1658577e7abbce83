using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction.Dates;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events;

/// <summary>
/// Turns the rules' drafts into graph events: one event per (type, participants) per sentence (statements: one
/// per speaker), the date phrase nearest the trigger as date, then one event for repeated mentions of the same
/// meeting, call, visit, offer… across the article (same type and sides, no conflicting place or date: the
/// first mention is kept, completed by the later ones). Ids depend only on the article, the type, the
/// sentence offset and the participants.
/// </summary>
internal static class EventAssembler
{
    /// <summary>Types whose repeated mentions in one article are one event; statements, denials and accusations repeat.</summary>
    private static readonly HashSet<EventType> Coreferent =
    [
        EventType.Meeting, EventType.PhoneCall, EventType.Visit, EventType.Negotiation, EventType.Agreement,
        EventType.Offer, EventType.Sanction, EventType.MilitaryAction, EventType.Threat,
    ];

    /// <summary>
    /// Events that are the setting of what else a sentence tells ("said during talks with X on Sunday", "agreed after a
    /// meeting on Friday"): their date is the other events' too.
    /// </summary>
    private static readonly HashSet<EventType> Settings = [EventType.Meeting, EventType.PhoneCall, EventType.Visit, EventType.Negotiation];

    /// <summary>Events that are something said: their date is the saying's.</summary>
    private static readonly HashSet<EventType> Said = [EventType.Statement, EventType.Accusation, EventType.Denial, EventType.Threat];

    /// <summary>Words before a date phrase that make it a bound of a period, not the event's date.</summary>
    private static readonly HashSet<string> Bounds = new(StringComparer.OrdinalIgnoreCase) { "since", "until", "till", "through", "by", "before" };

    private sealed class Pending(int sentence, EventDraft draft)
    {
        public int Sentence { get; } = sentence;
        public EventDraft Draft { get; set; } = draft;
        public string? Date { get; set; }
    }

    /// <param name="standsFor">The entity a participant stands for when events are compared across sentences: "cutting ties with Doha" and "with Qatar" are one sanction (<see cref="CapitalMetonymy"/>).</param>
    /// <param name="parses">The sentences' parses, which say which date phrase a noun of another event holds (<see cref="DateOwnership"/>).</param>
    public static IReadOnlyList<GraphEvent> Assemble(
        Article article, IReadOnlyList<SentenceView> sentences, IReadOnlyList<(int Sentence, EventDraft Draft)> drafts, Func<string, string>? standsFor = null,
        IReadOnlyList<SentenceParse>? parses = null)
    {
        var pending = new List<Pending>();
        foreach (var group in drafts.GroupBy(d => d.Sentence))
        {
            var merged = MergeInSentence(group.SelectMany(g => OnePerSide(g.Draft)));
            foreach (var draft in merged.Where(d => !OneSided(d) && !AmongTownsOnly(d, standsFor)))
                pending.Add(new Pending(group.Key, draft));
        }

        // Date phrases only of the sentences an event asks about: most sentences have none.
        var dates = new List<DatePhrase>?[sentences.Count];
        var anchor = pending.Count > 0 ? DatelineDay(article, sentences, parses) ?? article.Published : article.Published;
        var open = new List<DatePhrase>?[sentences.Count];
        foreach (var p in pending)
        {
            var phrases = DatesAt(p.Sentence);
            // "met X on Sunday, a day after jets struck Gaza": the strike's day is counted from the day before the span.
            var counted = parses is not null && p.Sentence < parses.Count && phrases.Count > 0 ? DateOwnership.CountedFrom(parses[p.Sentence], p.Draft.Trigger) : null;
            var countedFrom = counted is { } span ? phrases.LastOrDefault(d => d.End <= span.Start) : null;
            if (counted is { } inSpan)
                phrases = phrases.Where(d => d.Start >= inSpan.Start).ToList();
            // A list member's own date is its own wherever the parser hung it ("visited A on Monday and B on Tuesday").
            var own = OwnDate(sentences[p.Sentence], phrases, p.Draft.DateSpan);
            if (parses is not null && p.Sentence < parses.Count && phrases.Count > 0)
                phrases = DateOwnership.OnTheTrigger(parses[p.Sentence], DateOwnership.Open(parses[p.Sentence], open[p.Sentence] ??= AfterTheDateline(parses[p.Sentence], phrases), p.Draft.Trigger,
                    pending.Where(o => o.Sentence == p.Sentence && !Settings.Contains(o.Draft.Type)).Select(o => o.Draft.Trigger), Said.Contains(p.Draft.Type), p.Draft.Type == EventType.Threat), p.Draft.Trigger);
            // "flew to Washington on Sunday and met Trump the following day": the day after the last day told before the trigger.
            var trigger = sentences[p.Sentence].Tokens[Math.Clamp(p.Draft.Trigger, 0, sentences[p.Sentence].Count - 1)].Start;
            p.Date = (parses is not null && p.Sentence < parses.Count ? DateOwnership.YearBefore(parses[p.Sentence], p.Draft.Trigger) : null)
                ?? (own is null && parses is not null && p.Sentence < parses.Count && DateOwnership.DayCountedOnTheTrigger(parses[p.Sentence], p.Draft.Trigger) is int next
                    && DatesAt(p.Sentence).LastOrDefault(d => d.End <= trigger && d.Precision == DatePrecision.Day) is { } before
                    ? before.Date.AddDays(next).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null)
                ?? own ?? NearestDate(sentences[p.Sentence], phrases, p.Draft.Trigger);
            if (p.Date is null && counted is { Days: int days } && countedFrom is { Precision: DatePrecision.Day } origin)
                p.Date = origin.Date.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (p.Date is null && counted is null && p.Draft.DateFromSentence is int from && from >= 0 && from < dates.Length)
                p.Date = DatesAt(from).FirstOrDefault()?.Iso;
            // "12:03 GMT — Russian drones struck Odesa": a live blog's entry stamped with a time of the page's day.
            if (p.Date is null && article.Published is { } day && parses is not null && p.Sentence < parses.Count
                && Dateline.OpensWithAClockStamp(parses[p.Sentence].Words))
                p.Date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        // "Two days later, he met …": a day counted from the day of the story told just before.
        foreach (var p in pending)
        {
            if (p.Date is null && RelativeDays.Offset(sentences[p.Sentence].Sentence.Text) is { } offset
                && pending.LastOrDefault(o => o.Sentence < p.Sentence && o.Date is { Length: 10 }) is { } before
                && DateOnly.TryParseExact(before.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                p.Date = day.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        var kept = MergeAcrossSentences(pending, p => sentences[p.Sentence].Sentence.Start < article.BodyStart, standsFor ?? (e => e));
        return kept.Select(p => ToEvent(article, sentences[p.Sentence], p, HasTwin(kept, p))).ToList();

        List<DatePhrase> DatesAt(int sentence) => dates[sentence] ??= DatesOf(article, sentences[sentence], anchor);
    }

    /// <summary>
    /// "MOSCOW, March 7 (TASS) - … today met …": the day the dateline gives, on or before publication, is the day the
    /// story's "today", "yesterday" and weekdays count from (an outlet may publish a wire story days after it was filed).
    /// </summary>
    private static DateOnly? DatelineDay(Article article, IReadOnlyList<SentenceView> sentences, IReadOnlyList<SentenceParse>? parses)
    {
        if (parses is null || article.Published is not { } published)
            return null;
        var first = -1;
        for (var i = 0; i < sentences.Count && i < parses.Count && first < 0; i++)
        {
            if (sentences[i].Sentence.Start >= article.BodyStart)
                first = i;
        }

        var words = first < 0 ? 0 : Dateline.Length(parses[first].Words);
        if (words == 0)
            return null;
        var end = parses[first].Words[words - 1].End;
        return DateResolver.Find(sentences[first].Sentence.Text, published, sentences[first].Sentence.Start)
            .FirstOrDefault(p => p.End <= end && p.Precision == DatePrecision.Day)?.InThePast(published)?.Date;
    }

    /// <summary>
    /// Types with a doer and a side done to: one event per named doer and per named target. So too what is said: "Japan
    /// and Australia issued statements" is a statement of each.
    /// </summary>
    private static readonly HashSet<EventType> Directed =
        [EventType.Accusation, EventType.Offer, EventType.Sanction, EventType.Threat, EventType.MilitaryAction, EventType.Statement, EventType.Denial];

    /// <summary>
    /// "recalled its ambassadors from Poland and Lithuania" is two sanctions (annotation guidelines: one event per named
    /// counterpart), as the parse's frames already read it: a draft with several sides in one role becomes one draft
    /// per combination of sides.
    /// </summary>
    private static IEnumerable<EventDraft> OnePerSide(EventDraft d)
    {
        if (!Directed.Contains(d.Type) || d.Participants.Select(p => p.Role).Distinct(StringComparer.Ordinal).Count() == d.Participants.Count)
            return [d];
        IEnumerable<IReadOnlyList<Participant>> combinations = [[]];
        foreach (var role in d.Participants.GroupBy(p => p.Role, StringComparer.Ordinal))
            combinations = combinations.SelectMany(c => role.Select(p => (IReadOnlyList<Participant>)[.. c, p]));
        return combinations.Select(c => d with { Participants = c });
    }

    private static List<EventDraft> MergeInSentence(IEnumerable<EventDraft> drafts)
    {
        var kept = new List<EventDraft>();
        foreach (var d in drafts.OrderBy(d => d.Trigger))
        {
            var at = kept.FindIndex(k => SameInSentence(k, d));
            if (at < 0)
            {
                kept.Add(d);
                continue;
            }

            var k = kept[at];
            var participants = k.Participants.Concat(d.Participants.Where(p => k.Participants.All(q => q.Entity != p.Entity))).ToList();
            var cameo = d.Cameo.Length > k.Cameo.Length || k.Cameo == "010" && d.Cameo != "010" && d.Quote is not null ? d.Cameo : k.Cameo;
            kept[at] = k with
            {
                Participants = participants,
                Cameo = cameo,
                Location = k.Location ?? d.Location,
                Quote = k.Quote ?? d.Quote,
                Confidence = Math.Max(k.Confidence, d.Confidence),
            };
        }

        return kept;
    }

    /// <summary>
    /// An agreement is a deal between two named sides (annotation guidelines: 057/06x); one side's "agreed to provide
    /// aid" is the offer read beside it, "agreed to resign" an intent (CAMEO 03).
    /// </summary>
    private static bool OneSided(EventDraft d) =>
        d.Type == EventType.Agreement && d.Participants.Select(p => p.Entity).Distinct(StringComparer.Ordinal).Count() < 2;

    /// <summary>
    /// "Liverpool met Barcelona at Anfield": a meeting or call whose sides are all towns and none a capital speaking for
    /// its state is clubs named after their towns, not parties (annotation guidelines: sides are persons, states, bodies).
    /// </summary>
    private static bool AmongTownsOnly(EventDraft d, Func<string, string>? standsFor) =>
        d.Type is EventType.Meeting or EventType.PhoneCall && d.Participants.Count >= 2
        && d.Participants.All(p => p.Entity.StartsWith("loc:", StringComparison.Ordinal) && (standsFor is null || standsFor(p.Entity) == p.Entity));

    private static bool SameInSentence(EventDraft a, EventDraft b)
    {
        if (a.Type != b.Type)
            return false;
        // "seized Goma in January and took Bukavu weeks later": two deeds, each in its own place; "visited Belgrade and
        // Pristina": a visit's place is where it goes, one visit to each.
        if ((a.Trigger != b.Trigger || a.Type == EventType.Visit) && a.Location is not null && b.Location is not null && a.Location != b.Location)
            return false;
        if (a.Type == EventType.Statement)
            return Speakers(a).SetEquals(Speakers(b));
        // The same event read twice in one sentence, once with fewer sides ("warned of consequences if X …").
        var x = Sides(a);
        var y = Sides(b);
        if (EventCatalog.Kinds[a.Type].Symmetric)
        {
            x = a.Participants.Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);
            y = b.Participants.Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);
            // One meeting read twice from one trigger, each time with another of its sides ("X, standing alongside
            // Y after talks with Z and W"): one event with all of them. Counterparts met one by one share one side only.
            if (a.Trigger == b.Trigger && x.Count(y.Contains) >= 2)
                return true;
        }

        return x.IsSubsetOf(y) || y.IsSubsetOf(x);
    }

    private static HashSet<string> Speakers(EventDraft d) =>
        d.Participants.Where(p => p.Role == ParticipantRoles.Speaker).Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// One event per repeated mention: the first mention in the body stands for it (a headline only until the body
    /// repeats it), completed with the others' place and date.
    /// </summary>
    private static List<Pending> MergeAcrossSentences(List<Pending> pending, Func<Pending, bool> inTitle, Func<string, string> standsFor)
    {
        var kept = new List<Pending>();
        foreach (var p in pending.OrderBy(p => p.Sentence).ThenBy(p => p.Draft.Trigger))
        {
            var at = Coreferent.Contains(p.Draft.Type) ? kept.FindIndex(k => SameEvent(k, p, standsFor)) : -1;
            if (at < 0)
            {
                kept.Add(p);
                continue;
            }

            var (first, other) = inTitle(kept[at]) && !inTitle(p) ? (p, kept[at]) : (kept[at], p);
            first.Date ??= other.Date;
            first.Draft = first.Draft with
            {
                Location = first.Draft.Location ?? other.Draft.Location,
                Confidence = Math.Max(first.Draft.Confidence, other.Draft.Confidence),
            };
            kept[at] = first;
        }

        return kept;
    }

    private static bool SameEvent(Pending a, Pending b, Func<string, string> standsFor) =>
        a.Draft.Type == b.Draft.Type
        && Key(a.Draft, standsFor).SetEquals(Key(b.Draft, standsFor))
        && (a.Draft.Location is null || b.Draft.Location is null || a.Draft.Location == b.Draft.Location)
        && (a.Date is null || b.Date is null || a.Date == b.Date);

    private static HashSet<string> Key(EventDraft d, Func<string, string> standsFor) =>
        EventCatalog.Kinds[d.Type].Symmetric
            ? d.Participants.Select(p => standsFor(p.Entity)).ToHashSet(StringComparer.Ordinal)
            : d.Participants.Select(p => p.Role + "=" + standsFor(p.Entity)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The sentence's date phrases outside quotes, less bounds of periods ("since last year") and dates after the
    /// article was published: an event happened by then, so "said trade would resume next month" dates the resumption,
    /// not the saying, and "met on June 5" in a March article was in June of the year before.
    /// </summary>
    /// <param name="anchor">The day relative dates count from: the dateline's, else the publication's.</param>
    private static List<DatePhrase> DatesOf(Article article, SentenceView v, DateOnly? anchor)
    {
        var phrases = DateResolver.Find(v.Sentence.Text, anchor, v.Sentence.Start);
        // The resolver may keep the bound in the phrase ("since December").
        return phrases.Where(p => !v.Quotes.Any(q => q.Contains(p.Start)) && !Bounds.Contains(WordBefore(article.Text, p.Start))
            && !Bounds.Contains(p.Text[..(p.Text.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space ? space : p.Text.Length)]))
            .Select(p => article.Published is { } published ? p.InThePast(published) : p).OfType<DatePhrase>().ToList();
    }

    /// <summary>
    /// "ACCRA, June 12 (Wire) - Ghana and Togo signed a pact on Wednesday": the dateline's date says when the story was
    /// filed; a date the sentence itself gives says when the event was.
    /// </summary>
    private static List<DatePhrase> AfterTheDateline(SentenceParse parse, List<DatePhrase> phrases)
    {
        var words = Dateline.Length(parse.Words);
        if (words == 0)
            return phrases;
        var end = parse.Words[words - 1].End;
        return phrases.Exists(p => p.Start >= end) ? phrases.FindAll(p => p.Start >= end) : phrases;
    }

    private static string WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        return text[start..end];
    }

    /// <summary>The date that stands in the event's own tokens of a list whose members each have one (<see cref="Frames.GappedDates"/>).</summary>
    private static string? OwnDate(SentenceView v, List<DatePhrase> phrases, (int From, int To)? span) =>
        span is var (from, to) && from < to && to <= v.Count
            ? phrases.FirstOrDefault(p => p.Start >= v.Tokens[from].Start && p.End <= v.Tokens[to - 1].End)?.Iso
            : null;

    private static string? NearestDate(SentenceView v, List<DatePhrase> phrases, int trigger)
    {
        if (phrases.Count == 0)
            return null;
        var at = v.Tokens[Math.Clamp(trigger, 0, v.Count - 1)].Start;
        return phrases.MinBy(p => p.End <= at ? at - p.End : Math.Abs(p.Start - at))!.Iso;
    }

    /// <summary>Another event of the sentence has the same type and sides ("seized Goma … and took Bukavu").</summary>
    private static bool HasTwin(List<Pending> kept, Pending p) =>
        kept.Exists(o => o != p && o.Sentence == p.Sentence && o.Draft.Type == p.Draft.Type && Sides(o.Draft).SetEquals(Sides(p.Draft)));

    /// <summary>The draft's sides as "role=entity".</summary>
    private static HashSet<string> Sides(EventDraft d) => d.Participants.Select(x => x.Role + "=" + x.Entity).ToHashSet(StringComparer.Ordinal);

    /// <param name="twin">Another event of the sentence has the same type and sides ("seized Goma … and took Bukavu"): its place tells their ids apart.</param>
    private static GraphEvent ToEvent(Article article, SentenceView v, Pending p, bool twin)
    {
        var d = p.Draft;
        var sentence = v.Sentence;
        var id = EventIds.Of(article.Id, d.Type, sentence.Start, d.Participants, twin ? d.Location : null);
        var confidence = Math.Round(Math.Clamp(d.Confidence, 0.05, 0.99), 2);
        // A call joins places, it happens at none (annotation guidelines: a phone call's sides are its participants).
        var location = d.Type == EventType.PhoneCall ? null : d.Location;
        return new GraphEvent(id, d.Type, d.Cameo, CameoGoldstein.Of(d.Cameo), d.Participants, location, p.Date, d.Quote,
            sentence.Text, article.Id, confidence, sentence.Start, sentence.End);
    }
}
