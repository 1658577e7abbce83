using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Gazetteers;

/// <summary>A small tokenizer for these tests with the tokenizer's contract: "U.S." and "Gen." are one token, "'s" is its own.</summary>
internal static partial class TestTokens
{
    public static Token[] Of(string text) =>
        [.. TokenPattern().Matches(text).Select(m => new Token(m.Index, m.Index + m.Length, m.Value))];

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Adm|St)\.|['’]s\b|\w+(?:-\w+)*|\S")]
    private static partial Regex TokenPattern();
}
