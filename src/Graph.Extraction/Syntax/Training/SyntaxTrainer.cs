using Graph.Extraction.Ner;
using Graph.Extraction.Syntax.Conllu;

namespace Graph.Extraction.Syntax.Training;

/// <summary>
/// Trains the tagger and the parser on a CoNLL-U treebank. The tagger is an averaged perceptron over
/// <see cref="TagFeatures"/>, trained greedily on its own previous tags. The parser is trained with the dynamic
/// oracle of Goldberg and Nivre (2013): at each configuration it is updated towards the best zero-cost
/// transition, and from the second epoch on it mostly follows its own choice, so it learns to recover from its
/// mistakes (or, with <see cref="SyntaxTrainerOptions.BeamWidth"/> above 1, globally over a beam:
/// <see cref="BeamTrainer"/>). It trains on tags predicted by jackknifed taggers, as it will see them. Single-threaded, fixed
/// shuffles: the same treebank, options and seed give the same model, byte for byte.
/// </summary>
public sealed class SyntaxTrainer(SyntaxTrainerOptions options)
{
    /// <summary>One sentence prepared for training: its word forms and clusters, gold tag classes, heads and relations.</summary>
    internal sealed record Item(WordForm[] Words, ulong[] Clusters, ulong[] Silver, int[] Tags, int[] Gold, int[] Labels)
    {
        public int[] Predicted { get; set; } = Tags;
    }

    /// <param name="silver">
    /// Sentences parsed by another parser (uptraining, Petrov et al. 2010): the parser also trains on them, with their tags
    /// as given (they stand for predicted tags); the tagger does not. Their tags and relations must be the treebank's.
    /// </param>
    public SyntaxModel Train(
        IReadOnlyList<ConlluSentence> training, IReadOnlyList<ConlluSentence> development, IReadOnlyList<ConlluSentence> silver,
        Action<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(development);
        ArgumentNullException.ThrowIfNull(silver);
        if (training.Count == 0)
            throw new ArgumentException("No training sentences.", nameof(training));

        var tagPairs = training.SelectMany(s => s.Upos.Zip(s.Xpos, (u, x) => u + "\t" + x)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var relations = training.SelectMany(s => s.Relations).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (tagPairs.Length > 256 || relations.Length > 256)
            throw new InvalidDataException($"{tagPairs.Length} tags and {relations.Length} relations: at most 256 of each.");
        var tagIndex = tagPairs.Select((t, k) => (t, k)).ToDictionary(p => p.t, p => p.k, StringComparer.Ordinal);
        var relationIndex = relations.Select((r, k) => (r, k)).ToDictionary(p => p.r, p => p.k, StringComparer.Ordinal);
        var root = Array.IndexOf(relations, "root");
        if (root < 0)
            throw new InvalidDataException("The treebank has no 'root' relation.");
        var items = training.Select(s => Prepare(s, options.Clusters, tagIndex, relationIndex)).ToArray();

        if (options.Folds >= 2)
        {
            for (var fold = 0; fold < options.Folds; fold++)
            {
                var rest = items.Where((_, k) => k % options.Folds != fold).ToArray();
                var tagger = TrainTagger(rest, tagPairs.Length, cancellationToken);
                for (var k = fold; k < items.Length; k += options.Folds)
                {
                    var predicted = new int[items[k].Words.Length];
                    Tag(tagger, items[k], predicted);
                    items[k].Predicted = predicted;
                }

                progress?.Invoke($"jackknife fold {fold + 1}/{options.Folds}: tagger trained on {rest.Length} sentences");
            }
        }

        var tags = TrainTagger(items, tagPairs.Length, cancellationToken);
        progress?.Invoke($"tagger: {tags.Features} features");
        if (silver.Count > 0)
        {
            items = [.. items, .. silver.Select(s => Prepare(s, options.Clusters, tagIndex, relationIndex))];
            progress?.Invoke($"parser: {training.Count} treebank and {silver.Count} silver sentences");
        }

        Action<int, SparseWeights, SparseWeights> afterEpoch = (epoch, t, l) =>
        {
            if (development.Count > 0 && progress is not null)
                progress($"parser epoch {epoch}: development {SyntaxEvaluation.Of(Build(tagPairs, relations, tags, t, l), development)}");
        };
        var (transitions, labels) = options.BeamWidth > 1
            ? new BeamTrainer(options, relations.Length, root).Train(items, afterEpoch, cancellationToken)
            : TrainParser(items, relations.Length, root, afterEpoch, cancellationToken);
        return Build(tagPairs, relations, tags, transitions, labels);
    }

    private SyntaxModel Build(string[] tagPairs, string[] relations, SparseWeights tags, SparseWeights transitions, SparseWeights labels) =>
        new([.. tagPairs.Select(t => t[..t.IndexOf('\t', StringComparison.Ordinal)])],
            [.. tagPairs.Select(t => t[(t.IndexOf('\t', StringComparison.Ordinal) + 1)..])],
            relations, options.Clusters, tags, transitions, labels, options.BeamWidth);

    private static Item Prepare(ConlluSentence s, WordClusters clusters, Dictionary<string, int> tagIndex, Dictionary<string, int> relationIndex)
    {
        var words = new WordForm[s.Count];
        var tags = new int[s.Count];
        var gold = new int[s.Count + 1];
        var labels = new int[s.Count + 1];
        gold[0] = -1;
        labels[0] = -1;
        for (var i = 0; i < s.Count; i++)
        {
            words[i] = new WordForm(s.Forms[i]);
            tags[i] = tagIndex.TryGetValue(s.Upos[i] + "\t" + s.Xpos[i], out var tag)
                ? tag : throw new InvalidDataException($"tag {s.Upos[i]}/{s.Xpos[i]} is not in the training treebank.");
            gold[i + 1] = s.Heads[i];
            labels[i + 1] = relationIndex.TryGetValue(s.Relations[i], out var label)
                ? label : throw new InvalidDataException($"relation {s.Relations[i]} is not in the training treebank.");
        }

        var (codes, silver) = TreeParser.ClustersOf(clusters, words);
        return new Item(words, codes, silver, tags, gold, labels);
    }

    private SparseWeights TrainTagger(Item[] items, int classes, CancellationToken cancellationToken)
    {
        var weights = new AveragedWeights(classes);
        var order = Enumerable.Range(0, items.Length).ToArray();
        var random = new Random(options.Seed);
        var features = new ulong[TagFeatures.Count];
        var scores = new float[classes];
        for (var epoch = 0; epoch < options.TaggerEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = items[k];
                var predicted = new int[item.Words.Length];
                for (var i = 0; i < item.Words.Length; i++)
                {
                    TagFeatures.Compute(item.Words, item.Clusters, item.Silver, predicted, i, features);
                    if (epoch == 0 && options.MinFeatureCount > 1)
                        weights.Observe(features);
                    Array.Clear(scores);
                    weights.Score(features, scores);
                    var guess = TreeParser.ArgMax(scores);
                    var truth = item.Tags[i];
                    if (guess != truth)
                    {
                        weights.Update(features, truth, 1);
                        weights.Update(features, guess, -1);
                    }

                    weights.Tick();
                    predicted[i] = guess;
                }
            }

            if (epoch == 0 && options.MinFeatureCount > 1)
                weights.Restrict(options.MinFeatureCount);
        }

        return weights.Average(options.Prune);
    }

