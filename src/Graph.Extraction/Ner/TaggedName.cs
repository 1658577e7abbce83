namespace Graph.Extraction.Ner;

/// <summary>A name the tagger found over tokens [FirstToken, EndToken) of one sentence.</summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">Token after the last.</param>
/// <param name="Type">What it names.</param>
/// <param name="Margin">
/// The smallest, over the span's tokens, of the winning label's score minus the best other label's: how sure
/// the tagger was of its weakest token (0 is a tie; scores are perceptron weights, typically 0–30).
/// </param>
public readonly record struct TaggedName(int FirstToken, int EndToken, NameType Type, float Margin);
