using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Ner.Training;

/// <summary>
/// Trains the name tagger: an averaged perceptron (Collins 2002) over <see cref="SentenceFeatures"/>, decoding
/// greedily as <see cref="NameTagger"/> does, with the labels it predicted (not the gold ones) as history.
/// Features rarer than <see cref="TrainerOptions.MinCount"/> are left out; sentences are shuffled each epoch
/// with a fixed seed, so training is deterministic. Single-threaded.
/// </summary>
public sealed class PerceptronTrainer(IGazetteer gazetteer, TrainerOptions options)
{
    private static readonly int Labels = NerLabels.Count;

    /// <summary>Splits by sentence, deterministically: every (1 / share)-th sentence is held out, spread evenly.</summary>
    public static (List<NerSentence> Training, List<NerSentence> Holdout) Split(IReadOnlyList<NerSentence> sentences, double holdoutShare)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(holdoutShare, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(holdoutShare, 1);
        var training = new List<NerSentence>();
        var holdout = new List<NerSentence>();
        for (var k = 0; k < sentences.Count; k++)
        {
            var held = Math.Floor((k + 1) * holdoutShare) > Math.Floor(k * holdoutShare);
            (held ? holdout : training).Add(sentences[k]);
        }

        return (training, holdout);
    }

    /// <summary>Scores a model on labelled sentences.</summary>
    public NerEvaluation Evaluate(NerModel model, IEnumerable<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        var tagger = new NameTagger(gazetteer, model);
        var evaluation = new NerEvaluation();
        foreach (var s in sentences)
        {
            var predicted = new int[s.Labels.Length];
            tagger.Label(new SentenceFeatures(s.Tokens, gazetteer.Match(s.Tokens)), predicted, new float[predicted.Length]);
            evaluation.Add(s.Labels, predicted);
        }

        return evaluation;
    }

    public NerModel Train(IReadOnlyList<NerSentence> training, IReadOnlyList<NerSentence> holdout, Action<EpochReport>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(holdout);
        if (training.Count == 0)
            throw new ArgumentException("No training sentences.", nameof(training));

        var features = new SentenceFeatures[training.Count];
        for (var k = 0; k < training.Count; k++)
        {
            var tokens = training[k].Tokens;
            features[k] = new SentenceFeatures(tokens, DropsGazetteer(k) ? null : gazetteer.Match(tokens));
        }

        var ids = FeatureIds(training, features);
        var (offsets, staticIds) = StaticIds(features, ids);
        var keys = new ulong[ids.Count];
        foreach (var (key, id) in ids)
            keys[id] = key;

        var weights = new float[ids.Count * Labels];
        var totals = new double[ids.Count * Labels];
        long step = 1;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, training.Count).ToArray();
        Span<float> scores = stackalloc float[Labels];
        Span<ulong> dynamicFeatures = stackalloc ulong[SentenceFeatures.DynamicCount];
        Span<int> dynamicIds = stackalloc int[SentenceFeatures.DynamicCount];
        NerModel? model = null;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long errors = 0, seen = 0;
            foreach (var k in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var gold = training[k].Labels;
                var sentence = features[k];
                int previous = SentenceFeatures.StartLabel, beforePrevious = SentenceFeatures.StartLabel;
                for (var i = 0; i < sentence.Count; i++)
                {
                    var active = staticIds.AsSpan(offsets[k] + i * SentenceFeatures.StaticCount, SentenceFeatures.StaticCount);
                    sentence.Dynamic(i, previous, beforePrevious, dynamicFeatures);
                    for (var d = 0; d < dynamicIds.Length; d++)
                        dynamicIds[d] = ids.GetValueOrDefault(dynamicFeatures[d], -1);

                    scores.Clear();
                    AddScores(weights, active, scores);
                    AddScores(weights, dynamicIds, scores);
                    var predicted = NameTagger.Best(scores, previous, out _);
                    if (predicted != gold[i])
                    {
                        errors++;
                        Update(weights, totals, active, gold[i], predicted, step);
                        Update(weights, totals, dynamicIds, gold[i], predicted, step);
                    }

                    step++;
                    seen++;
                    beforePrevious = previous;
                    previous = predicted;
                }
            }

