namespace Graph.Extraction.Syntax;

/// <summary>What became of one sentence under the per-article limits (<see cref="SyntaxOptions"/>).</summary>
public enum ParseOutcome
{
    /// <summary>Tagged and parsed whole: one tree.</summary>
    Parsed,

    /// <summary>Longer than <see cref="SyntaxOptions.MaxSentenceWords"/>: cut into pieces of at most that many words, each tagged and parsed as a sentence of its own (several roots).</summary>
    Cut,

    /// <summary>Not tagged or parsed: the article's <see cref="SyntaxOptions.ArticleBudget"/> was spent.</summary>
    OverBudget,
}
