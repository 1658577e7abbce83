using Graph.Core.Model;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Events;

/// <summary>
/// Shallow clause reading of one sentence for the event rules: the verb group before a trigger, its subject
/// (also through "and", participles, appositions and infinitives), the phrase after it, prepositional phrases,
/// "between X and Y", and the regions where triggers report no event of their own (inside a complement of
/// "said"/"denied", inside an "if" clause).
/// </summary>
internal sealed partial class SentenceContext
{
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
        !View.IsQuoted(i) && !IsConditional(i) && !IsDenied(i) && !(IsQuestion && !Lexicon.Say.Contains(Word(i))) && !IsNamePart(i);

    /// <summary>
    /// "Sultan Haitham bin Tarik Al Said", "Ahmed Said": a word inside a person's name after its first is part of the
    /// name, not a verb.
    /// </summary>
    private bool IsNamePart(int i) =>
        View.MentionAt(i) is { Type: EntityType.Person } m && View.MentionAt(i - 1) == m;

    /// <summary>The sentence (outside quotes) ends with a question mark.</summary>
    public bool IsQuestion { get; }

    /// <summary>After a determiner or possessive the word is a noun ("a visit", "Tuesday's call"), not a verb.</summary>
    public bool IsNounUse(int i)
    {
        var w = Word(i - 1);
        // "the decision of sending troops": a gerund after "of" names an act, it does not report one.
        if (w == "of" && Word(i).EndsWith("ing", StringComparison.Ordinal))
            return true;
        // "fired warning shots", "a warning shot": a gerund before the noun it describes names a kind of thing.
        if (Word(i) == "warning" && Word(i + 1) is "shot" or "shots")
            return true;
        return Words.Determiners.Contains(w) && w is not ("that" or "all" or "both" or "each") || View.IsPossessiveMark(i - 1)
            || w is "first" or "second" or "recent" or "latest" or "new" or "heated" or "brief" or "phone" or "telephone" or "joint" or "further";
    }
}
