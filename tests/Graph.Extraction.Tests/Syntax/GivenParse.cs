using Graph.Extraction.Syntax;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Syntax;

/// <summary>A parse written out word by word, as a parser might give it, to test what a repair makes of that reading whatever the shipped model reads.</summary>
internal static class GivenParse
{
    /// <param name="rows">Each word's form, tags, head (1-based, 0 for the root) and relation, as in CoNLL-U.</param>
    public static SentenceParse Of(params (string Form, string Upos, string Xpos, int Head, string Relation)[] rows)
    {
        var text = string.Join(' ', rows.Select(r => r.Form));
        var words = new List<SyntaxWord>();
        var at = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            words.Add(new SyntaxWord(i, rows[i].Form, at, at + rows[i].Form.Length, i) { Upos = rows[i].Upos, Xpos = rows[i].Xpos, Relation = rows[i].Relation });
            at += rows[i].Form.Length + 1;
        }

        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Head > 0)
            {
                words[i].Head = rows[i].Head - 1;
                words[rows[i].Head - 1].AddChild(words[i]);
            }
        }

        var parse = new SentenceParse(new Sentence(0, 0, text.Length, text, Tokenizer.Tokenize(text)), words, ParseOutcome.Parsed);
        ParseRepair.Apply([parse]);
        return parse;
    }
}
