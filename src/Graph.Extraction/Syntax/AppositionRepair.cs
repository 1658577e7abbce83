namespace Graph.Extraction.Syntax;

/// <summary>
/// "the president of Chad, General Omar Deby, arrived": a name set off by commas after a common noun is in
/// apposition to it. The parser (trained on web text with few such titles) often hangs the name on the noun as a
/// modifier without a preposition, or on the verb as a second subject; neither is a UD reading (a nominal
/// modifier takes a preposition, a clause has one subject), so both are read as the apposition they are before
/// the extraction reads the sentence.
/// </summary>
internal static class AppositionRepair
{
    public static void Apply(IReadOnlyList<SentenceParse> parses)
    {
        foreach (var parse in parses)
        {
            foreach (var w in parse.Words)
            {
                if (w.Upos != "PROPN" || parse.HeadOf(w) is not { } head || !AfterComma(parse, w))
                    continue;
                if (w.Relation == "nmod" && head is { Upos: "NOUN" } && head.Index < w.Index && !parse.ChildrenOf(w, "case").Any())
                    w.Relation = "appos";
                // The noun's phrase (with or without the comma) runs up to the name's: nothing else between them.
                else if (w.Relation == "nsubj" && parse.ChildrenOf(head, "nsubj").FirstOrDefault() is { Upos: "NOUN" } noun
                    && noun.Index < w.Index && BeforeComma(parse, w) && parse.Subtree(w).First().Index - parse.Subtree(noun).Last().Index <= 2)
                    noun.Adopt(w, head, "appos");
            }
        }
    }

    /// <summary>The word before the phrase the word heads is a comma.</summary>
    private static bool AfterComma(SentenceParse parse, SyntaxWord w)
    {
        var first = parse.Subtree(w).First().Index;
        return first > 0 && parse.Words[first - 1].Form == ",";
    }

    /// <summary>The phrase the word heads ends with a comma, or a comma follows it.</summary>
    private static bool BeforeComma(SentenceParse parse, SyntaxWord w)
    {
        var last = parse.Subtree(w).Last().Index;
        return parse.Words[last].Form == "," || last + 1 < parse.Words.Count && parse.Words[last + 1].Form == ",";
    }
}
