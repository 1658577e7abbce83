using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>How a noun phrase's mentions may stand for the actor.</summary>
internal enum HeadUse
{
    /// <summary>The phrase acts (a subject): a demonym counts only before an agent noun ("Russian troops").</summary>
    Agent,
    /// <summary>The phrase undergoes the action (an object): a demonym counts before any noun ("Iraqi towns").</summary>
    Patient,
}

/// <summary>
/// Picks the mentions that a span of tokens is about. Without a parser the head is found by rank: a person named
/// outside any prepositional phrase; else a name that ends the phrase ("the U.S."); else a possessor
/// ("Russia's ambassador"); else a name modifying a noun ("State Department officials"); else a demonym
/// ("Polish troops"). Mentions inside a prepositional phrase ("the ambassador to the U.N.") never head it.
/// Coordinated heads of the best rank all count ("Hungary and Romania").
/// </summary>
internal static class NounPhrase
{
    private const int PersonRank = 0;
    private const int NameRank = 1;
    private const int PossessorRank = 2;
    private const int ModifierRank = 3;
    private const int DemonymRank = 4;
    private const int PrepositionalRank = 5;

    public static List<ResolvedMention> Heads(SentenceView v, int from, int to, HeadUse use, bool allowPrepositional = false)
    {
        var heads = new List<ResolvedMention>();
        foreach (var (a, b) in Conjuncts(v, from, to))
        {
            foreach (var m in BestOf(v, a, b, from, to, use, allowPrepositional))
            {
                // "Iranian-backed militias", "the US-based assets": a place or a patron is not whose the phrase is.
                if (!heads.Any(h => h.EntityId == m.EntityId) && !Words.IsBasedOrBackedBy(v, m.EndToken - 1))
                    heads.Add(m);
            }
        }

        return heads;
    }

    /// <summary>
    /// The coordinated parts of [from, to): split at "and" / "or" outside names, and at commas of a list that
    /// ends in "and" ("Britain, France and Germany").
    /// </summary>
    private static List<(int From, int To)> Conjuncts(SentenceView v, int from, int to)
    {
        to = Math.Min(to, v.Count);
        var links = new List<int>();
        var lastAnd = -1;
        for (var i = from; i < to; i++)
        {
            if (v.MentionAt(i) is null && v.Word(i) is "and" or "or" or "&")
            {
                links.Add(i);
                lastAnd = i;
            }
        }

        for (var i = from; i < lastAnd; i++)
        {
            if (v.Word(i) == "," && v.MentionAt(i) is null)
                links.Add(i);
        }

        links.Sort();
        var parts = new List<(int, int)>();
        var start = from;
        foreach (var link in links)
        {
            if (link > start)
                parts.Add((start, link));
            start = link + 1;
        }

        if (start < to)
            parts.Add((start, to));
        return parts;
    }

    /// <summary>The best-ranked mentions of one conjunct [a, b) of the phrase [from, to).</summary>
    private static List<ResolvedMention> BestOf(SentenceView v, int a, int b, int from, int to, HeadUse use, bool allowPrepositional)
    {
        var ranked = new List<(ResolvedMention Mention, int Rank)>();
        ResolvedMention? last = null;
        for (var i = Math.Max(0, a); i < Math.Min(b, v.Count); i++)
        {
            var m = v.MentionAt(i);
            if (m is null || ReferenceEquals(m, last))
                continue;
            last = m;
            if (m.FirstToken < a)
                continue;
            var rank = Rank(v, m, from, b, use);
            if (rank == PrepositionalRank && !allowPrepositional)
                continue;
            if (rank >= 0)
                ranked.Add((m, rank));
        }

        if (ranked.Count == 0)
            return [];
        var best = ranked.Min(r => r.Rank);
        return [ranked.First(r => r.Rank == best).Mention];
    }

    /// <summary>The rank of a mention as the head of a phrase ending at <paramref name="to"/>; -1 when it cannot head it.</summary>
    private static int Rank(SentenceView v, ResolvedMention m, int from, int to, HeadUse use)
    {
        var floor = 0;
        var preposition = PrepositionBefore(v, m, from);
        if (preposition >= 0)
        {
            // "Leaders of the coalition", "Security forces in Guinea": the named group acts through its members.
            if (use == HeadUse.Agent && v.Word(preposition) is "of" or "from" or "in" && Words.AgentNouns.Contains(v.Word(preposition - 1))
                && m.Type != EntityType.Location)
                floor = DemonymRank;
            else
                return PrepositionalRank;
        }

        var own = OwnRank(v, m, to, use);
        return own < 0 ? -1 : Math.Max(floor, own);
    }

