using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>Who acts: the subject of a trigger, read leftwards, through "and", participles, appositions and infinitives.</summary>
internal sealed partial class SentenceContext
{
    private static readonly HashSet<string> AdjectivesInEd = new(StringComparer.Ordinal)
    {
        "armed", "united", "alleged", "unnamed", "elected", "so-called", "detained", "exiled", "ousted", "embattled",
        "besieged", "occupied", "disputed", "annexed", "advanced", "self-declared", "self-proclaimed", "renewed",
        "continued", "increased", "heated", "unprecedented", "unified", "concerned", "interested", "qualified",
        "suspected", "masked", "unidentified", "jailed", "imprisoned", "wanted", "indicted", "convicted", "retired",
    };

    /// <summary>Who does what the word at <paramref name="t"/> says: the heads of its subject, or none found.</summary>
    public IReadOnlyList<ResolvedMention> SubjectOf(int t)
    {
        if (_subjects.TryGetValue(t, out var cached))
            return cached;
        _subjects[t] = [];
        var found = FindSubject(t);
        _subjects[t] = found;
        return found;
    }

    /// <summary>
    /// What undergoes a passive trigger: its subject read as a patient ("A camp for Congolese refugees was
    /// attacked": the refugees' country), demonyms and names in prepositional phrases included.
    /// </summary>
    public List<ResolvedMention> PassiveSubjectOf(int t) => FindSubject(t, HeadUse.Patient);

    private List<ResolvedMention> FindSubject(int t, HeadUse use = HeadUse.Agent)
    {
        var group = VerbGroupOf(t);
        if (group.Governor >= 0)
        {
            var gw = Word(group.Governor);
            var verbal = Words.IntentGovernors.Contains(gw) || Words.RefusalGovernors.Contains(gw) || Words.Aspectuals.Contains(gw)
                || Words.Attempts.Contains(gw) || Lexicon.AllVerbs.Contains(gw);
            return verbal ? [.. SubjectOf(group.Governor)] : [];
        }

        var k = group.Start - 1;
        if (k < 0)
            return [];
        var w = Word(k);
        List<ResolvedMention> found;
        if (w is "and" or "but" or "or" && View.MentionAt(k - 1) is null)
            return MainSubject(t);
        if (w == ",")
        {
            if (Word(t).EndsWith("ing", StringComparison.Ordinal) || Word(k - 1) is "and" or "but")
                return MainSubject(t);
            found = Apposition(k, use);
        }
        else if (w is "who" or "which" || w == "that" && View.MentionAt(k - 1) is not null)
        {
            found = ScanSubject(Word(k - 1) == "," ? k - 2 : k - 1, use);
        }
        else if (View.IsBreak(k) && w != ")" || View.IsQuoted(k) && !View.IsQuoted(t))
        {
            return [];
        }
        else
        {
            found = ScanSubject(k, use);
        }

        if (found.Count > 0)
            return found;
        // "Switzerland said it had expelled …": the pronoun is the one who speaks.
        if (w is "it" or "they" or "we" or "he" or "she" && ComplementOf(t) >= 0)
            return [.. SubjectOf(ComplementOf(t))];
        // "… issued a declaration demanding …": a participle shares its clause's subject.
        return Word(t).EndsWith("ing", StringComparison.Ordinal) && use == HeadUse.Agent ? MainSubject(t) : [];
    }

    /// <summary>A subject before an apposition between commas: "Linda Thomas-Greenfield, the U.S. Ambassador to the United Nations, told".</summary>
    private List<ResolvedMention> Apposition(int k, HeadUse use)
    {
        for (var p = k - 1; p >= Math.Max(0, k - 16); p--)
        {
            if (View.IsQuoted(p) || Word(p) is ";" or ":")
                break;
            if (Word(p) == ",")
                return ScanSubject(p - 1, use);
        }

        return [];
    }

    /// <summary>The noun phrase ending at <paramref name="k"/>, read leftwards (over a parenthesised acronym).</summary>
    private List<ResolvedMention> ScanSubject(int k, HeadUse use = HeadUse.Agent)
    {
        var i = k;
        while (i >= 0 && k - i < 18)
        {
            if (View.IsQuoted(i))
                break;
            var w = Word(i);
            if (w == ")" && OpeningParenthesis(i) is var open and >= 0)
            {
                i = open - 1;
                continue;
            }

            if (w == ",")
            {
                if (View.MentionAt(i - 1) is not null && View.MentionAt(i + 1) is not null && LinkBetween(i, k + 1))
                {
                    i--;
                    continue;
                }

                break;
            }

            if (View.IsBreak(i) || Words.ClauseOpeners.Contains(w) && View.MentionAt(i) is null)
                break;
            if (w == "and" && View.MentionAt(i - 1) is null && !Words.AgentNouns.Contains(Word(i - 1)) && View.MentionAt(i + 1) is null)
                break;
            if (IsVerbLike(i) && i != k)
                break;
            i--;
        }

        return NounPhrase.Heads(View, i + 1, k + 1, use, allowPrepositional: use == HeadUse.Patient);
    }

