using Graph.Extraction.Text;

namespace Graph.Extraction.Ner.Training;

/// <summary>A training sentence: its words and their BIO labels (<see cref="NerLabels"/>).</summary>
public sealed class NerSentence
{
    public NerSentence(IReadOnlyList<string> words, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(labels);
        if (words.Count != labels.Count)
            throw new ArgumentException($"{words.Count} words but {labels.Count} labels.", nameof(labels));
        Words = words;
        Labels = [.. labels];
        Tokens = AsTokens(words);
    }

    public IReadOnlyList<string> Words { get; }

    public int[] Labels { get; }

    /// <summary>The words as tokens of a text that joins them with single spaces.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Reads "Idris/B-PER Bakongo/I-PER said/O …": words with their labels after the last '/'.</summary>
    public static NerSentence Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = new List<string>();
        var labels = new List<int>();
        foreach (var item in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var slash = item.LastIndexOf('/');
            if (slash <= 0)
                throw new FormatException($"'{item}' is not word/LABEL.");
            words.Add(item[..slash]);
            labels.Add(ParseLabel(item[(slash + 1)..]));
        }

        return new NerSentence(words, labels);
    }

    /// <summary>"O", "B-PER", "I-ORG", "B-LOC", "I-NAT"…</summary>
    public static int ParseLabel(string label)
    {
        for (var l = 0; l < NerLabels.Count; l++)
        {
            if (NerLabels.Name(l) == label)
                return l;
        }

        throw new FormatException($"Unknown label '{label}'.");
    }

    private static List<Token> AsTokens(IReadOnlyList<string> words)
    {
        var tokens = new List<Token>(words.Count);
        var at = 0;
        foreach (var word in words)
        {
            tokens.Add(new Token(at, at + word.Length, word));
            at += word.Length + 1;
        }

        return tokens;
    }
}
