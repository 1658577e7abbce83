namespace Graph.Extraction.Syntax;

/// <summary>
/// The arc-hybrid transitions (Kuhlmann et al. 2011): shift the buffer's first word onto the stack; attach the
/// stack's top to the buffer's first word (left) or to the word below it on the stack (right), and pop it.
/// </summary>
internal static class Transition
{
    public const int Shift = 0;
    public const int Left = 1;
    public const int Right = 2;
    public const int Count = 3;
}
