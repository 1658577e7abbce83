namespace Graph.Extraction.Syntax.Training;

/// <summary>
/// Trains the parser's transitions over a beam (Zhang and Nivre 2011): a structured perceptron over whole transition
/// sequences, updated at the step where the beam's best sequence most outscores the gold one (the max-violation
/// update of Huang, Fayong and Guo 2012), so it learns to rank derivations rather than single steps. The gold
/// sequence is the one the dynamic oracle leads to, arcs before shifts (for a non-projective tree, the best tree
/// arc-hybrid can reach). Relations stay a local perceptron trained on the gold sequence's correct arcs; in the
/// beam a correct arc takes its gold relation, as in greedy training, and any other arc the relation perceptron's
/// choice. Weights change only between sentences, so a configuration scores the same wherever it is met, and the
/// training is deterministic.
/// </summary>
internal sealed class BeamTrainer(SyntaxTrainerOptions options, int relationCount, int root) : IBeamScorer
{
    private readonly AveragedWeights _transitions = new(Transition.Count);
    private readonly AveragedWeights _labels = new(relationCount);
    private readonly Beam _beam = new(options.BeamWidth);
    private readonly ParseState _state = new();
    private readonly ulong[] _features = new ulong[ParserFeatures.TransitionCount];
    private readonly ulong[] _labelFeatures = new ulong[ParserFeatures.LabelCount];
    private readonly float[] _scores = new float[Transition.Count];
    private readonly float[] _labelScores = new float[relationCount];
    private int[] _gold = [];
    private int[] _path = [];
    private double[] _goldScores = [];
    private SyntaxTrainer.Item? _item;

    public (SparseWeights Transitions, SparseWeights Labels) Train(
        SyntaxTrainer.Item[] items, Action<int, SparseWeights, SparseWeights> afterEpoch, CancellationToken cancellationToken)
    {
        var order = Enumerable.Range(0, items.Length).ToArray();
        var random = new Random(options.Seed + 1);
        for (var epoch = 0; epoch < options.ParserEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Train(items[k], observe: epoch == 0 && options.MinFeatureCount > 1);
            }

            if (epoch == 0 && options.MinFeatureCount > 1)
            {
                _transitions.Restrict(options.MinFeatureCount);
                _labels.Restrict(options.MinFeatureCount);
            }

            afterEpoch(epoch + 1, _transitions.Average(options.Prune), _labels.Average(options.Prune));
        }

