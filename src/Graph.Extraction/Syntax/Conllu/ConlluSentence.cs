namespace Graph.Extraction.Syntax.Conllu;

/// <summary>
/// One sentence of a CoNLL-U file: its lines as read (comments, multi-word token ranges, words; empty nodes are
/// dropped) and the columns of its syntactic words. Heads are 1-based as in the file, 0 for the root.
/// </summary>
public sealed class ConlluSentence
{
    internal ConlluSentence(List<string> lines, List<int> wordLines, string[][] words)
    {
        Lines = lines;
        WordLines = wordLines;
        Forms = [.. words.Select(w => w[1])];
        Upos = [.. words.Select(w => w[3])];
        Xpos = [.. words.Select(w => w[4])];
        Heads = [.. words.Select(w => int.TryParse(w[6], out var h) ? h : -1)];
        Relations = [.. words.Select(w => w[7])];
    }

    /// <summary>The lines of the sentence as read, without empty nodes.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>For each word, the index of its line in <see cref="Lines"/>.</summary>
    public IReadOnlyList<int> WordLines { get; }

    public string[] Forms { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public int[] Heads { get; }

    public string[] Relations { get; }

    public int Count => Forms.Length;
}
