using System.Globalization;
using Graph.Extraction.Ner;
using Graph.Extraction.Syntax.Conllu;

namespace Graph.Extraction.Syntax.Training;

/// <summary>
/// Tag accuracy and attachment scores of a model on gold-tokenised sentences, counted as score-conllu counts
/// them: every word, punctuation included; LAS compares the relation before any ':' subtype.
/// </summary>
public sealed record SyntaxEvaluation(int Words, double Upos, double Xpos, double Uas, double Las)
{
    public static SyntaxEvaluation Of(SyntaxModel model, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        var parser = new TreeParser(model);
        int n = 0, upos = 0, xpos = 0, uas = 0, las = 0;
        foreach (var s in sentences)
        {
            var words = s.Forms.Select(f => new WordForm(f)).ToArray();
            var tags = new int[words.Length];
            var heads = new int[words.Length];
            var labels = new int[words.Length];
            parser.TagAndParse(words, tags, heads, labels);
            for (var i = 0; i < words.Length; i++)
            {
                n++;
                upos += model.Upos[tags[i]] == s.Upos[i] ? 1 : 0;
                xpos += model.Xpos[tags[i]] == s.Xpos[i] ? 1 : 0;
                if (heads[i] != s.Heads[i])
                    continue;
                uas++;
                las += Universal(model.Relations[labels[i]]).SequenceEqual(Universal(s.Relations[i])) ? 1 : 0;
            }
        }

        return n == 0 ? new SyntaxEvaluation(0, 0, 0, 0, 0) : new SyntaxEvaluation(n, (double)upos / n, (double)xpos / n, (double)uas / n, (double)las / n);
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Words} words: UPOS {Upos:0.0000}, XPOS {Xpos:0.0000}, UAS {Uas:0.0000}, LAS {Las:0.0000}");
}
