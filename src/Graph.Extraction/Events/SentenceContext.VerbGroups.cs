namespace Graph.Extraction.Events;

/// <summary>The verb group before a trigger: auxiliaries, negation, modals, passive voice and governing verbs.</summary>
internal sealed partial class SentenceContext
{
    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "met", "held", "sent", "struck", "shot", "told", "given", "seen", "taken", "made", "hit", "fought", "brought",
        "spoken", "frozen", "withheld", "overrun", "beaten", "bought", "caught", "kept", "left", "put", "set", "cut",
        "won", "thrown", "shown", "known", "done", "begun", "retaken", "said", "built",
    };

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
}
