using System.Text;
using Graph.Extraction.Ner;
using Graph.Extraction.Syntax.Conllu;

namespace Graph.Extraction.Syntax.Training;

/// <summary>
/// Unlabelled sentences for <see cref="BrownClustering"/>: the words of the GMB corpus's CSV (Voice of America news,
/// one token a row, "Sentence: N" on each sentence's first row; only the words are read) and of a treebank's
/// training file, lower-cased with typographic quotes and dashes as ASCII, as the features read them.
/// </summary>
public static class ClusterText
{
    /// <summary>Sentences of the GMB <c>ner_dataset.csv</c> (Latin-1, columns "Sentence #,Word,POS,Tag").</summary>
    /// <exception cref="InvalidDataException">A row does not have four fields.</exception>
    public static List<string[]> ReadGmb(string path)
    {
        var sentences = new List<string[]>();
        var current = new List<string>();
        foreach (var fields in GmbRows(path))
        {
            if (fields[0].Length > 0 && current.Count > 0)
            {
                sentences.Add([.. current]);
                current.Clear();
            }

            current.Add(Normalise(fields[1]));
        }

        if (current.Count > 0)
            sentences.Add([.. current]);
        return sentences;
    }

    /// <summary>
    /// Each word's most frequent tag in the GMB corpus (its POS column: silver Penn tags), ties to the ordinally
    /// first tag.
    /// </summary>
    public static Dictionary<string, string> ReadGmbTags(string path)
    {
        var counts = new Dictionary<(string Word, string Tag), int>();
        foreach (var fields in GmbRows(path))
        {
            var key = (Normalise(fields[1]), fields[2]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts.GroupBy(p => p.Key.Word, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Tag, StringComparer.Ordinal).First().Key.Tag,
            StringComparer.Ordinal);
    }

    /// <summary>The fields of the GMB CSV's rows after the header, blank lines skipped.</summary>
    /// <exception cref="InvalidDataException">A row does not have four fields.</exception>
    private static IEnumerable<List<string>> GmbRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.Latin1);
        reader.ReadLine(); // the header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            var fields = SplitCsv(line);
            if (fields.Count != 4)
                throw new InvalidDataException($"Not a row of four fields: {line}");
            yield return fields;
        }
    }

    /// <summary>The words of a treebank's sentences.</summary>
    public static List<string[]> Of(IEnumerable<ConlluSentence> sentences) =>
        [.. sentences.Select(s => s.Forms.Select(Normalise).ToArray())];

    public static string Normalise(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var k = 0; k < w.Length; k++)
                span[k] = char.ToLowerInvariant(WordForm.Normalize(w[k]));
        });
    }

    /// <summary>Fields of one CSV row: commas separate, double quotes enclose, a doubled quote is a quote.</summary>
    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            if (quoted)
            {
                if (c == '"' && k + 1 < line.Length && line[k + 1] == '"')
                {
                    field.Append('"');
                    k++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
