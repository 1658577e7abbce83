using Graph.Extraction.Syntax;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Syntax;

/// <summary>A parse written out word by word, as a parser might give it, to test what a repair makes of that reading whatever the shipped model reads.</summary>
internal static class GivenParse
{
    /// <param name="rows">Each word's form, tags, head (1-based, 0 for the root) and relation, as in CoNLL-U.</param>
    public static SentenceParse Of(params (string Form, string Upos, string Xpos, int Head, string Relation)[] rows)
    {
        var parse = Unrepaired(rows);
        ParseRepair.Apply([parse]);
        return parse;
    }

    /// <summary>The parse as written, no repair applied.</summary>
    public static SentenceParse Unrepaired(params (string Form, string Upos, string Xpos, int Head, string Relation)[] rows)
    {
        // Words are spaced apart, but a hyphen joins the two beside it ("cash-strapped" is "cash", "-", "strapped").
        var text = new System.Text.StringBuilder();
        var words = new List<SyntaxWord>();
        for (var i = 0; i < rows.Length; i++)
        {
            if (i > 0 && rows[i].Form != "-" && rows[i - 1].Form != "-")
                text.Append(' ');
            words.Add(new SyntaxWord(i, rows[i].Form, text.Length, text.Length + rows[i].Form.Length, i) { Upos = rows[i].Upos, Xpos = rows[i].Xpos, Relation = rows[i].Relation });
            text.Append(rows[i].Form);
        }

        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Head > 0)
            {
                words[i].Head = rows[i].Head - 1;
                words[rows[i].Head - 1].AddChild(words[i]);
            }
        }

        return new SentenceParse(new Sentence(0, 0, text.Length, text.ToString(), Tokenizer.Tokenize(text.ToString())), words, ParseOutcome.Parsed);
    }
}
