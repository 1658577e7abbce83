using System.Globalization;
using Graph.Core.Articles;

namespace Graph.Extraction.Syntax.Conllu;

/// <summary>Writes CoNLL-U: the parses of an article, or a read file's sentences with predicted columns.</summary>
public static class ConlluWriter
{
    /// <summary>
    /// One CoNLL-U sentence per parse, with the sentence's text and id as comments. MISC gives each word's offsets
    /// into the article text (<c>TokenRange=start:end</c>) and <c>SpaceAfter=No</c> as UD does. Words left unparsed
    /// (<see cref="ParseOutcome.OverBudget"/>) have "_" for their tags, head and relation.
    /// </summary>
    public static void Write(TextWriter writer, Article article, IReadOnlyList<SentenceParse> parses)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(parses);
        foreach (var parse in parses)
        {
            writer.Write("# sent_id = ");
            writer.Write(article.Id);
            writer.Write('-');
            writer.WriteLine((parse.Sentence.Index + 1).ToString(CultureInfo.InvariantCulture));
            writer.Write("# text = ");
            writer.WriteLine(OneLine(parse.Sentence.Text));
            if (parse.Outcome != ParseOutcome.Parsed)
                writer.WriteLine(parse.Outcome == ParseOutcome.Cut ? "# parse = cut into pieces (a long sentence)" : "# parse = not parsed (the article's time budget was spent)");
            var words = parse.Words;
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                var parsed = w.Relation.Length > 0;
                var misc = $"TokenRange={w.Start}:{w.End}" + (i + 1 < words.Count && words[i + 1].Start == w.End ? "|SpaceAfter=No" : "");
                WriteWord(writer, i + 1, w.Form, Or(w.Upos), Or(w.Xpos),
                    parsed ? (w.Head + 1).ToString(CultureInfo.InvariantCulture) : "_", parsed ? w.Relation : "_", misc);
            }

            writer.WriteLine();
        }
    }

    /// <summary>
    /// A read sentence again, line for line, its words' UPOS, XPOS, HEAD and DEPREL replaced by the predicted
    /// ones (head 0 for the root, else 1-based) and LEMMA, FEATS and DEPS left empty.
    /// </summary>
    public static void Write(TextWriter writer, ConlluSentence sentence, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, IReadOnlyList<int> heads, IReadOnlyList<string> relations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentence);
        var word = 0;
        for (var k = 0; k < sentence.Lines.Count; k++)
        {
            if (word < sentence.WordLines.Count && sentence.WordLines[word] == k)
            {
                var columns = sentence.Lines[k].Split('\t');
                WriteWord(writer, word + 1, columns[1], upos[word], xpos[word], heads[word].ToString(CultureInfo.InvariantCulture), relations[word], columns[9]);
                word++;
            }
            else
            {
                writer.WriteLine(sentence.Lines[k]);
            }
        }

        writer.WriteLine();
    }

    private static void WriteWord(TextWriter writer, int id, string form, string upos, string xpos, string head, string relation, string misc)
    {
        writer.Write(id.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(Clean(form));
        writer.Write("\t_\t");
        writer.Write(upos);
        writer.Write('\t');
        writer.Write(xpos);
        writer.Write("\t_\t");
        writer.Write(head);
        writer.Write('\t');
        writer.Write(relation);
        writer.Write("\t_\t");
        writer.WriteLine(misc);
    }

    private static string Or(string value) => value.Length == 0 ? "_" : value;

    // A form never holds a tab or line break in CoNLL-U.
    private static string Clean(string form) => form.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