    private int OpeningParenthesis(int close)
    {
        for (var j = close - 1; j >= Math.Max(0, close - 8); j--)
        {
            if (Word(j) == "(")
                return j;
        }

        return -1;
    }

    private int ClosingParenthesis(int open)
    {
        for (var j = open + 1; j < Math.Min(Count, open + 8); j++)
        {
            if (Word(j) == ")")
                return j;
        }

        return -1;
    }

    private bool IsVerbLike(int i)
    {
        if (View.MentionAt(i) is not null || View.IsCapitalized(i))
            return false;
        var w = Word(i);
        return Words.Be.Contains(w) && w != "'s" || Words.Have.Contains(w) || Words.Do.Contains(w) || Words.IntentModals.Contains(w)
            || Words.SpeculativeModals.Contains(w) || Lexicon.AllVerbs.Contains(w) && !Words.Determiners.Contains(Word(i - 1))
            || w.EndsWith("ed", StringComparison.Ordinal) && !AdjectivesInEd.Contains(w) && !Words.Determiners.Contains(Word(i - 1));
    }

    /// <summary>
    /// The subject a participle or a second verb shares with its clause ("…, saying", "X did A and said B"): the
    /// subject of the nearest earlier verb of the same clause, else the clause's first noun phrase.
    /// </summary>
    public List<ResolvedMention> MainSubject(int t)
    {
        // Inside what a verb of saying reports, only that report's verbs and its first phrase lend a subject ("X said
        // soldiers burned villages and killed …": not X).
        var complement = ComplementOf(t);
        var start = complement >= 0 ? Math.Max(ClauseStart(t), complement + 1) : ClauseStart(t);
        for (var n = _verbs.Count - 1; n >= 0; n--)
        {
            var v = _verbs[n];
            if (v >= t || v < start)
                continue;
            if (ComplementOf(v) != complement && (ComplementOf(v) >= 0 || complement >= 0) || IsConditional(v))
                continue;
            var s = SubjectOf(v);
            if (s.Count > 0)
                return [.. s];
        }

        if (complement >= 0)
        {
            var reported = Word(start) == "that" ? start + 1 : start;
            var reportedEnd = reported;
            while (reportedEnd < t && !View.IsBreak(reportedEnd) && !View.IsQuoted(reportedEnd) && !IsVerbLike(reportedEnd))
                reportedEnd++;
            return NounPhrase.Heads(View, reported, reportedEnd, HeadUse.Agent);
        }

        // "X, who chairs Y, spoke with … and urged …": past a relative clause that closes with a comma, the subject is
        // the phrase the clause describes when that phrase opens the sentence's clause (not "travel to Russia, which …").
        if (start >= 3 && Word(start - 1) is "which" or "who" or "whom" && Word(start - 2) == "," && View.IndexOf(",", start, t) >= 0
            && ClauseInitialPhrase(start - 2) is var (from, end) && end == start - 2)
            return NounPhrase.Heads(View, from, end, HeadUse.Agent);
        return ClauseInitialSubject(t);
    }

    /// <summary>The first noun phrase of the clause holding <paramref name="t"/>, after fronted adverbials ("On Monday, Johnson …").</summary>
    public List<ResolvedMention> ClauseInitialSubject(int t)
    {
        var (s, e) = ClauseInitialPhrase(t);
        return NounPhrase.Heads(View, s, e, HeadUse.Agent);
    }

    /// <summary>Where the first noun phrase of the clause holding <paramref name="t"/> begins and ends (exclusive).</summary>
    private (int Start, int End) ClauseInitialPhrase(int t)
    {
        var s = ClauseStart(t);
        for (var round = 0; round < 3 && s < t; round++)
        {
            while (s < t && (View.IsQuoted(s) || View.IsBreak(s)))
                s++;
            var w = Word(s);
            var fronted = Words.Prepositions.Contains(w) || Words.ClauseOpeners.Contains(w) || View.IsAdverb(s)
                || w is "and" or "but" or "so" or "yet" or "meanwhile" or "however" or "still" or "also" or "then" or "now";
            if (!fronted)
                break;
            var comma = View.IndexOf(",", s, t);
            if (comma < 0)
            {
                if (w is "and" or "but" or "so" or "yet" || View.IsAdverb(s))
                {
                    s++;
                    continue;
                }

                break;
            }

            s = comma + 1;
        }

        var e = s;
        while (e < t && !View.IsBreak(e) && !View.IsQuoted(e) && !IsVerbLike(e) && !(View.IsAdverb(e) && View.MentionAt(e) is null))
            e++;
        return (s, e);
    }

    /// <summary>Where the clause holding <paramref name="t"/> begins: after ";", ":" or a relative "which"/"who".</summary>
    public int ClauseStart(int t)
    {
        for (var i = t - 1; i >= 0; i--)
        {
            if (View.IsQuoted(i) && !View.IsQuoted(t))
                continue;
            if (Word(i) is ";" or ":" or "which" or "who" or "whom")
                return i + 1;
        }

        return 0;
    }
}
