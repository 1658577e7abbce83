using System.Globalization;

namespace Graph.Extraction.Syntax.Conllu;

/// <summary>Reads CoNLL-U (Universal Dependencies' ten tab-separated columns, blank line between sentences).</summary>
public static class ConlluReader
{
    /// <exception cref="InvalidDataException">A line is not CoNLL-U; the message names the line.</exception>
    public static List<ConlluSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConlluSentence>();
        var lines = new List<string>();
        var wordLines = new List<int>();
        var words = new List<string[]>();
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                lines.Add(line);
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
                throw new InvalidDataException($"line {number}: {columns.Length} columns, CoNLL-U has 10.");
            var id = columns[0];
            if (id.Contains('.', StringComparison.Ordinal))
                continue;
            if (!id.Contains('-', StringComparison.Ordinal))
            {
                if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != words.Count + 1)
                    throw new InvalidDataException($"line {number}: word id '{id}' out of sequence.");
                wordLines.Add(lines.Count);
                words.Add(columns);
            }

            lines.Add(line);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
                sentences.Add(new ConlluSentence([.. lines], [.. wordLines], [.. words]));
            lines.Clear();
            wordLines.Clear();
            words.Clear();
        }
    }

    public static List<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }
}
