using System.Globalization;
using Graph.Extraction.Syntax.Conllu;
using Graph.Extraction.Text;

namespace Graph.Extraction.Syntax.Training;

/// <summary>
/// Scores the whole path on raw text: each gold sentence's <c># text</c> goes through the project's tokenizer,
/// <see cref="TreebankWords"/>, tagger and parser, and the predicted words are aligned to the gold ones by their
/// character spans in the text (as the CoNLL 2018 shared task aligned them). Words are F1 of span matches; UPOS,
/// UAS and LAS are F1 over the words, counting a word right when its span matches and so do its tag, the span of
/// its head (or both are roots) and its relation's universal part.
/// </summary>
public sealed record TokenisedEvaluation(int GoldWords, int PredictedWords, double Words, double Upos, double Uas, double Las, bool Repaired = false)
{
    /// <param name="repaired">Score the parses after the extraction's repairs (<see cref="ParseRepair"/>), as the event and role stages read them.</param>
    public static TokenisedEvaluation Of(SyntaxAnalyzer analyzer, IEnumerable<ConlluSentence> sentences, bool repaired = false)
    {
        var (plain, mended) = Both(analyzer, sentences);
        return repaired ? mended : plain;
    }

    /// <summary>The scores of the parser's own parses and of the same parses after the extraction's repairs, each sentence parsed once.</summary>
    public static (TokenisedEvaluation Plain, TokenisedEvaluation Repaired) Both(SyntaxAnalyzer analyzer, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(sentences);
        var plain = new Tally();
        var repaired = new Tally();
        foreach (var s in sentences)
        {
            var text = s.Lines.FirstOrDefault(l => l.StartsWith("# text = ", StringComparison.Ordinal))?["# text = ".Length..];
            if (text is null)
                throw new InvalidDataException("A sentence has no '# text = ' comment to tokenise.");
            var goldSpans = Spans(text, s.Forms);
            var parse = analyzer.Parse(new Sentence(0, 0, text.Length, text, Tokenizer.Tokenize(text)));
            plain.Add(s, goldSpans, parse);
            // The repairs change the parse in place: scored after the parser's own reading.
            ParseRepair.Apply([parse]);
            repaired.Add(s, goldSpans, parse);
        }

        return (plain.Evaluation(repaired: false), repaired.Evaluation(repaired: true));
    }

    /// <summary>Counts of one scoring over the sentences.</summary>
    private sealed class Tally
    {
        private int _gold, _predicted, _words, _upos, _uas, _las;

        public void Add(ConlluSentence s, (int Start, int End)[] goldSpans, SentenceParse parse)
        {
            var byspan = new Dictionary<(int, int), int>();
            for (var i = 0; i < goldSpans.Length; i++)
            {
                if (goldSpans[i].Start >= 0)
                    byspan.TryAdd(goldSpans[i], i);
            }

            _gold += s.Count;
            _predicted += parse.Words.Count;
            foreach (var w in parse.Words)
            {
                if (!byspan.TryGetValue((w.Start, w.End), out var g))
                    continue;
                _words++;
                _upos += w.Upos == s.Upos[g] ? 1 : 0;
                var goldHead = s.Heads[g] - 1;
                var sameHead = w.Head < 0
                    ? goldHead < 0
                    : goldHead >= 0 && goldSpans[goldHead] == (parse.Words[w.Head].Start, parse.Words[w.Head].End);
                if (!sameHead)
                    continue;
                _uas++;
                _las += Universal(w.Relation) == Universal(s.Relations[g]) ? 1 : 0;
            }
        }

        public TokenisedEvaluation Evaluation(bool repaired) =>
            new(_gold, _predicted, F1(_words, _gold, _predicted), F1(_upos, _gold, _predicted), F1(_uas, _gold, _predicted), F1(_las, _gold, _predicted), repaired);
    }

    /// <summary>Each gold word's span in the text, found left to right; (-1, -1) when its form is not written there as is.</summary>
    private static (int Start, int End)[] Spans(string text, string[] forms)
    {
        var spans = new (int, int)[forms.Length];
        var at = 0;
        for (var i = 0; i < forms.Length; i++)
        {
            var from = at;
            while (from < text.Length && char.IsWhiteSpace(text[from]))
                from++;
            if (string.CompareOrdinal(text, from, forms[i], 0, forms[i].Length) == 0)
            {
                spans[i] = (from, from + forms[i].Length);
                at = from + forms[i].Length;
            }
            else
            {
                spans[i] = (-1, -1);
            }
        }

        return spans;
    }

    private static string Universal(string relation) => relation.Split(':')[0];

    private static double F1(int correct, int gold, int predicted) => correct == 0 ? 0 : 2.0 * correct / (gold + predicted);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"own tokenisation{(Repaired ? " with the extraction's repairs" : "")}, {GoldWords} gold words, {PredictedWords} predicted: Words F1 {Words:0.0000}, UPOS {Upos:0.0000}, UAS {Uas:0.0000}, LAS {Las:0.0000}");
}
