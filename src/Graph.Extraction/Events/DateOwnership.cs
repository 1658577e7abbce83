using Graph.Extraction.Dates;
using Graph.Extraction.Mentions;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events;

/// <summary>
/// Which of a sentence's date phrases an event may take: not one the parse hangs inside another event named by a noun
/// ("Russia expelled two diplomats in retaliation for Berlin's expulsion of embassy staff last month": the month is
/// the expulsion's, not Russia's expelling's), nor one inside a "who" clause about someone ("General X, who seized
/// power in a coup last July, accused France": July is the coup's) or a relative clause about a named body, nor one
/// inside a clause that bounds a period ("since … in August 2021"), nor, for what is said, one inside what was said or
/// a year named after the saying.
/// </summary>
internal static class DateOwnership
{
    /// <param name="said">The event is something said: a date inside what was said ("said they were investigating shootings
    /// last year", "accused X of shelling villages on Saturday") is the date of what is told, not of the saying.</param>
    /// <param name="threat">The event is a threat: a date after the measure threatened ("will impose tariffs from April 1")
    /// is when it would take effect, not when the threat was made.</param>
    public static List<DatePhrase> Open(SentenceParse parse, List<DatePhrase> phrases, int trigger, IEnumerable<int> triggers, bool said = false, bool threat = false)
    {
        var own = WordAt(parse, trigger);
        // A threat told by a closing report hung on the measure ("will impose …, the minister said on Tuesday") is dated by
        // the telling.
        var yetToBe = threat && own is not null && parse.ChildrenOf(own).Any(c => c.Relation is "aux" or "mark" && Irrealis.Contains(c.Form));
        if (yetToBe && phrases.Where(d => d.Start > own!.Start && HeadOf(parse, d) is { } head && parse.Dominates(own, head) && ToldBelow(parse, own, head)).ToList() is { Count: > 0 } telling)
            return telling;
        if (yetToBe)
            phrases = phrases.Where(d => d.Start < own!.Start || HeadOf(parse, d) is not { } head || !parse.Dominates(own, head)).ToList();
        // "Having met X in Beijing, Y flew to Tokyo on Friday": a perfect participle's deed came before the main clause's,
        // whose dates are not its own.
        // The participle may hold the event's noun ("Having held talks with X in Doha, …").
        var perfect = own is { Upos: "NOUN", Relation: "obj" or "obl" } ? parse.HeadOf(own) : own;
        if (perfect is { Relation: "advcl" } && parse.ChildrenOf(perfect).Any(c => c.Relation == "aux" && c.Form.Equals("having", StringComparison.OrdinalIgnoreCase)))
            phrases = phrases.Where(d => HeadOf(parse, d) is { } head && parse.Dominates(perfect, head)).ToList();
        var nouns = triggers.Where(t => t != trigger).Select(t => WordAt(parse, t)).Where(w => w is { Upos: "NOUN" }).Select(w => w!.Index).ToHashSet();
        // "X said on Friday that Russian forces had shelled Kherson": Friday is the saying's, and the shelling, told in the
        // past before it, has a day the sentence does not say ("announced today they were severing ties" acts as it says).
        if (!said && own is not null && ToldClause(parse, own) is var (teller, told)
            // "had" read as the clause's verb ("it had test-fired") is its auxiliary all the same.
            && (told.Form.Equals("had", StringComparison.OrdinalIgnoreCase)
                || parse.ChildrenOf(own).Concat(parse.ChildrenOf(told)).Any(c => c.Relation == "aux" && c.Form.Equals("had", StringComparison.OrdinalIgnoreCase))))
            phrases = phrases.Where(d => HeadOf(parse, d) is not { } head || (parse.Dominates(told, head) || !parse.Dominates(teller, head)) && !BeforeTheToldSubject(parse, d, teller, told)).ToList();
        // A year named after a saying is more often that of what is told ("claimed responsibility for killing X in 2002");
        // a date inside what is told before the saying is the told deed's ("North Korea fired missiles on Thursday, the JCS said").
        return phrases.Where(d => !(said && d.IsBareYear && own is not null && d.End > own.Start)
            && !(said && own is not null && d.End <= own.Start && InFrontedContent(parse, d, own))
            && (HeadOf(parse, d) is not { } head || !OwnedByAnother(parse, head, own?.Index ?? -1, nouns, said && !OfTheSaying(parse, d, own)))).ToList();
    }

