namespace Graph.Extraction.Syntax;

/// <summary>What a <see cref="Beam"/> asks of a model: the scores of the transitions and the relation of an arc.</summary>
internal interface IBeamScorer
{
    /// <summary>
    /// Writes the score of transition t from configuration k to <c>scores[k * Transition.Count + t]</c>; a
    /// configuration with one valid transition (<see cref="ParseState.OnlyValid"/>) needs none.
    /// </summary>
    void Score(ReadOnlySpan<ParseState> states, Span<double> scores);

    /// <summary>The relation of the arc <paramref name="transition"/> makes from <paramref name="st"/>.</summary>
    int Label(ParseState st, int transition);
}
