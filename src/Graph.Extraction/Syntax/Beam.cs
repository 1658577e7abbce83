namespace Graph.Extraction.Syntax;

/// <summary>
/// Beam search over arc-hybrid configurations (Zhang and Clark 2008, Zhang and Nivre 2011): each configuration
/// of the beam takes every valid transition, and the <see cref="Width"/> best results (a configuration scores the
/// sum of its transitions' scores) make the next beam. Every derivation of n words takes 2n steps, so the
/// configurations stay in step. Each step's back-pointers are kept, so the trainer can replay a configuration's
/// transitions. Ties go to the earlier configuration, then the earlier transition: the search is deterministic.
/// Reused across sentences.
/// </summary>
internal sealed class Beam
{
    private readonly ParseState[] _spare;
    private readonly double[] _transitionScores;
    private readonly Candidate[] _candidates;
    private ParseState[] _states;
    private double[] _scores;
    private double[] _spareScores;
    private bool[] _gold;
    private bool[] _spareGold;
    private int[] _parents = [];
    private int[] _codes = [];

    public Beam(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Width = width;
        _states = [.. Enumerable.Range(0, width).Select(_ => new ParseState())];
        _spare = [.. Enumerable.Range(0, width).Select(_ => new ParseState())];
        _scores = new double[width];
        _spareScores = new double[width];
        _gold = new bool[width];
        _spareGold = new bool[width];
        _transitionScores = new double[width * Transition.Count];
        _candidates = new Candidate[width];
    }

    public int Width { get; }

    /// <summary>Configurations in the beam, best first.</summary>
    public int Count { get; private set; }

    /// <summary>Transitions taken since <see cref="Start"/>.</summary>
    public int Steps { get; private set; }

    public ParseState Best => _states[0];

    public double Score(int k) => _scores[k];

    /// <summary>Whether configuration k was reached by the gold transitions passed to <see cref="Step"/>.</summary>
    public bool IsGold(int k) => _gold[k];

    /// <summary>Empties the beam for a sentence of <paramref name="length"/> words; the caller loads the configuration returned.</summary>
    public ParseState Start(int length)
    {
        var size = 2 * length * Width;
        if (_parents.Length < size)
        {
            _parents = new int[Math.Max(size, _parents.Length * 2)];
            _codes = new int[_parents.Length];
        }

        Count = 1;
        Steps = 0;
        _scores[0] = 0;
        _gold[0] = true;
        return _states[0];
    }

    /// <summary>Advances every configuration by one transition and keeps the best <see cref="Width"/>.</summary>
    /// <param name="gold">The gold transition of this step, to follow which configurations stay on the gold sequence; -1 when there is none.</param>
    public void Step(IBeamScorer scorer, int gold = -1)
    {
        var states = _states.AsSpan(0, Count);
        scorer.Score(states, _transitionScores);
        var kept = 0;
        for (var k = 0; k < states.Length; k++)
        {
            var only = states[k].OnlyValid;
            for (var t = 0; t < Transition.Count; t++)
            {
                if (only >= 0 ? t != only : !states[k].IsValid(t))
                    continue;
                var score = _scores[k] + (only >= 0 ? 0 : _transitionScores[k * Transition.Count + t]);
                kept = Keep(new Candidate(score, k, t), kept);
            }
        }

        for (var j = 0; j < kept; j++)
        {
            var (score, parent, transition) = _candidates[j];
            var from = _states[parent];
            var label = transition == Transition.Shift ? -1 : scorer.Label(from, transition);
            _spare[j].CopyFrom(from);
            _spare[j].Apply(transition, label);
            _spareScores[j] = score;
            _spareGold[j] = _gold[parent] && transition == gold;
            _parents[Steps * Width + j] = parent;
            _codes[Steps * Width + j] = Code(transition, label);
        }

        // The spare configurations become the beam; the old beam's are overwritten next step.
        for (var j = 0; j < kept; j++)
            (_states[j], _spare[j]) = (_spare[j], _states[j]);
        (_scores, _spareScores) = (_spareScores, _scores);
        (_gold, _spareGold) = (_spareGold, _gold);
        Count = kept;
        Steps++;
    }

    /// <summary>The transitions (as <see cref="Code"/>s) that led to configuration k of the beam after <paramref name="step"/> steps.</summary>
    public void Path(int step, int k, Span<int> codes)
    {
        for (var s = step - 1; s >= 0; s--)
        {
            codes[s] = _codes[s * Width + k];
            k = _parents[s * Width + k];
        }
    }

    /// <summary>A transition and the relation it gave its arc (-1: none) in one number.</summary>
    public static int Code(int transition, int label) => (label + 1) * Transition.Count + transition;

    public static int TransitionOf(int code) => code % Transition.Count;

    public static int LabelOf(int code) => code / Transition.Count - 1;

    /// <summary>Inserts a candidate among the best so far, after those of the same score (they came first); returns how many are kept.</summary>
    private int Keep(Candidate candidate, int kept)
    {
        var at = kept;
        while (at > 0 && _candidates[at - 1].Score < candidate.Score)
            at--;
        if (at == Width)
            return kept;
        var last = Math.Min(kept, Width - 1);
        for (var j = last; j > at; j--)
            _candidates[j] = _candidates[j - 1];
        _candidates[at] = candidate;
        return Math.Min(kept + 1, Width);
    }

    private readonly record struct Candidate(double Score, int Parent, int Transition);
}