    private static void Tag(SparseWeights tagger, Item item, int[] into)
    {
        var words = item.Words;
        var features = new ulong[TagFeatures.Count];
        var scores = new float[tagger.Classes];
        for (var i = 0; i < words.Length; i++)
        {
            TagFeatures.Compute(words, item.Clusters, item.Silver, into, i, features);
            Array.Clear(scores);
            tagger.Score(features, scores);
            into[i] = TreeParser.ArgMax(scores);
        }
    }

    private (SparseWeights Transitions, SparseWeights Labels) TrainParser(
        Item[] items, int relationCount, int root,
        Action<int, SparseWeights, SparseWeights> afterEpoch,
        CancellationToken cancellationToken)
    {
        var transitions = new AveragedWeights(Transition.Count);
        var labels = new AveragedWeights(relationCount);
        var order = Enumerable.Range(0, items.Length).ToArray();
        var random = new Random(options.Seed + 1);
        var features = new ulong[ParserFeatures.TransitionCount];
        var labelFeatures = new ulong[ParserFeatures.LabelCount];
        var scores = new float[Transition.Count];
        var labelScores = new float[relationCount];
        var st = new ParseState();
        for (var epoch = 0; epoch < options.ParserEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = items[k];
                TreeParser.Load(st, item.Words, item.Predicted, item.Clusters);
                while (!st.IsTerminal)
                {
                    ParserFeatures.Transition(st, features);
                    if (epoch == 0 && options.MinFeatureCount > 1)
                        transitions.Observe(features);
                    Array.Clear(scores);
                    transitions.Score(features, scores);
                    var predicted = TreeParser.BestValid(st, scores);
                    int best = -1, bestCost = int.MaxValue, predictedCost = 0;
                    for (var t = 0; t < Transition.Count; t++)
                    {
                        if (!st.IsValid(t))
                            continue;
                        var cost = st.Cost(t, item.Gold);
                        if (t == predicted)
                            predictedCost = cost;
                        if (cost < bestCost || (cost == bestCost && scores[t] > scores[best]))
                            (best, bestCost) = (t, cost);
                    }

                    if (predictedCost > bestCost)
                    {
                        transitions.Update(features, best, 1);
                        transitions.Update(features, predicted, -1);
                    }

                    transitions.Tick();
                    var next = epoch > 0 && random.NextDouble() < options.Exploration ? predicted : best;
                    var label = -1;
                    if (next != Transition.Shift)
                    {
                        var (head, dependent) = st.Arc(next);
                        if (item.Gold[dependent] == head && head != 0)
                        {
                            ParserFeatures.Label(st, head, dependent, labelFeatures);
                            if (epoch == 0 && options.MinFeatureCount > 1)
                                labels.Observe(labelFeatures);
                            Array.Clear(labelScores);
                            labels.Score(labelFeatures, labelScores);
                            var guess = TreeParser.BestLabel(labelScores, head, root);
                            var truth = item.Labels[dependent];
                            if (guess != truth)
                            {
                                labels.Update(labelFeatures, truth, 1);
                                labels.Update(labelFeatures, guess, -1);
                            }

                            labels.Tick();
                            label = truth;
                        }
                        else if (head == 0)
                        {
                            label = root;
                        }
                        else
                        {
                            ParserFeatures.Label(st, head, dependent, labelFeatures);
                            Array.Clear(labelScores);
                            labels.Score(labelFeatures, labelScores);
                            label = TreeParser.BestLabel(labelScores, head, root);
                        }
                    }

                    st.Apply(next, label);
                }
            }

            if (epoch == 0 && options.MinFeatureCount > 1)
            {
                transitions.Restrict(options.MinFeatureCount);
                labels.Restrict(options.MinFeatureCount);
            }

            afterEpoch(epoch + 1, transitions.Average(options.Prune), labels.Average(options.Prune));
        }

        return (transitions.Average(options.Prune), labels.Average(options.Prune));
    }
}
