using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Shallow clause reading of one sentence for the event rules: the verb group before a trigger, its subject
/// (also through "and", participles, appositions and infinitives), the phrase after it, prepositional phrases,
/// "between X and Y", and the regions where triggers report no event of their own (inside a complement of
/// "said"/"denied", inside an "if" clause).
/// </summary>
internal sealed class SentenceContext
{
    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "met", "held", "sent", "struck", "shot", "told", "given", "seen", "taken", "made", "hit", "fought", "brought",
        "spoken", "frozen", "withheld", "overrun", "beaten", "bought", "caught", "kept", "left", "put", "set", "cut",
        "won", "thrown", "shown", "known", "done", "begun", "retaken", "said", "built",
    };

    private static readonly HashSet<string> AdjectivesInEd = new(StringComparer.Ordinal)
    {
        "armed", "united", "alleged", "unnamed", "elected", "so-called", "detained", "exiled", "ousted", "embattled",
        "besieged", "occupied", "disputed", "annexed", "advanced", "self-declared", "self-proclaimed", "renewed",
        "continued", "increased", "heated", "unprecedented", "unified", "concerned", "interested", "qualified",
        "suspected", "masked", "unidentified", "jailed", "imprisoned", "wanted", "indicted", "convicted", "retired",
    };

    private static readonly HashSet<string> UnnamedHeads = new(StringComparer.Ordinal)
    {
        "those", "anyone", "anybody", "everyone", "everybody", "others", "whoever", "them", "him", "her", "us", "me",
        "it", "themselves", "himself", "herself", "someone", "somebody", "nobody", "people",
    };

    private readonly Dictionary<int, List<ResolvedMention>> _subjects = [];
    private readonly Dictionary<int, VerbGroup> _groups = [];
    private readonly int[] _complementOf;
    private readonly bool[] _conditional;
    private readonly List<int> _verbs = [];

    public SentenceContext(SentenceView view)
    {
        View = view;
        _complementOf = Enumerable.Repeat(-1, view.Count).ToArray();
        _conditional = new bool[view.Count];
        for (var i = 0; i < view.Count; i++)
        {
            if (!view.IsQuoted(i) && Lexicon.AllVerbs.Contains(view.Word(i)) && !IsNounUse(i))
                _verbs.Add(i);
        }

        MarkRegions();
        var last = view.Count - 1;
        while (last >= 0 && view.IsQuoteMark(last))
            last--;
        IsQuestion = last >= 0 && view.Word(last) == "?" && !view.IsQuoted(last);
    }

    public SentenceView View { get; }

    public int Count => View.Count;

    public string Word(int i) => View.Word(i);

    /// <summary>The speech or denial verb whose complement holds token <paramref name="i"/>, or -1.</summary>
    public int ComplementOf(int i) => i >= 0 && i < _complementOf.Length ? _complementOf[i] : -1;

    /// <summary>True inside an "if" / "unless" clause: a condition, not a reported event.</summary>
    public bool IsConditional(int i) => i >= 0 && i < _conditional.Length && _conditional[i];

    /// <summary>Inside the complement of a denial: whatever it says, the speaker says it did not happen.</summary>
    public bool IsDenied(int i) => ComplementOf(i) is var c and >= 0 && Lexicon.Deny.Contains(Word(c));

    /// <summary>
    /// A trigger that can report an event: outside quotes, conditions and denials, and not in a question ("Will
    /// Russia invade?") unless it is the verb of saying that reports the question.
    /// </summary>
    public bool IsAsserted(int i) =>
        !View.IsQuoted(i) && !IsConditional(i) && !IsDenied(i) && !(IsQuestion && !Lexicon.Say.Contains(Word(i)));

    /// <summary>The sentence (outside quotes) ends with a question mark.</summary>
    public bool IsQuestion { get; }

    /// <summary>After a determiner or possessive the word is a noun ("a visit", "Tuesday's call"), not a verb.</summary>
    public bool IsNounUse(int i)
    {
        var w = Word(i - 1);
        // "the decision of sending troops": a gerund after "of" names an act, it does not report one.
        if (w == "of" && Word(i).EndsWith("ing", StringComparison.Ordinal))
            return true;
        return Words.Determiners.Contains(w) && w is not ("that" or "all" or "both" or "each") || View.IsPossessiveMark(i - 1)
            || w is "first" or "second" or "recent" or "latest" or "new" or "heated" or "brief" or "phone" or "telephone" or "joint" or "further";
    }

    // --- verb group ---

    public VerbGroup VerbGroupOf(int t)
    {
        if (_groups.TryGetValue(t, out var cached))
            return cached;
        bool negated = false, intent = false, speculative = false;
        string? closest = null;
        var j = t - 1;
        for (; j >= 0; j--)
        {
            var w = Word(j);
            if (View.IsQuoted(j) && !View.IsQuoted(t))
                break;
            if (Words.IntentModals.Contains(w))
                intent = true;
            else if (Words.SpeculativeModals.Contains(w))
                speculative = true;
            else if (Words.Negations.Contains(w))
            {
                negated = true;
                continue;
            }
            else if (w.EndsWith("n't", StringComparison.Ordinal))
            {
                negated = true;
                intent |= w is "won't" or "wouldn't";
                speculative |= w is "couldn't" or "can't" or "mustn't" or "shouldn't";
                closest ??= w.StartsWith("was", StringComparison.Ordinal) || w.StartsWith("were", StringComparison.Ordinal)
                    || w.StartsWith("is", StringComparison.Ordinal) || w.StartsWith("are", StringComparison.Ordinal) ? "be" : "aux";
                continue;
            }
            else if (Words.Be.Contains(w) && w != "'s")
                closest ??= "be";
            else if (Words.Have.Contains(w) || Words.Do.Contains(w))
                closest ??= "aux";
            else if (View.IsAdverb(j) || IsDateWord(j))
                continue;
            else
                break;

            closest ??= "aux";
        }

        var start = j + 1;
        var passive = closest == "be" && IsParticiple(Word(t));
        var governor = -1;
        var refused = false;
        if (Word(start - 1) == "to")
        {
            var g = start - 2;
            while (g >= 0 && (View.IsAdverb(g) || Words.Negations.Contains(Word(g))))
                g--;
            governor = g;
            var gw = Word(g);
            if (Words.RefusalGovernors.Contains(gw))
                refused = true;
            else if (Words.IntentGovernors.Contains(gw))
                intent = true;
            if (g >= 0)
            {
                var outer = VerbGroupOf(g);
                negated |= outer.Negated;
                speculative |= outer.Speculative;
                refused |= outer.Refused;
                intent |= outer.Intent && !outer.Refused;
            }
        }
        else if (Word(t).EndsWith("ing", StringComparison.Ordinal) && Words.Aspectuals.Contains(Word(start - 1)))
        {
            governor = start - 1;
            var outer = VerbGroupOf(governor);
            negated |= outer.Negated;
            intent |= outer.Intent;
            speculative |= outer.Speculative;
        }

        var group = new VerbGroup(start, negated, intent, speculative, passive, governor, refused);
        _groups[t] = group;
        return group;
    }

    /// <summary>The chain of governing verbs above a trigger ("prepared" and "resume" above "shelling").</summary>
    public IEnumerable<int> Governors(int t)
    {
        for (var g = VerbGroupOf(t).Governor; g >= 0; g = VerbGroupOf(g).Governor)
            yield return g;
    }

    private bool IsDateWord(int j)
    {
        var w = Word(j);
        if (Words.Weekdays.Contains(w) || Words.Months.Contains(w) || w.Length > 0 && char.IsDigit(w[0]))
            return true;
        return w is "on" or "in" && (Words.Weekdays.Contains(Word(j + 1)) || Words.Months.Contains(Word(j + 1)));
    }

    private static bool IsParticiple(string w) => w.EndsWith("ed", StringComparison.Ordinal) || Participles.Contains(w);

    // --- subjects ---

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
        var start = ClauseStart(t);
        for (var n = _verbs.Count - 1; n >= 0; n--)
        {
            var v = _verbs[n];
            if (v >= t || v < start)
                continue;
            if (ComplementOf(v) >= 0 && ComplementOf(t) != ComplementOf(v) || IsConditional(v))
                continue;
            var s = SubjectOf(v);
            if (s.Count > 0)
                return [.. s];
        }

        return ClauseInitialSubject(t);
    }

    /// <summary>The first noun phrase of the clause holding <paramref name="t"/>, after fronted adverbials ("On Monday, Johnson …").</summary>
    public List<ResolvedMention> ClauseInitialSubject(int t)
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
        return NounPhrase.Heads(View, s, e, HeadUse.Agent);
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

    // --- objects and prepositional phrases ---

    /// <summary>The first of <paramref name="words"/> within <paramref name="reach"/> tokens after <paramref name="t"/>, before a break; else -1.</summary>
    public int Ahead(int t, HashSet<string> words, int reach)
    {
        for (var j = t + 1; j < Math.Min(Count, t + 1 + reach); j++)
        {
            if (View.IsBreak(j) || View.IsQuoted(j))
                return -1;
            if (words.Contains(Word(j)))
                return j;
        }

        return -1;
    }

    /// <summary>The heads of the noun phrase starting at <paramref name="i"/> and where it ends.</summary>
    public (List<ResolvedMention> Heads, int End) PhraseAt(int i, HeadUse use)
    {
        // "denounced those still opposing X's decision": the object is someone unnamed.
        if (View.MentionAt(i) is null && UnnamedHeads.Contains(Word(i)))
            return ([], i + 1);
        var e = i;
        var found = false;
        while (e < Count && e - i < 14)
        {
            if (View.IsQuoted(e))
                break;
            var w = Word(e);
            if (QuantifierLength(e) is var q and > 0)
            {
                e += q;
                continue;
            }

            if (w == ",")
            {
                if (View.MentionAt(e - 1) is not null && MentionAhead(e + 1) && LinkBetween(e + 1, NextBreak(e + 1)))
                {
                    e++;
                    continue;
                }

                break;
            }

            if (w == "(" && found && ClosingParenthesis(e) is var close and >= 0)
            {
                e = close + 1;
                continue;
            }

            if (View.IsBreak(e))
                break;
            if (View.MentionAt(e) is not null)
            {
                found = true;
                e++;
                continue;
            }

            // "positions of the Palestinian forces", "a village in Western Cambodia": the object's own modifiers.
            if (w == "of" || use == HeadUse.Patient && w is "in" or "near" or "on" && Words.PlaceNouns.Contains(Word(e - 1)))
            {
                if (found)
                    break;
                e++;
                continue;
            }

            if (Words.Prepositions.Contains(w) || Words.ClauseOpeners.Contains(w))
                break;
            if (w is "and" or "or")
            {
                if (MentionAhead(e + 1))
                {
                    e++;
                    continue;
                }

                break;
            }

            if (e > i && IsVerbLike(e))
                break;
            e++;
        }

        return (NounPhrase.Heads(View, i, e, use, allowPrepositional: use == HeadUse.Patient), e);
    }

    /// <summary>An "and" / "or" in [from, to): a comma before it separates list items ("Britain, France and Germany").</summary>
    private bool LinkBetween(int from, int to)
    {
        for (var j = from; j < Math.Min(to, Count); j++)
        {
            if (Word(j) is "and" or "or" && View.MentionAt(j) is null)
                return true;
        }

        return false;
    }

    /// <summary>The next break (other than a list comma's own position) at or after <paramref name="from"/>.</summary>
    private int NextBreak(int from)
    {
        var j = from;
        while (j < Count && !(View.IsBreak(j) && Word(j) != ",") && !View.IsQuoted(j))
            j++;
        return j;
    }

    /// <summary>The length of a quantifier that looks like a preposition or clause word ("at least", "more than", "up to"), or 0.</summary>
    private int QuantifierLength(int e) => (Word(e), Word(e + 1)) switch
    {
        ("at", "least" or "most") => 2,
        ("up", "to") => 2,
        ("more" or "fewer" or "less" or "other", "than") => 2,
        ("as", "many" or "much" or "few") when Word(e + 2) == "as" => 3,
        _ => 0,
    };

    /// <summary>True when the phrase at <paramref name="i"/> counts people ("23 people", "at least three soldiers").</summary>
    public bool CountsPeople(int i)
    {
        var j = i;
        while (QuantifierLength(j) is var q and > 0)
            j += q;
        if (Word(j) is "some" or "about" or "nearly" or "almost" or "around" or "over")
            j++;
        var w = Word(j);
        return w.Length > 0 && (char.IsDigit(w[0]) || Numbers.Contains(w));
    }

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
        "hundreds", "thousands", "scores", "several", "dozen", "fifteen", "twenty", "thirty", "fifty",
    };

    /// <summary>A name within the next few words that ends its phrase (a break or the sentence end follows it).</summary>
    private bool AppositionAhead(int k)
    {
        for (var j = k; j < Math.Min(Count, k + 5); j++)
        {
            if (View.MentionAt(j) is { } m)
                return m.EndToken >= Count || View.IsBreak(m.EndToken);
            if (View.IsBreak(j) || !(Words.Determiners.Contains(Word(j)) || View.IsCapitalized(j)))
                return false;
        }

        return false;
    }

    /// <summary>A mention within the next few words, before any break.</summary>
    private bool MentionAhead(int k)
    {
        for (var j = k; j < Math.Min(Count, k + 4); j++)
        {
            if (View.MentionAt(j) is not null)
                return true;
            if (View.IsBreak(j) || !(Words.Determiners.Contains(Word(j)) || View.IsCapitalized(j) || Words.AgentNouns.Contains(Word(j))))
                return false;
        }

        return false;
    }

    /// <summary>
    /// The heads after the first of <paramref name="prepositions"/> that follows <paramref name="t"/> within
    /// <paramref name="reach"/> tokens in the same clause and names someone.
    /// </summary>
    public List<ResolvedMention> AfterPreposition(int t, HashSet<string> prepositions, int reach = 12, HeadUse use = HeadUse.Patient)
    {
        for (var p = t + 1; p < Math.Min(Count, t + 1 + reach); p++)
        {
            var w = Word(p);
            if (View.IsQuoted(p) || w is ";" or ":" || w is "which" or "who" or "that" or "if" or "unless" or "while" or "because")
                break;
            if (!prepositions.Contains(w))
                continue;
            var (heads, _) = PhraseAt(p + 1, use);
            if (heads.Count > 0)
                return heads;
        }

        return [];
    }

    /// <summary>The sides of "between X and Y" in the clause around <paramref name="t"/> (the nearest "between").</summary>
    public List<ResolvedMention> Between(int t)
    {
        var start = ClauseStart(t);
        var best = -1;
        for (var i = start; i < Count; i++)
        {
            if (View.IsQuoted(i) || i > t && Word(i) is ";" or "which" or "who")
                break;
            if (Word(i) == "between" && (best < 0 || Math.Abs(i - t) < Math.Abs(best - t)))
                best = i;
        }

        if (best < 0 || Math.Abs(best - t) > 12)
            return [];
        var heads = new List<ResolvedMention>();
        var part = best + 1;
        var e = best + 1;
        for (; e < Count && e - best < 30; e++)
        {
            var w = Word(e);
            if (View.IsQuoted(e))
                break;
            if (w == "and" && View.MentionAt(e) is null)
            {
                heads.AddRange(NounPhrase.Heads(View, part, e, HeadUse.Agent));
                part = e + 1;
                continue;
            }

            if (w == ",")
            {
                // Only an apposition naming the same side: "his Russian counterpart, Foreign Minister Sergey Lavrov,".
                if (Word(e + 1) is "in" or "which" or "who" or "where" || !AppositionAhead(e + 1))
                    break;
                continue;
            }

            if (View.IsBreak(e) || Words.ClauseOpeners.Contains(w) || Words.Prepositions.Contains(w) && w != "of"
                || IsVerbLike(e))
                break;
        }

        heads.AddRange(NounPhrase.Heads(View, part, e, HeadUse.Agent));
        return heads;
    }

    /// <summary>
    /// The place of "in P" / "at P" nearest to <paramref name="t"/> within its stretch of the sentence (between
    /// punctuation and clause openers), other than <paramref name="exclude"/>; a city wins over a country.
    /// </summary>
    public string? PlaceNear(int t, IReadOnlyCollection<string> exclude)
    {
        var start = t;
        while (start > 0 && !View.IsBreak(start - 1) && !(Words.ClauseOpeners.Contains(Word(start - 1)) && Word(start - 1) != "as"))
            start--;
        var end = t + 1;
        while (end < Count && !View.IsBreak(end) && !(Words.ClauseOpeners.Contains(Word(end)) && Word(end) != "as"))
            end++;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestIsLocation = false;
        for (var i = start; i < end; i++)
        {
            if (View.IsQuoted(i) || Word(i) is not ("in" or "at"))
                continue;
            var j = i + 1;
            while (Word(j) is "the" || View.IsCapitalized(j) && View.MentionAt(j) is null && j < i + 3)
                j++;
            if (View.MentionAt(j) is not { } m || m.Kind is MentionKind.Demonym or MentionKind.Pronoun
                || m.Type is not (EntityType.Location or EntityType.Country) || exclude.Contains(m.EntityId)
                || View.IsPossessiveMark(m.EndToken))
                continue;
            var isLocation = m.Type == EntityType.Location;
            var distance = Math.Abs(i - t);
            if (best is null || isLocation && !bestIsLocation || isLocation == bestIsLocation && distance < bestDistance)
            {
                best = m.EntityId;
                bestDistance = distance;
                bestIsLocation = isLocation;
            }
        }

        return best;
    }

    // --- regions ---

    /// <summary>"… and accuses Washington": a second reporting verb of the same subject ends the complement of the first.</summary>
    private bool SecondReportingVerb(int j)
    {
        if (Word(j) is not ("and" or "but"))
            return false;
        var k = j + 1;
        while (View.IsAdverb(k) || Words.Have.Contains(Word(k)))
            k++;
        var w = Word(k);
        return Lexicon.Say.Contains(w) || Lexicon.Appeal.Contains(w) || Lexicon.Deny.Contains(w) || Lexicon.Demand.Contains(w)
            || Lexicon.Accuse.Contains(w) || Lexicon.Criticize.Contains(w) || Lexicon.Praise.Contains(w);
    }

    private void MarkRegions()
    {
        for (var i = 0; i < Count; i++)
        {
            if (View.IsQuoted(i))
                continue;
            var w = Word(i);
            if (w is "if" or "unless" or "whether")
            {
                for (var j = i; j < Count && !(Word(j) is "," or ";" or ":" && j > i) && !View.IsQuoted(j); j++)
                    _conditional[j] = true;
                continue;
            }

            var opensComplement = (Lexicon.Say.Contains(w) || Lexicon.Appeal.Contains(w) || Lexicon.Deny.Contains(w) || Lexicon.Demand.Contains(w))
                && !IsNounUse(i) && !View.IsBreak(i + 1) && !View.IsQuoted(i + 1);
            if (!opensComplement)
                continue;
            for (var j = i + 1; j < Count; j++)
            {
                if (View.IsQuoted(j) || Word(j) is "," or ";" or ":" or "\u2014" or "--" or "(" || SecondReportingVerb(j))
                    break;
                if (_complementOf[j] < 0)
                    _complementOf[j] = i;
            }
        }
    }
}
