using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>What follows a trigger: its object, prepositional phrases, "between X and Y" and the place of the event.</summary>
internal sealed partial class SentenceContext
{
    private static readonly HashSet<string> UnnamedHeads = new(StringComparer.Ordinal)
    {
        "those", "anyone", "anybody", "everyone", "everybody", "others", "whoever", "them", "him", "her", "us", "me",
        "it", "themselves", "himself", "herself", "someone", "somebody", "nobody", "people",
    };

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
            // "expelled two diplomats it accused of spying": a subject pronoun after the noun opens a clause on it.
            if (e > i && View.Text(e) is "it" or "they" or "he" or "she" or "we")
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
            // "lashed out at Washington", "took aim at Manila": the one aimed at, not a place.
            if (View.IsQuoted(i) || Word(i) is not ("in" or "at") || Word(i) == "at" && i > 0 && Word(i - 1) is "out" or "aim")
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
}
