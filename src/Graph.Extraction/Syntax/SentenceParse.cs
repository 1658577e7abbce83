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
    public IReadOnlyList<int> Roots => [.. Words.Where(w => w.Head < 0 && w.Relation.Length > 0).Select(w => w.Index)];

    /// <summary>The root of a sentence parsed whole, else null.</summary>
    public SyntaxWord? Root => Outcome == ParseOutcome.Parsed && Roots.Count == 1 ? Words[Roots[0]] : null;

    /// <summary>The head of a word, or null for a root (or an unparsed word).</summary>
    public SyntaxWord? HeadOf(SyntaxWord word) => word.Head >= 0 ? Words[word.Head] : null;

    /// <summary>The dependents of a word, in sentence order.</summary>
    public IEnumerable<SyntaxWord> ChildrenOf(SyntaxWord word) => word.Children.Select(c => Words[c]);

    /// <summary>The dependents of a word with one relation (the full relation, "nsubj:pass", or its universal part, "nsubj").</summary>
    public IEnumerable<SyntaxWord> ChildrenOf(SyntaxWord word, string relation) =>
        ChildrenOf(word).Where(c => c.Relation == relation || (c.Relation.StartsWith(relation, StringComparison.Ordinal) && c.Relation.Length > relation.Length && c.Relation[relation.Length] == ':'));

    /// <summary>The words of one project token (usually one; "don't" gives two).</summary>
    public IEnumerable<SyntaxWord> WordsOf(int token) => Words.Where(w => w.Token == token);

    /// <summary>The word covering an article offset, or null.</summary>
    public SyntaxWord? WordAt(int offset) => Words.FirstOrDefault(w => w.Start <= offset && offset < w.End);

    /// <summary>A word and all the words below it, in sentence order.</summary>
    public IEnumerable<SyntaxWord> Subtree(SyntaxWord word)
    {
        var inside = new SortedSet<int>();
        var pending = new Stack<int>();
        pending.Push(word.Index);
        while (pending.Count > 0)
        {
            var k = pending.Pop();
            if (!inside.Add(k))
                continue;
            foreach (var c in Words[k].Children)
                pending.Push(c);
        }

        return inside.Select(k => Words[k]);
    }
}
