namespace Graph.Extraction.Gazetteers;

/// <summary>One way a phrase may be written: the entry, its normalised text and whether lower case is allowed.</summary>
internal sealed record PhraseCandidate(GazetteerEntry Entry, string Phrase, bool AllowLowerCase)
{
    /// <summary>The phrase in capitals, for <see cref="CaseRule"/>: cased once here rather than at every match.</summary>
    public string Upper { get; } = Phrase.ToUpperInvariant();

    /// <summary>The phrase in lower case, for <see cref="CaseRule"/>.</summary>
    public string Lower { get; } = Phrase.ToLowerInvariant();

    /// <summary>Whether the phrase has a lower-case letter.</summary>
    public bool HasLowerCase { get; } = Phrase.Any(char.IsLower);
}

/// <summary>A character trie over folded phrase text (<see cref="PhraseText.Fold"/>); a space stands for any gap between tokens.</summary>
internal sealed class PhraseTrie
{
    public const int Root = 0;

    // Edges of all nodes in one table keyed by (node, character): compact and fast for a few thousand phrases.
    private readonly Dictionary<long, int> edges = [];
    private readonly List<List<PhraseCandidate>?> terminals = [null];

    public int Step(int node, char folded) =>
        edges.TryGetValue(((long)node << 16) | folded, out var next) ? next : -1;

    public List<PhraseCandidate>? Candidates(int node) => terminals[node];

    public void Add(PhraseCandidate candidate)
    {
        var node = Root;
        foreach (var c in candidate.Phrase)
        {
            var key = ((long)node << 16) | PhraseText.Fold(c);
            if (!edges.TryGetValue(key, out var next))
            {
                next = terminals.Count;
                terminals.Add(null);
                edges.Add(key, next);
            }

            node = next;
        }

        (terminals[node] ??= []).Add(candidate);
    }
}
