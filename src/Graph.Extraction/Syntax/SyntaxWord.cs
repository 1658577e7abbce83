namespace Graph.Extraction.Syntax;

/// <summary>
/// One syntactic word of a parsed sentence: a project token, or part of one ("do" + "n't", "Thomas" + "-" +
/// "Greenfield"), with its offsets into the article text, tags, head and relation.
/// </summary>
public sealed class SyntaxWord
{
    // Made at the first dependent: about half the words have none.
    private List<SyntaxWord>? _dependents;

    internal SyntaxWord(int index, string form, int start, int end, int token)
    {
        Index = index;
        Form = form;
        Start = start;
        End = end;
        Token = token;
    }

    /// <summary>Position in <see cref="SentenceParse.Words"/>.</summary>
    public int Index { get; }

    public string Form { get; }

    /// <summary>Offset into the article text (UTF-16, inclusive).</summary>
    public int Start { get; }

    /// <summary>Offset into the article text (exclusive).</summary>
    public int End { get; }

    /// <summary>Index of the project token (in <see cref="Text.Sentence.Tokens"/>) this word is, or is part of.</summary>
    public int Token { get; }

    /// <summary>Universal part of speech (NOUN, VERB, AUX, PROPN …); empty when the sentence was not tagged.</summary>
    public string Upos { get; internal set; } = "";

    /// <summary>Penn Treebank tag (NN, VBD, NNP …); empty when the sentence was not tagged.</summary>
    public string Xpos { get; internal set; } = "";

    /// <summary>Index of the head word; -1 for the root of the sentence (or of a cut piece) and when not parsed.</summary>
    public int Head { get; internal set; } = -1;

    /// <summary>UD relation to the head (nsubj, obj, nsubj:pass, appos, conj …), "root" for the root; empty when not parsed.</summary>
    public string Relation { get; internal set; } = "";

    /// <summary>Indices of the dependents, in sentence order (a copy).</summary>
    public IReadOnlyList<int> Children => [.. Dependents.Select(d => d.Index)];

    /// <summary>The dependents, in sentence order; the list itself, which repairs of the parse change (an empty array when none).</summary>
    internal IReadOnlyList<SyntaxWord> Dependents => _dependents is { Count: > 0 } dependents ? dependents : [];

    /// <summary>Called in sentence order, so the children stay sorted.</summary>
    internal void AddChild(SyntaxWord child) => (_dependents ??= []).Add(child);

    /// <summary>Hangs a dependent of another word under this one instead, keeping the children sorted.</summary>
    /// <exception cref="InvalidOperationException">The child does not hang on <paramref name="formerHead"/>: it would stay in that word's
    /// children too, and a walk of the tree could go round for ever (a repair's mistake; the repairs give the parser's tree back).</exception>
    internal void Adopt(SyntaxWord child, SyntaxWord formerHead, string relation)
    {
        if (child.Head >= 0 && child.Head != formerHead.Index)
            throw new InvalidOperationException($"{child} does not hang on {formerHead}");
        formerHead._dependents?.Remove(child);
        var dependents = _dependents ??= [];
        var at = 0;
        while (at < dependents.Count && dependents[at].Index < child.Index)
            at++;
        dependents.Insert(at, child);
        child.Head = Index;
        child.Relation = relation;
    }

    /// <summary>Makes this word the root of its sentence in place of its former head (a repair of the parse).</summary>
    internal void BecomeRoot(SyntaxWord formerHead)
    {
        if (Head >= 0 && Head != formerHead.Index)
            throw new InvalidOperationException($"{this} does not hang on {formerHead}");
        formerHead._dependents?.Remove(this);
        Head = -1;
        Relation = "root";
    }

    public override string ToString() => $"{Index}:{Form}/{Upos}/{Xpos} <-{Relation}- {Head}";
}
