using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Ner;

/// <summary>
/// The averaged-perceptron name tagger: greedy left-to-right BIO decoding over <see cref="SentenceFeatures"/>,
/// an inside label only after a label of its own type. Deterministic and thread-safe (the model is read-only).
/// </summary>
public sealed class NameTagger(IGazetteer gazetteer, NerModel model) : INameTagger
{
    // Longer sentences keep their labels on the heap rather than the stack.
    private const int MaxStackTokens = 256;

    /// <summary>The tagger over <see cref="Gazetteer.Default"/> and the embedded model.</summary>
    public NameTagger()
        : this(Gazetteer.Default, NerModel.Default)
    {
    }

    public IReadOnlyList<TaggedName> Tag(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Count == 0 ? [] : Tag(tokens, gazetteer.Match(tokens));
    }

    public IReadOnlyList<TaggedName> Tag(IReadOnlyList<Token> tokens, IReadOnlyList<GazetteerMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(matches);
        if (tokens.Count == 0)
            return [];
        Span<int> labels = tokens.Count <= MaxStackTokens ? stackalloc int[tokens.Count] : new int[tokens.Count];
        Span<float> margins = tokens.Count <= MaxStackTokens ? stackalloc float[tokens.Count] : new float[tokens.Count];
        Label(SentenceFeatures.ForThread(tokens, matches), labels, margins);
        return Spans(labels, margins);
    }

    /// <summary>The label and margin of each token.</summary>
    internal void Label(SentenceFeatures features, Span<int> labels, Span<float> margins)
    {
        // Two tokens' static features: a token's do not wait for the labels before it, so the next token's are
        // asked for from memory while this one is scored.
        Span<ulong> staticPair = stackalloc ulong[2 * SentenceFeatures.StaticCount];
        Span<ulong> dynamicFeatures = stackalloc ulong[SentenceFeatures.DynamicCount];
        Span<float> scores = stackalloc float[NerLabels.Count];
        int previous = SentenceFeatures.StartLabel, beforePrevious = SentenceFeatures.StartLabel;
        if (features.Count > 0)
        {
            features.Static(0, StaticOf(staticPair, 0));
            model.Prefetch(StaticOf(staticPair, 0));
        }

        for (var i = 0; i < features.Count; i++)
        {
            if (i + 1 < features.Count)
            {
                features.Static(i + 1, StaticOf(staticPair, i + 1));
                model.Prefetch(StaticOf(staticPair, i + 1));
            }

            features.Dynamic(i, previous, beforePrevious, dynamicFeatures);
            model.Prefetch(dynamicFeatures);
            scores.Clear();
            model.AddTo(StaticOf(staticPair, i), scores);
            model.AddTo(dynamicFeatures, scores);

            var best = Best(scores, previous, out var margin);
            labels[i] = best;
            margins[i] = margin;
            beforePrevious = previous;
            previous = best;
        }
    }

    private static Span<ulong> StaticOf(Span<ulong> pair, int token) =>
        pair.Slice(token % 2 * SentenceFeatures.StaticCount, SentenceFeatures.StaticCount);

    /// <summary>The highest-scoring label allowed after <paramref name="previous"/> (the lowest on a tie), and its lead over the runner-up.</summary>
    internal static int Best(ReadOnlySpan<float> scores, int previous, out float margin)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        var second = float.NegativeInfinity;
        for (var l = 0; l < scores.Length; l++)
        {
            if (!NerLabels.IsAllowedAfter(l, previous))
                continue;
            if (scores[l] > bestScore)
            {
                second = bestScore;
                bestScore = scores[l];
                best = l;
            }
            else if (scores[l] > second)
            {
                second = scores[l];
            }
        }

        margin = bestScore - second;
        return best;
    }

    /// <summary>The names in a BIO label sequence; a name's margin is its weakest token's.</summary>
    internal static List<TaggedName> Spans(ReadOnlySpan<int> labels, ReadOnlySpan<float> margins)
    {
        var names = new List<TaggedName>();
        var i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == NerLabels.Outside)
            {
                i++;
                continue;
            }

            var type = NerLabels.TypeOf(labels[i]);
            var margin = margins[i];
            var end = i + 1;
            while (end < labels.Length && labels[end] == NerLabels.Inside(type))
            {
                margin = Math.Min(margin, margins[end]);
                end++;
            }

            names.Add(new TaggedName(i, end, type, margin));
            i = end;
        }

        return names;
    }
}
