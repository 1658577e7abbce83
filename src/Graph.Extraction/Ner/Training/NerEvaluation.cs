namespace Graph.Extraction.Ner.Training;

/// <summary>Token accuracy and exact-match entity precision, recall and F1 per type of a tagger on labelled sentences.</summary>
public sealed class NerEvaluation
{
    private readonly int[] _gold = new int[Enum.GetValues<NameType>().Length];
    private readonly int[] _found = new int[Enum.GetValues<NameType>().Length];
    private readonly int[] _correct = new int[Enum.GetValues<NameType>().Length];

    public int Tokens { get; private set; }

    public int CorrectTokens { get; private set; }

    public double TokenAccuracy => Tokens == 0 ? 0 : (double)CorrectTokens / Tokens;

    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        Tokens += gold.Length;
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] == predicted[i])
                CorrectTokens++;
        }

        var goldNames = NameTagger.Spans(gold, new float[gold.Length]);
        var predictedNames = NameTagger.Spans(predicted, new float[predicted.Length]);
        foreach (var g in goldNames)
            _gold[(int)g.Type]++;
        foreach (var p in predictedNames)
        {
            _found[(int)p.Type]++;
            if (goldNames.Any(g => g.FirstToken == p.FirstToken && g.EndToken == p.EndToken && g.Type == p.Type))
                _correct[(int)p.Type]++;
        }
    }

    /// <summary>Scores of one type, or of all types together when <paramref name="type"/> is null.</summary>
    public (double Precision, double Recall, double F1) Score(NameType? type)
    {
        int gold = 0, found = 0, correct = 0;
        foreach (var t in Enum.GetValues<NameType>())
        {
            if (type is not null && t != type)
                continue;
            gold += _gold[(int)t];
            found += _found[(int)t];
            correct += _correct[(int)t];
        }

        var p = found == 0 ? 0 : (double)correct / found;
        var r = gold == 0 ? 0 : (double)correct / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>One line: token accuracy, then P/R/F1 per type and overall.</summary>
    public string Summary()
    {
        var parts = new List<string> { FormattableString.Invariant($"token accuracy {TokenAccuracy:0.0000}") };
        foreach (var t in Enum.GetValues<NameType>())
            parts.Add(Part(NerLabels.ShortName(t), Score(t)));
        parts.Add(Part("all", Score(null)));
        return string.Join("; ", parts);
    }

    private static string Part(string name, (double P, double R, double F1) s) =>
        FormattableString.Invariant($"{name} P {s.P:0.000} R {s.R:0.000} F1 {s.F1:0.000}");
}
