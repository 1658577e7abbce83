using Graph.Extraction.Ner;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Tests.Syntax;

public class BeamDecoderTests
{
    [Theory]
    [InlineData("The minister of Peru met her counterpart in Lima on Tuesday and signed two deals .")]
    [InlineData("Talks that the envoys had planned for weeks were called off , officials said .")]
    [InlineData("Ghana 's president , who arrived late , did n't sign the accord he had praised .")]
    public void Parse_SumsSharedPerSentence_SameTreeAsSummingEveryFeature(string sentence)
    {
        var shipped = SyntaxModel.Default;
        var model = new SyntaxModel([.. shipped.Upos], [.. shipped.Xpos], [.. shipped.Relations], shipped.Clusters,
            shipped.Tags, shipped.Transitions, shipped.Labels, beamWidth: 6);
        WordForm[] words = [.. sentence.Split(' ').Select(w => new WordForm(w))];
        var tags = new int[words.Length];
        new TreeParser(model).Tag(words, tags);
        var (clusters, _) = TreeParser.ClustersOf(model.Clusters, words);
        var heads = new int[words.Length];
        var labels = new int[words.Length];

        new BeamDecoder().Parse(model, words, clusters, tags, heads, labels);

        var beam = new Beam(model.BeamWidth);
        TreeParser.Load(beam.Start(words.Length), words, tags, clusters);
        var everyFeature = new EveryFeature(model);
        while (!beam.Best.IsTerminal)
            beam.Step(everyFeature);
        Assert.Equal(beam.Best.Heads.AsSpan(1, words.Length).ToArray(), heads);
        Assert.Equal(beam.Best.Labels.AsSpan(1, words.Length).ToArray(), labels);
        Assert.Single(heads, h => h == 0);
    }

    /// <summary>Scores every configuration from all its features, nothing kept from step to step.</summary>
    private sealed class EveryFeature(SyntaxModel model) : IBeamScorer
    {
        public void Score(ReadOnlySpan<ParseState> states, Span<double> scores)
        {
            var features = new ulong[ParserFeatures.TransitionCount];
            for (var k = 0; k < states.Length; k++)
            {
                if (states[k].OnlyValid >= 0)
                    continue;
                ParserFeatures.Transition(states[k], features);
                var sums = new int[Transition.Count];
                model.Transitions.Inline.Sum(features, sums);
                for (var t = 0; t < Transition.Count; t++)
                    scores[k * Transition.Count + t] = sums[t];
            }
        }

        public int Label(ParseState st, int transition)
        {
            var (head, dependent) = st.Arc(transition);
            var features = new ulong[ParserFeatures.LabelCount];
            ParserFeatures.Label(st, head, dependent, features);
            var scores = new float[model.Labels.Classes];
            model.Labels.Score(features, scores);
            return TreeParser.BestLabel(scores, head, model.Root);
        }
    }
}
