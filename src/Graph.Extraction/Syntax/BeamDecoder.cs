using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Parses with a model trained over a beam (<see cref="SyntaxModel.BeamWidth"/>): beam search with the model's
/// width, scores summed as the transitions' integer weights (exact, so ties and results do not depend on the
/// order of the additions). The bias and buffer-front features are summed once per sentence
/// (<see cref="TransitionSums"/>); the beam's configurations' other features are all hashed and prefetched
/// before any is added, so their cache misses overlap. Reused across sentences; one per thread.
/// </summary>
internal sealed class BeamDecoder : IBeamScorer
{
    private readonly TransitionSums _sums = new();
    private Beam _beam = new(1);
    private ulong[] _features = [];
    private float[] _labelScores = [];
    private SyntaxModel? _model;

    /// <param name="heads">Receives each word's head: 0 for the root, else 1 + the head word's index.</param>
    /// <param name="labels">Receives each word's relation.</param>
    public void Parse(SyntaxModel model, ReadOnlySpan<WordForm> words, ReadOnlySpan<ulong> clusters, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        if (_beam.Width != model.BeamWidth)
        {
            _beam = new Beam(model.BeamWidth);
            _features = new ulong[model.BeamWidth * ParserFeatures.TransitionCount];
        }

        if (_labelScores.Length != model.Labels.Classes)
            _labelScores = new float[model.Labels.Classes];
        _model = model;
        var start = _beam.Start(words.Length);
        TreeParser.Load(start, words, tags, clusters);
        _sums.Start(model.Transitions.Inline, start);
        while (!_beam.Best.IsTerminal)
            _beam.Step(this);
        var best = _beam.Best;
        for (var i = 0; i < words.Length; i++)
        {
            heads[i] = best.Heads[i + 1];
            labels[i] = best.Labels[i + 1];
        }
    }

    public void Score(ReadOnlySpan<ParseState> states, Span<double> scores)
    {
        var table = _model!.Transitions.Inline;
        for (var k = 0; k < states.Length; k++)
        {
            if (states[k].OnlyValid >= 0)
                continue;
            // Only the stack top's and changing features' places are written; the others stay 0, which is no feature.
            var f = Features(k);
            f.Clear();
            ParserFeatures.StackTop(states[k], f);
            ParserFeatures.Changing(states[k], f);
            table.Prefetch(f);
        }

        Span<int> sums = stackalloc int[Transition.Count];
        for (var k = 0; k < states.Length; k++)
        {
            if (states[k].OnlyValid >= 0)
                continue;
            _sums.Front(states[k].Next, sums);
            table.Sum(Features(k), sums);
            for (var t = 0; t < Transition.Count; t++)
                scores[k * Transition.Count + t] = sums[t];
        }
    }

    public int Label(ParseState st, int transition)
    {
        var (head, dependent) = st.Arc(transition);
        // An arc from the root is always "root": nothing to score.
        if (head == 0)
            return _model!.Root;
        Span<ulong> features = stackalloc ulong[ParserFeatures.LabelCount];
        ParserFeatures.Label(st, head, dependent, features);
        Array.Clear(_labelScores);
        _model!.Labels.Score(features, _labelScores);
        return TreeParser.BestLabel(_labelScores, head, _model.Root);
    }

    private Span<ulong> Features(int k) => _features.AsSpan(k * ParserFeatures.TransitionCount, ParserFeatures.TransitionCount);
}
