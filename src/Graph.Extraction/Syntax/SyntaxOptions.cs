namespace Graph.Extraction.Syntax;

/// <summary>
/// Limits on tagging and parsing one article (configuration section <c>Syntax</c>), so that a pathological
/// input (one 5 MB line, a sentence of 20,000 words) is cut or left unparsed instead of stalling a worker.
/// Parsing is linear in a sentence's length, so the cut bounds each piece's work and the budget the article's.
/// </summary>
public sealed record SyntaxOptions
{
    public const string Section = "Syntax";

    /// <summary>Longer sentences are cut into pieces of this many words, parsed one by one (news sentences rarely pass 80).</summary>
    public int MaxSentenceWords { get; init; } = 250;

    /// <summary>Time for tagging and parsing one article; sentences left when it is spent stay unparsed (<see cref="ParseOutcome.OverBudget"/>).</summary>
    public TimeSpan ArticleBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>What is wrong with these options, one message per setting, naming it.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MaxSentenceWords is < 10 or > 10_000)
            problems.Add($"{Section}:{nameof(MaxSentenceWords)} must lie between 10 and 10000 (it is {MaxSentenceWords}).");
        if (ArticleBudget < TimeSpan.FromMilliseconds(1) || ArticleBudget > TimeSpan.FromMinutes(10))
            problems.Add($"{Section}:{nameof(ArticleBudget)} must lie between 00:00:00.001 and 00:10:00 (it is {ArticleBudget}).");
        return problems;
    }
}
