using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>A mention resolved to an entity of the article.</summary>
/// <param name="Start">Offset into the article text (inclusive).</param>
/// <param name="End">Offset (exclusive).</param>
/// <param name="Text">The text at [Start, End).</param>
/// <param name="EntityId">The entity it refers to.</param>
/// <param name="Type">That entity's type.</param>
/// <param name="Sentence">Index of the sentence holding it.</param>
/// <param name="FirstToken">Index of its first token in that sentence.</param>
/// <param name="EndToken">Index after its last token in that sentence.</param>
/// <param name="Kind">How it refers.</param>
public sealed record ResolvedMention(
    int Start,
    int End,
    string Text,
    string EntityId,
    EntityType Type,
    int Sentence,
    int FirstToken,
    int EndToken,
    MentionKind Kind)
{
    /// <summary>
    /// "pro-Russian separatists", "anti-Houthi forces": a name a prefix opens a word with is mentioned, but owns
    /// nothing, holds no office's country and acts in nothing the sentence tells.
    /// </summary>
    /// <param name="tokens">The tokens of the mention's sentence.</param>
    public bool IsSpokenOf(IReadOnlyList<Token> tokens) =>
        EndToken - FirstToken == 1 && FirstToken >= 0 && FirstToken < tokens.Count && tokens[FirstToken] is var token && Start > token.Start
        && WordLists.AfterNamePrefix(token.Text) is > 0 and var after && Start >= token.Start + after;
}
