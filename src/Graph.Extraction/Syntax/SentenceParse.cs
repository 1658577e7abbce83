using Graph.Extraction.Text;

namespace Graph.Extraction.Syntax;

/// <summary>
/// The syntax of one sentence: its words in treebank tokenisation, each with its tags, head and relation,
/// and the way back to the project's tokens and the article's characters.
/// </summary>
public sealed class SentenceParse
{
    internal SentenceParse(Sentence sentence, IReadOnlyList<SyntaxWord> words, ParseOutcome outcome)
    {
        Sentence = sentence;
        Words = words;
        Outcome = outcome;
    }

    public Sentence Sentence { get; }

    public IReadOnlyList<SyntaxWord> Words { get; }

    public ParseOutcome Outcome { get; }

    /// <summary>
    /// The root words: one for a parsed sentence, one per piece of a cut one or of one opened by a dateline, none when
    /// not parsed. Read from the words, as repairs of the parse may move the root.
    /// </summary>
    public IReadOnlyList<int> Roots => [.. Words.Where(IsRoot).Select(w => w.Index)];

    /// <summary>The root of a sentence parsed whole, else null.</summary>
    public SyntaxWord? Root
    {
        get
        {
            if (Outcome != ParseOutcome.Parsed)
                return null;
            SyntaxWord? root = null;
            foreach (var w in Words)
            {
                if (!IsRoot(w))
                    continue;
                if (root is not null)
                    return null;
                root = w;
            }

            return root;
        }
    }

    /// <summary>The head of a word, or null for a root (or an unparsed word).</summary>
    public SyntaxWord? HeadOf(SyntaxWord word) => word.Head >= 0 ? Words[word.Head] : null;

    /// <summary>
    /// Whether a word is an ancestor of another (or the word itself); no further up than the sentence is long, as a repair
    /// may leave a cycle for a while.
    /// </summary>
    public bool Dominates(SyntaxWord ancestor, SyntaxWord word)
    {
        var steps = 0;
        for (var at = word; at is not null && steps <= Words.Count; at = HeadOf(at), steps++)
        {
            if (at == ancestor)
                return true;
        }

        return false;
    }

    /// <summary>The dependents of a word, in sentence order.</summary>
    public IEnumerable<SyntaxWord> ChildrenOf(SyntaxWord word) => word.Dependents;

    /// <summary>The dependents of a word with one relation (the full relation, "nsubj:pass", or its universal part, "nsubj").</summary>
    /// <remarks>Read at the call, not when enumerated; nothing is allocated when none has it (the rules ask this of most words).</remarks>
    public IEnumerable<SyntaxWord> ChildrenOf(SyntaxWord word, string relation)
    {
        // Indexed, not foreach: a foreach over the list's interface allocates its enumerator.
        var dependents = word.Dependents;
        var count = 0;
        for (var i = 0; i < dependents.Count; i++)
            count += Has(dependents[i], relation) ? 1 : 0;
        if (count == 0)
            return [];
        var found = new SyntaxWord[count];
        var k = 0;
        for (var i = 0; i < dependents.Count; i++)
        {
            if (Has(dependents[i], relation))
                found[k++] = dependents[i];
        }

        return found;
    }

    /// <summary>Whether a word has a dependent of the relation (as <see cref="ChildrenOf(SyntaxWord, string)"/>, allocating nothing).</summary>
    public bool HasChild(SyntaxWord word, string relation)
    {
        var dependents = word.Dependents;
        for (var i = 0; i < dependents.Count; i++)
        {
            if (Has(dependents[i], relation))
                return true;
        }

        return false;
    }

    /// <summary>Whether a word has a dependent of the relation that matches, allocating nothing (as <see cref="HasChild(SyntaxWord, string)"/>).</summary>
    public bool HasChild(SyntaxWord word, string relation, Func<SyntaxWord, bool> match)
    {
        var dependents = word.Dependents;
        for (var i = 0; i < dependents.Count; i++)
        {
            if (Has(dependents[i], relation) && match(dependents[i]))
                return true;
        }

        return false;
    }

    /// <summary>The words of one project token (usually one; "don't" gives two).</summary>
    public IEnumerable<SyntaxWord> WordsOf(int token) => Words.Where(w => w.Token == token);

    /// <summary>The word covering an article offset, or null.</summary>
    public SyntaxWord? WordAt(int offset)
    {
        foreach (var w in Words)
        {
            if (w.Start <= offset && offset < w.End)
                return w;
        }

        return null;
    }

    /// <summary>A word and all the words below it, in sentence order.</summary>
    public IEnumerable<SyntaxWord> Subtree(SyntaxWord word)
    {
        // Each word once, even were a repair to leave a cycle.
        Span<bool> seen = Words.Count <= 512 ? stackalloc bool[Words.Count] : new bool[Words.Count];
        var inside = new List<SyntaxWord> { word };
        seen[word.Index] = true;
        for (var k = 0; k < inside.Count; k++)
        {
            foreach (var c in inside[k].Dependents)
            {
                if (!seen[c.Index])
                {
                    seen[c.Index] = true;
                    inside.Add(c);
                }
            }
        }

        inside.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        return inside;
    }

    /// <summary>The first word, in sentence order, of <see cref="Subtree"/> (the word and all below it), without building it.</summary>
    public SyntaxWord FirstWordOf(SyntaxWord word) => Words[SubtreeBound(word, first: true)];

    /// <summary>The last word, in sentence order, of <see cref="Subtree"/>, without building it.</summary>
    public SyntaxWord LastWordOf(SyntaxWord word) => Words[SubtreeBound(word, first: false)];

    /// <summary>
    /// The least or greatest index below a word (itself included): the repairs ask where a phrase starts or ends of
    /// nearly every word they test, and a sorted list for one end cost most of their allocation.
    /// </summary>
    private int SubtreeBound(SyntaxWord word, bool first)
    {
        // Each word once, even were a repair to leave a cycle, as in Subtree.
        Span<bool> seen = Words.Count <= 512 ? stackalloc bool[Words.Count] : new bool[Words.Count];
        Span<int> inside = Words.Count <= 512 ? stackalloc int[Words.Count] : new int[Words.Count];
        inside[0] = word.Index;
        seen[word.Index] = true;
        var (count, bound) = (1, word.Index);
        for (var k = 0; k < count; k++)
        {
            var dependents = Words[inside[k]].Dependents;
            for (var i = 0; i < dependents.Count; i++)
            {
                var c = dependents[i].Index;
                if (!seen[c])
                {
                    seen[c] = true;
                    inside[count++] = c;
                    bound = first ? Math.Min(bound, c) : Math.Max(bound, c);
                }
            }
        }

        return bound;
    }

    private static bool IsRoot(SyntaxWord w) => w.Head < 0 && w.Relation.Length > 0;

    private static bool Has(SyntaxWord w, string relation) =>
        w.Relation == relation || (w.Relation.StartsWith(relation, StringComparison.Ordinal) && w.Relation.Length > relation.Length && w.Relation[relation.Length] == ':');
}