    private static int OwnRank(SentenceView v, ResolvedMention m, int to, HeadUse use)
    {
        var possessive = v.IsPossessiveMark(m.EndToken) && m.EndToken + 1 < to
            || m.Kind == MentionKind.Pronoun && Words.PossessivePronouns.Contains(m.Text.ToLowerInvariant());
        if (possessive)
            return PossessorRank;
        if (m.Kind == MentionKind.Demonym)
            return use == HeadUse.Patient || BeforeAgentNoun(v, m.EndToken, to) ? DemonymRank : -1;
        if (m.Type == EntityType.Person)
            return PersonRank;
        return ModifiesNoun(v, m.EndToken, to) ? ModifierRank : NameRank;
    }

    /// <summary>
    /// The preposition governing the mention, or -1: walking left over determiners, capitalised title words,
    /// possessives and coordinated names reaches "of", "to", "with"… "of" between two capitalised words is part
    /// of a name or title ("Secretary of State").
    /// </summary>
    private static int PrepositionBefore(SentenceView v, ResolvedMention m, int from)
    {
        var coordinated = false;
        var modifiers = 0;
        for (var j = m.FirstToken - 1; j >= from; j--)
        {
            var other = v.MentionAt(j);
            if (other is not null && !ReferenceEquals(other, m))
            {
                // "Somalia's capital Mogadishu": a possessor belongs to the same phrase.
                if (!coordinated && !v.IsPossessiveMark(other.EndToken))
                    return -1;
                j = other.FirstToken;
                continue;
            }

            var w = v.Word(j);
            if (w == "of" && v.IsCapitalized(j - 1) && v.IsCapitalized(j + 1))
                continue;
            if (Words.Prepositions.Contains(w))
                return j;
            if (w is "and" or "or" or "," or "&")
            {
                coordinated = true;
                modifiers = 0;
                continue;
            }

            if (Words.Determiners.Contains(w) || v.IsPossessiveMark(j) || v.IsCapitalized(j) || w.Length > 0 && char.IsDigit(w[0]))
                continue;
            // "of southern Serbia": a modifier or two between the preposition and the name.
            if (++modifiers <= 2 && w.Length > 0 && char.IsLetter(w[0]) && !Words.ClauseOpeners.Contains(w) && !Lexicon.AllVerbs.Contains(w)
                && !Words.Be.Contains(w) && !Words.Have.Contains(w))
                continue;
            return -1;
        }

        return -1;
    }

    /// <summary>
    /// A demonym that stands for its country: before an agent noun, possibly after a modifier or two ("Irish
    /// nationalist guerrillas"), or alone ("the Palestinians").
    /// </summary>
    private static bool BeforeAgentNoun(SentenceView v, int after, int to)
    {
        var next = v.Word(after);
        if (after >= to || v.IsBreak(after) || Words.Prepositions.Contains(next) || Words.ClauseOpeners.Contains(next))
            return true;
        for (var j = after; j < Math.Min(to, after + 4); j++)
        {
            var w = v.Word(j);
            if (Words.AgentNouns.Contains(w))
                return true;
            if (v.IsBreak(j) && w != "," || Words.Prepositions.Contains(w) || Words.ClauseOpeners.Contains(w) || Lexicon.AllVerbs.Contains(w))
                return false;
        }

        return false;
    }

    /// <summary>True when the mention only modifies a noun after it ("U.S. service members", "Syrian Government websites").</summary>
    public static bool IsModifier(SentenceView v, ResolvedMention m) => ModifiesNoun(v, m.EndToken, v.Count);

    /// <summary>A name followed by a noun of the same phrase modifies it ("U.S. officials", "Security Council meeting").</summary>
    private static bool ModifiesNoun(SentenceView v, int after, int to)
    {
        if (after >= to || v.IsBreak(after))
            return false;
        var w = v.Word(after);
        if (w.Length == 0 || !char.IsLetter(w[0]) || v.MentionAt(after) is not null)
            return false;
        return !Words.Prepositions.Contains(w) && !Words.ClauseOpeners.Contains(w) && w is not ("and" or "or")
            && !Words.Be.Contains(w) && !Words.Have.Contains(w) && !Words.IntentModals.Contains(w)
            && !Words.SpeculativeModals.Contains(w) && !Lexicon.AllVerbs.Contains(w) && !v.IsAdverb(after);
    }
}