            model = Average(keys, weights, totals, step);
            var evaluation = holdout.Count > 0 ? Evaluate(model, holdout) : null;
            progress?.Invoke(new EpochReport(epoch, (double)errors / Math.Max(1, seen), model.FeatureCount, evaluation));
        }

        return model!;
    }

    private bool DropsGazetteer(int sentence) =>
        FeatureHash.Feature(99, (ulong)(sentence + options.Seed)) % 1000 < (ulong)(options.GazetteerDropout * 1000);

    /// <summary>Ids for the features seen at least MinCount times (dynamic ones with the gold history), in hash order.</summary>
    private Dictionary<ulong, int> FeatureIds(IReadOnlyList<NerSentence> training, SentenceFeatures[] features)
    {
        var counts = new Dictionary<ulong, int>();
        Span<ulong> buffer = stackalloc ulong[SentenceFeatures.StaticCount];
        Span<ulong> dynamicFeatures = stackalloc ulong[SentenceFeatures.DynamicCount];
        for (var k = 0; k < features.Length; k++)
        {
            var gold = training[k].Labels;
            var sentence = features[k];
            for (var i = 0; i < sentence.Count; i++)
            {
                sentence.Static(i, buffer);
                Count(counts, buffer);
                sentence.Dynamic(i, i > 0 ? gold[i - 1] : SentenceFeatures.StartLabel, i > 1 ? gold[i - 2] : SentenceFeatures.StartLabel, dynamicFeatures);
                Count(counts, dynamicFeatures);
            }
        }

        var kept = counts.Where(c => c.Value >= options.MinCount).Select(c => c.Key).Order().ToArray();
        var ids = new Dictionary<ulong, int>(kept.Length);
        foreach (var key in kept)
            ids.Add(key, ids.Count);
        return ids;
    }

    private static void Count(Dictionary<ulong, int> counts, ReadOnlySpan<ulong> keys)
    {
        foreach (var key in keys)
        {
            if (key == FeatureHash.None)
                continue;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    private static (int[] Offsets, int[] Ids) StaticIds(SentenceFeatures[] features, Dictionary<ulong, int> ids)
    {
        var offsets = new int[features.Length];
        var total = 0;
        for (var k = 0; k < features.Length; k++)
        {
            offsets[k] = total;
            total += features[k].Count * SentenceFeatures.StaticCount;
        }

        var staticIds = new int[total];
        Span<ulong> buffer = stackalloc ulong[SentenceFeatures.StaticCount];
        for (var k = 0; k < features.Length; k++)
        {
            for (var i = 0; i < features[k].Count; i++)
            {
                features[k].Static(i, buffer);
                for (var f = 0; f < buffer.Length; f++)
                    staticIds[offsets[k] + i * SentenceFeatures.StaticCount + f] = buffer[f] == FeatureHash.None ? -1 : ids.GetValueOrDefault(buffer[f], -1);
            }
        }

        return (offsets, staticIds);
    }

    private static void AddScores(float[] weights, ReadOnlySpan<int> active, Span<float> scores)
    {
        foreach (var id in active)
        {
            if (id < 0)
                continue;
            var row = weights.AsSpan(id * Labels, Labels);
            for (var l = 0; l < Labels; l++)
                scores[l] += row[l];
        }
    }

    private static void Update(float[] weights, double[] totals, ReadOnlySpan<int> active, int gold, int predicted, long step)
    {
        foreach (var id in active)
        {
            if (id < 0)
                continue;
            var row = id * Labels;
            weights[row + gold] += 1;
            totals[row + gold] += step;
            weights[row + predicted] -= 1;
            totals[row + predicted] -= step;
        }
    }

    /// <summary>The averaged weights (w − Σ step·Δ / steps), near-zero ones pruned and empty rows dropped.</summary>
    private NerModel Average(ulong[] keys, float[] weights, double[] totals, long steps)
    {
        var keptKeys = new List<ulong>();
        var kept = new List<float>();
        Span<float> row = stackalloc float[Labels];
        for (var id = 0; id < keys.Length; id++)
        {
            var any = false;
            for (var l = 0; l < Labels; l++)
            {
                var w = (float)(weights[id * Labels + l] - totals[id * Labels + l] / steps);
                row[l] = Math.Abs(w) < options.PruneBelow ? 0 : w;
                any |= row[l] != 0;
            }

            if (!any)
                continue;
            keptKeys.Add(keys[id]);
            foreach (var w in row)
                kept.Add(w);
        }

        return new NerModel([.. keptKeys], [.. kept]);
    }
}