    /// <summary>
    /// A date before the verb of saying ("Late Sunday, the ministry said …") or right after it and whom it addressed ("said
    /// Friday it was …", "said on Friday", "told jurors Thursday") dates the saying, wherever the parser hung it.
    /// </summary>
    private static bool OfTheSaying(SentenceParse parse, DatePhrase d, SyntaxWord? verb)
    {
        if (verb is null)
            return false;
        // A date inside what is told before the saying ("North Korea fired missiles on Thursday, the JCS said") was set
        // aside by Open (InFrontedContent); any other before it is the saying's.
        if (d.End <= verb.Start)
            return true;
        // Not a claim denied or made ("rejected claims that it struck … last week"): what it says is not whom it is told.
        var addressed = parse.ChildrenOf(verb).Where(c => c.Relation is "obj" or "iobj" && !Lexicon.ClaimNouns.Contains(c.Form.ToLowerInvariant())).ToList();
        for (var k = verb.Index + 1; k < parse.Words.Count && parse.Words[k].Start < d.Start; k++)
        {
            // "told jurors Thursday": the one addressed may come between.
            if (!Openers.Contains(parse.Words[k].Form) && !addressed.Exists(a => parse.Dominates(a, parse.Words[k])))
                return false;
        }

        return true;
    }

    private static bool InFrontedContent(SentenceParse parse, DatePhrase d, SyntaxWord verb)
    {
        var commaBetween = parse.Words.Take(verb.Index).Any(x => x.Form == "," && x.Start >= d.End);
        for (var w = HeadOf(parse, d); w is not null && w != verb; w = parse.HeadOf(w))
        {
            // What is told has a subject of its own and ends at the comma before the teller ("…, the JCS said"), which a
            // misread subject ("A statement issued Thursday says") or an opening participle ("Speaking Thursday, X
            // said") does not.
            if (w.Head == verb.Index)
                return w.Relation is "ccomp" or "parataxis" && w.Index < verb.Index && parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
                    && commaBetween;
            // "X will visit Doha on Thursday, an official said", read with the saying a complement of what is told: the
            // teller hangs below the told verb, after the comma.
            if (w.Upos == "VERB" && w.Index < verb.Index && verb.Head == w.Index && verb.Relation is "ccomp" or "parataxis"
                && parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
                return commaBetween;
        }

        return false;
    }

    /// <summary>The verb of speech whose reported clause holds the word, and that clause; null when none does.</summary>
    private static (SyntaxWord Teller, SyntaxWord Told)? ToldClause(SentenceParse parse, SyntaxWord word)
    {
        for (var (w, steps) = (word, 0); w is not null && steps < parse.Words.Count; w = parse.HeadOf(w), steps++)
        {
            if (w.Relation == "ccomp" && parse.HeadOf(w) is { Upos: "VERB" } head
                && (Lexicon.Say.Contains(head.Form.ToLowerInvariant()) || WordLists.SpeechVerbs.Contains(head.Form.ToLowerInvariant())))
                return (head, w);
        }

        return null;
    }

    /// <summary>
    /// "said on Tuesday it had shelled …", with the day hung in the told clause: a date after the verb of speech and before
    /// the told clause's subject is the speech's.
    /// </summary>
    private static bool BeforeTheToldSubject(SentenceParse parse, DatePhrase d, SyntaxWord teller, SyntaxWord told) =>
        d.Start > teller.Start && parse.ChildrenOf(told).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) is { } subject
        && d.End <= subject.Start
        // Not a day the subject's phrase owns ("Monday's attack"), but one read as a compound of it ("on Friday Indian troops").
        && (HeadOf(parse, d) is not { } head || !parse.Dominates(subject, head) || head.Relation == "compound");

    /// <summary>
    /// A verb of saying between the trigger and the word, read as the trigger's clause ("will impose tariffs …, the minister
    /// said on Tuesday" with "said" hung on "impose"): the date is the telling's.
    /// </summary>
    private static bool ToldBelow(SentenceParse parse, SyntaxWord trigger, SyntaxWord word)
    {
        for (var w = parse.HeadOf(word) is { } up && word.Upos != "VERB" ? up : word; w is not null && w != trigger; w = parse.HeadOf(w))
        {
            if (w.Upos == "VERB" && WordLists.SpeechVerbs.Contains(w.Form.ToLowerInvariant()))
                return true;
        }

        return false;
    }

