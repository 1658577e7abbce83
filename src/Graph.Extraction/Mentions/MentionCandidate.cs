using Graph.Extraction.Gazetteers;

namespace Graph.Extraction.Mentions;

/// <summary>A span the mention finder proposes, over tokens [FirstToken, EndToken) of one sentence.</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">Token after the last.</param>
/// <param name="Start">Offset into the article text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The text at [Start, End).</param>
/// <param name="Kind">What it is believed to name.</param>
public sealed record MentionCandidate(int Sentence, int FirstToken, int EndToken, int Start, int End, string Text, CandidateKind Kind)
{
    /// <summary>For <see cref="CandidateKind.Known"/>: the gazetteer entry.</summary>
    public GazetteerEntry? Entry { get; init; }

    /// <summary>True when a title or honorific precedes a person's name ("President Putin").</summary>
    public bool Titled { get; init; }

    /// <summary>
    /// A person only because a leader's first name opens it (<see cref="WordLists.LeaderGivenNames"/>): the place or body
    /// the article types the same name as elsewhere, if it does.
    /// </summary>
    public bool ByForenameAlone { get; init; }

    /// <summary>For an acronym defined in parentheses ("… Corps (IRGC)"): the long form it abbreviates.</summary>
    public MentionCandidate? Abbreviates { get; init; }
}
