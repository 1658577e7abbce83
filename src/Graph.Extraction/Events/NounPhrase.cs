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
        var ranked = new List<(ResolvedMention Mention, int Rank)>();
        ResolvedMention? last = null;
        for (var i = Math.Max(0, from); i < Math.Min(to, v.Count); i++)
        {
            var m = v.MentionAt(i);
            if (m is null || ReferenceEquals(m, last))
                continue;
            last = m;
            if (m.FirstToken < from)
                continue;
            var rank = Rank(v, m, from, to, use);
            if (rank == PrepositionalRank && !allowPrepositional)
                continue;
            if (rank >= 0)
                ranked.Add((m, rank));
        }

        if (ranked.Count == 0)
            return [];
        var best = ranked.Min(r => r.Rank);
        var heads = new List<ResolvedMention>();
        foreach (var (m, rank) in ranked)
        {
            if (rank != best)
                continue;
            if (heads.Count > 0 && !Coordinated(v, heads[^1], m))
                break;
            if (!heads.Any(h => h.EntityId == m.EntityId))
                heads.Add(m);
        }

        return heads;
    }

    /// <summary>The rank of a mention as the head of [from, to); -1 when it cannot head it.</summary>
    private static int Rank(SentenceView v, ResolvedMention m, int from, int to, HeadUse use)
    {
        if (InPrepositionalPhrase(v, m, from))
            return PrepositionalRank;
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
    /// True when a preposition governs the mention: walking left over determiners, capitalised title words and
    /// possessives reaches "of", "to", "with"… ("the ambassador to the United Nations"). "of" between two
    /// capitalised words is part of a name or title ("Secretary of State").
    /// </summary>
    public static bool InPrepositionalPhrase(SentenceView v, ResolvedMention m, int from)
    {
        for (var j = m.FirstToken - 1; j >= from; j--)
        {
            var other = v.MentionAt(j);
            if (other is not null && !ReferenceEquals(other, m))
                return false;
            var w = v.Word(j);
            if (w == "of" && v.IsCapitalized(j - 1) && v.IsCapitalized(j + 1))
                continue;
            if (Words.Prepositions.Contains(w))
                return true;
            if (Words.Determiners.Contains(w) || v.IsPossessiveMark(j) || v.IsCapitalized(j) || w.Length > 0 && char.IsDigit(w[0]))
                continue;
            return false;
        }

        return false;
    }

    /// <summary>A demonym that stands for its country: before an agent noun, or alone ("the Palestinians").</summary>
    private static bool BeforeAgentNoun(SentenceView v, int after, int to)
    {
        if (after >= to || v.IsBreak(after))
            return true;
        for (var j = after; j < Math.Min(to, after + 5); j++)
        {
            var w = v.Word(j);
            if (Words.AgentNouns.Contains(w))
                return true;
            var other = v.MentionAt(j);
            if (w is "and" or "," or "-" || other is not null || v.IsCapitalized(j))
                continue;
            return false;
        }

        return false;
    }

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

    /// <summary>Two mentions joined only by "and", commas, "as well as", "along with" and the words of their phrases.</summary>
    private static bool Coordinated(SentenceView v, ResolvedMention a, ResolvedMention b)
    {
        var sawLink = false;
        for (var j = a.EndToken; j < b.FirstToken; j++)
        {
            var w = v.Word(j);
            if (w is "and" or "&" or "," or "as" or "well" or "along" or "together" or "plus")
                sawLink = true;
            else if (w is "with" && (v.Word(j - 1) is "along" or "together"))
                sawLink = true;
            else if (!Words.Determiners.Contains(w) && !v.IsPossessiveMark(j) && !v.IsCapitalized(j) && !Words.AgentNouns.Contains(w))
                return false;
        }

        return sawLink;
    }
}
