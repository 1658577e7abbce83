namespace Graph.Extraction.Text;

/// <summary>A token: offsets into the article text as read (UTF-16, end exclusive) and its text.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public int Length => End - Start;

    /// <summary>True when the first character is an upper-case letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
