using System.Text;

namespace Graph.Extraction.Ner.Training;

/// <summary>
/// Reads the GMB-derived NER corpus (<c>ner_dataset.csv</c>: Latin-1, columns <c>Sentence #,Word,POS,Tag</c>, a
/// sentence starts at a row whose first column is <c>Sentence: N</c>). Tags map per → Person, org →
/// Organization, geo → Location, gpe → Nationality, art, eve and nat → Other; tim (dates, "last week") becomes
/// O. An inside tag that does not continue a name of its type begins one.
/// </summary>
public static class GmbCorpus
{
    public static readonly Encoding Latin1 = Encoding.Latin1;

    public static List<NerSentence> Read(string path)
    {
        using var reader = new StreamReader(path, Latin1, detectEncodingFromByteOrderMarks: false);
        return Read(reader);
    }

    public static List<NerSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var labels = new List<int>();
        var header = reader.ReadLine() ?? throw new InvalidDataException("The corpus is empty.");
        if (!header.StartsWith("Sentence #,Word", StringComparison.Ordinal))
            throw new InvalidDataException($"Expected the header 'Sentence #,Word,POS,Tag', not '{header}'.");
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            var fields = Fields(line);
            if (fields.Count != 4)
                throw new InvalidDataException($"Line {lineNumber}: expected 4 columns, found {fields.Count}.");
            if (fields[0].Length > 0 && words.Count > 0)
            {
                sentences.Add(new NerSentence([.. words], labels));
                words.Clear();
                labels.Clear();
            }

            var previous = labels.Count > 0 ? labels[^1] : NerLabels.Outside;
            words.Add(fields[1]);
            labels.Add(Label(fields[3], previous));
        }

        if (words.Count > 0)
            sentences.Add(new NerSentence([.. words], labels));
        return sentences;
    }

    private static int Label(string tag, int previous)
    {
        if (tag == "O" || tag.Length < 3 || tag[1] != '-')
            return NerLabels.Outside;
        NameType type;
        switch (tag[2..])
        {
            case "per": type = NameType.Person; break;
            case "org": type = NameType.Organization; break;
            case "geo": type = NameType.Location; break;
            case "gpe": type = NameType.Nationality; break;
            case "art" or "eve" or "nat": type = NameType.Other; break;
            default: return NerLabels.Outside;
        }

        var continues = tag[0] == 'I' && previous != NerLabels.Outside && NerLabels.TypeOf(previous) == type;
        return continues ? NerLabels.Inside(type) : NerLabels.Begin(type);
    }

    /// <summary>The comma-separated fields of one line; a field in double quotes may hold commas and doubled quotes.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>(4);
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }
            }

            while (i < line.Length && line[i] != ',')
                field.Append(line[i++]);
            fields.Add(field.ToString());
            if (i >= line.Length)
                return fields;
            i++;
        }
    }
}