    /// <summary>The auxiliaries and the infinitive's "to" of a deed yet to be done ("will impose", "to expel").</summary>
    private static readonly HashSet<string> Irrealis = new(StringComparer.OrdinalIgnoreCase) { "will", "would", "shall", "'ll", "to" };

    /// <summary>English words that may come between a verb and the date of its deed ("said on Friday", "said late Sunday").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "on", "late", "early", "earlier", "later", "in" };

    /// <summary>English subordinators that make a clause a bound of a period ("since the Taliban returned in August 2021").</summary>
    private static readonly HashSet<string> Bounds = new(StringComparer.OrdinalIgnoreCase) { "since", "until", "till", "before" };

    /// <summary>
    /// Of the phrases an event may take, those the parse hangs on its own trigger ("seized Goma in January and captured
    /// Bukavu in February": February is the capture's), when there are any; else all of them, for the nearest to choose.
    /// </summary>
    public static List<DatePhrase> OnTheTrigger(SentenceParse parse, List<DatePhrase> phrases, int trigger)
    {
        if (phrases.Count < 2 || WordAt(parse, trigger) is not { } own)
            return phrases;
        var hung = phrases.FindAll(d => HeadOf(parse, d) is { } head && head.Head == own.Index);
        return hung.Count > 0 ? hung : phrases;
    }

