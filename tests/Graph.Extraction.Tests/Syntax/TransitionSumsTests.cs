using Graph.Extraction.Ner;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Tests.Syntax;

public class TransitionSumsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Shared_EveryScoredStep_SameSumsAsAllFeatures(int seed)
    {
        var model = SyntaxModel.Default;
        var table = model.Transitions.Inline;
        WordForm[] words = [new("The"), new("minister"), new("of"), new("Peru"), new("met"), new("her"), new("counterpart"), new("in"), new("Lima"), new(".")];
        var tags = new int[words.Length];
        new TreeParser(model).Tag(words, tags);
        var (clusters, _) = TreeParser.ClustersOf(model.Clusters, words);
        var st = new ParseState();
        TreeParser.Load(st, words, tags, clusters);
        var sums = new TransitionSums();
        sums.Start(table, st);
        var all = new ulong[ParserFeatures.TransitionCount];
        var changing = new ulong[ParserFeatures.TransitionCount];
        var random = new Random(seed);
        var steps = 0;
        while (!st.IsTerminal)
        {
            if (st.OnlyValid < 0)
            {
                ParserFeatures.Transition(st, all);
                var expected = new int[Transition.Count];
                table.Sum(all, expected);
                ParserFeatures.Changing(st, changing);
                var actual = new int[Transition.Count];
                sums.Shared(st, actual);
                table.Sum(changing, actual);
                Assert.Equal(expected, actual);
                steps++;
            }

            // Random valid transitions and relations, so stack tops come back after children of every kind.
            var valid = Enumerable.Range(0, Transition.Count).Where(st.IsValid).ToList();
            var t = valid[random.Next(valid.Count)];
            st.Apply(t, t == Transition.Shift ? -1 : random.Next(model.Relations.Count));
        }

        Assert.True(steps > words.Length / 2);
    }
}