        return (_transitions.Average(options.Prune), _labels.Average(options.Prune));
    }

    private void Train(SyntaxTrainer.Item item, bool observe)
    {
        _item = item;
        var steps = 2 * item.Words.Length;
        if (_gold.Length < steps)
        {
            _gold = new int[steps * 2];
            _path = new int[steps * 2];
            _goldScores = new double[steps * 2 + 1];
        }

        Gold(item, observe);
        TreeParser.Load(_beam.Start(item.Words.Length), item.Words, item.Predicted, item.Clusters);
        double violation = double.NegativeInfinity;
        var at = 0;
        for (var step = 0; step < steps; step++)
        {
            _beam.Step(this, Beam.TransitionOf(_gold[step]));
            if (_beam.IsGold(0))
                continue;
            var v = _beam.Score(0) - _goldScores[step + 1];
            // The latest of equal violations: the longer prefixes say more.
            if (v >= violation)
                (violation, at) = (v, step + 1);
        }

        if (!_beam.IsGold(0))
        {
            _beam.Path(at, 0, _path);
            Update(_gold, at, 1);
            Update(_path, at, -1);
        }

        _transitions.Tick();
        TrainLabels(item, observe);
    }

    /// <summary>The gold sequence and its running scores under the current weights.</summary>
    private void Gold(SyntaxTrainer.Item item, bool observe)
    {
        var st = _state;
        TreeParser.Load(st, item.Words, item.Predicted, item.Clusters);
        var score = 0.0;
        for (var step = 0; !st.IsTerminal; step++)
        {
            var t = st.OnlyValid;
            if (t < 0)
            {
                ParserFeatures.Transition(st, _features);
                if (observe)
                    _transitions.Observe(_features);
                Array.Clear(_scores);
                _transitions.Score(_features, _scores);
                t = Oracle(st, item.Gold);
                score += _scores[t];
            }

            var label = t == Transition.Shift ? -1 : Label(st, t);
            _gold[step] = Beam.Code(t, label);
            st.Apply(t, label);
            _goldScores[step + 1] = score;
        }
    }

    /// <summary>The valid transition losing the fewest gold arcs; among equals an arc before a shift, so the gold sequence is one.</summary>
    private static int Oracle(ParseState st, int[] gold)
    {
        int best = -1, bestCost = int.MaxValue;
        foreach (var t in (ReadOnlySpan<int>)[Transition.Left, Transition.Right, Transition.Shift])
        {
            if (!st.IsValid(t))
                continue;
            var cost = st.Cost(t, gold);
            if (cost < bestCost)
                (best, bestCost) = (t, cost);
        }

        return best;
    }

    /// <summary>Adds <paramref name="delta"/> to the weights of the first <paramref name="steps"/> transitions of a sequence, in the configurations they were taken from.</summary>
    private void Update(int[] codes, int steps, float delta)
    {
        var st = _state;
        TreeParser.Load(st, _item!.Words, _item.Predicted, _item.Clusters);
        for (var step = 0; step < steps; step++)
        {
            var t = Beam.TransitionOf(codes[step]);
            if (st.OnlyValid < 0)
            {
                ParserFeatures.Transition(st, _features);
                _transitions.Update(_features, t, delta);
            }

            st.Apply(t, Beam.LabelOf(codes[step]));
        }
    }

    /// <summary>Trains the relation perceptron on the correct arcs of the gold sequence, after the search, which reads its weights.</summary>
    private void TrainLabels(SyntaxTrainer.Item item, bool observe)
    {
        var st = _state;
        TreeParser.Load(st, item.Words, item.Predicted, item.Clusters);
        for (var step = 0; !st.IsTerminal; step++)
        {
            var t = Beam.TransitionOf(_gold[step]);
            if (t != Transition.Shift)
            {
                var (head, dependent) = st.Arc(t);
                if (head != 0 && item.Gold[dependent] == head)
                {
                    ParserFeatures.Label(st, head, dependent, _labelFeatures);
                    if (observe)
                        _labels.Observe(_labelFeatures);
                    var guess = BestLabel(head);
                    var truth = item.Labels[dependent];
                    if (guess != truth)
                    {
                        _labels.Update(_labelFeatures, truth, 1);
                        _labels.Update(_labelFeatures, guess, -1);
                    }

                    _labels.Tick();
                }
            }

            st.Apply(t, Beam.LabelOf(_gold[step]));
        }
    }

    public void Score(ReadOnlySpan<ParseState> states, Span<double> scores)
    {
        for (var k = 0; k < states.Length; k++)
        {
            if (states[k].OnlyValid >= 0)
                continue;
            ParserFeatures.Transition(states[k], _features);
            Array.Clear(_scores);
            _transitions.Score(_features, _scores);
            for (var t = 0; t < Transition.Count; t++)
                scores[k * Transition.Count + t] = _scores[t];
        }
    }

    /// <summary>A correct arc's gold relation; any other arc's, the relation perceptron's choice.</summary>
    public int Label(ParseState st, int transition)
    {
        var (head, dependent) = st.Arc(transition);
        if (head == 0)
            return root;
        if (_item!.Gold[dependent] == head)
            return _item.Labels[dependent];
        ParserFeatures.Label(st, head, dependent, _labelFeatures);
        return BestLabel(head);
    }

    /// <summary>The relation perceptron's choice for the arc whose features are in the label features.</summary>
    private int BestLabel(int head)
    {
        Array.Clear(_labelScores);
        _labels.Score(_labelFeatures, _labelScores);
        return TreeParser.BestLabel(_labelScores, head, root);
    }
}