    /// <summary>Whether the first trigger above the phrase's head is another event's noun rather than this event's.</summary>
    private static bool OwnedByAnother(SentenceParse parse, SyntaxWord head, int own, HashSet<int> nouns, bool said)
    {
        // A repaired parse is a tree; the bound keeps a walk finite all the same.
        for (var (w, steps) = (head, 0); w is not null && steps < parse.Words.Count; w = parse.HeadOf(w), steps++)
        {
            if (w.Index == own)
                return false;
            if (nouns.Contains(w.Index))
                return true;
            if (w.Relation == "advcl" && parse.ChildrenOf(w, "mark").Any(m => Bounds.Contains(m.Form)))
                return true;
            if (said && w.Head == own && (w.Relation is "ccomp" or "parataxis" or "xcomp" || w.Relation == "advcl" && parse.ChildrenOf(w, "mark").Any(m => m.Form is "of" or "for")))
                return true;
            // "rejected claims that it had carried out strikes last week": the week is the claimed strikes'.
            if (said && w.Relation == "acl" && parse.HeadOf(w) is { } claim && Lexicon.ClaimNouns.Contains(claim.Form.ToLowerInvariant()))
                return true;
            // A relative clause with "who" as its subject tells another deed of the one it describes, and so does one on a
            // name ("the RSF, which has held the capital since the war began in April 2023, said …"); "which" on a noun may
            // describe the event itself ("the attack, which took place Friday").
            if (w.Relation == "acl:relcl" && parse.HeadOf(w) is { } described && described.Index != own
                && parse.ChildrenOf(w).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)
                    && (c.Form.Equals("who", StringComparison.OrdinalIgnoreCase) || described.Upos == "PROPN" && c.Form.ToLowerInvariant() is "which" or "that")))
                return true;
        }

        return false;
    }

    private static SyntaxWord? WordAt(SentenceParse parse, int token) => parse.Words.FirstOrDefault(w => w.Token == token);

    /// <summary>
    /// "met X on Sunday, a day after Israeli jets struck Gaza", "two days before the vote, Peru closed …": an event in a
    /// clause whose day is counted from a day written before it. The start of the span ("a day") and the days to add to
    /// that day; no days where the span is no count of days or weeks ("days after", "months after"), which leaves the event
    /// undated. Null where the event's clause is counted from no other.
    /// </summary>
    public static (int Start, int? Days)? CountedFrom(SentenceParse parse, int trigger)
    {
        var clause = WordAt(parse, trigger);
        while (clause is not null && clause.Upos != "VERB")
            clause = parse.HeadOf(clause);
        if (clause is null)
            return null;
        // Read from the words, as the parser attaches the span anywhere: ", a day after <subject> <verb>", no other verb
        // nor comma between "after" and the clause's verb.
        var mark = -1;
        for (var k = clause.Index - 1; k >= 2 && mark < 0; k--)
        {
            var word = parse.Words[k];
            if (word.Form is "after" or "before")
                mark = k;
            else if (word.Upos == "VERB" || word.Form is "," or ";" or ":")
                return null;
        }

        if (mark < 0 || !SpanDays.TryGetValue(parse.Words[mark - 1].Form.ToLowerInvariant(), out var unit))
            return null;
        var count = Counts.TryGetValue(parse.Words[mark - 2].Form.ToLowerInvariant(), out var n) ? n : (int?)null;
        var first = count is null ? mark - 1 : mark - 2;
        if (first < 1 || parse.Words[first - 1].Form != ",")
            return null;
        int? days = unit == 0 ? 0 : unit > 0 && count is int k2 ? k2 * unit : null;
        return (parse.Words[first].Start, parse.Words[mark].Form == "after" ? -days : days);
    }

    /// <summary>
    /// "flew to Washington on Sunday and met Trump the following day", "a claim Asmara rejected the next day", "… the
    /// previous day": a day the trigger's own clause counts from the day told before it, as days (negative: earlier).
    /// Null where its clause has none.
    /// </summary>
    public static int? DayCountedOnTheTrigger(SentenceParse parse, int trigger)
    {
        var clause = WordAt(parse, trigger);
        while (clause is not null && clause.Upos != "VERB")
            clause = parse.HeadOf(clause);
        if (clause is null)
            return null;
        foreach (var c in parse.ChildrenOf(clause))
        {
            if (!c.Relation.StartsWith("obl", StringComparison.Ordinal) || !c.Form.Equals("day", StringComparison.OrdinalIgnoreCase)
                || !parse.ChildrenOf(c).Any(d => d.Relation == "det" && d.Form.Equals("the", StringComparison.OrdinalIgnoreCase)))
                continue;
            foreach (var m in parse.ChildrenOf(c))
            {
                var lower = m.Form.ToLowerInvariant();
                if (m.Relation == "amod" && lower is "following" or "next")
                    return 1;
                if (m.Relation == "amod" && lower == "previous")
                    return -1;
            }
        }

        return null;
    }

    /// <summary>English nouns of a span of time and the days in one (0: within the day, "hours after"; −1: no count of days).</summary>
    private static readonly Dictionary<string, int> SpanDays = new(StringComparer.Ordinal)
    {
        ["hour"] = 0, ["hours"] = 0, ["minutes"] = 0, ["day"] = 1, ["days"] = 1, ["week"] = 7, ["weeks"] = 7, ["month"] = -1, ["months"] = -1,
    };

    /// <summary>English counts of a few units ("a day", "two days").</summary>
    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["1"] = 1, ["two"] = 2, ["2"] = 2, ["three"] = 3, ["3"] = 3, ["four"] = 4, ["4"] = 4, ["five"] = 5, ["5"] = 5,
        ["six"] = 6, ["6"] = 6, ["seven"] = 7, ["7"] = 7, ["ten"] = 10, ["10"] = 10,
    };

    /// <summary>
    /// "his 2018 visit to Moscow", "the 2020 clashes": the year written before an event's noun, which dates it whatever
    /// else the sentence dates ("yyyy"), or null.
    /// </summary>
    public static string? YearBefore(SentenceParse parse, int trigger) =>
        WordAt(parse, trigger) is { Upos: "NOUN" } noun
        && parse.ChildrenOf(noun).FirstOrDefault(c => c.Index < noun.Index && c.Upos == "NUM" && c.Form.Length == 4 && c.Form.All(char.IsAsciiDigit) && c.Form[..2] is "19" or "20") is { } year
            ? year.Form : null;

    /// <summary>The phrase's word whose head lies outside it.</summary>
    private static SyntaxWord? HeadOf(SentenceParse parse, DatePhrase phrase)
    {
        bool Inside(SyntaxWord w) => w.Start >= phrase.Start && w.End <= phrase.End;
        return parse.Words.FirstOrDefault(w => Inside(w) && (parse.HeadOf(w) is not { } h || !Inside(h)));
    }
}
