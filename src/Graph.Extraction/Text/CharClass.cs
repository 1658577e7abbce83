namespace Graph.Extraction.Text;

/// <summary>Character tests the segmenter shares.</summary>
internal static class CharClass
{
    /// <summary>White space, including the invisible marks (zero-width space, LRM/RLM, BOM) that pasted text carries.</summary>
    public static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u2060';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '\u00AB';

    public static bool IsClosingQuote(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']' or '\u00BB';
}
