namespace Graph.Extraction.Text;

/// <summary>A sentence: its index in the article, offsets into the article text, its text and tokens.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text, IReadOnlyList<Token> Tokens);
