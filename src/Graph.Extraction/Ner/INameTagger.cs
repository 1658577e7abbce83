using Graph.Extraction.Gazetteers;
using Graph.Extraction.Text;

namespace Graph.Extraction.Ner;

/// <summary>Finds and types the names in one sentence by their form and context, gazetteer or not.</summary>
public interface INameTagger
{
    /// <summary>The names in a sentence's tokens, left to right, not overlapping.</summary>
    IReadOnlyList<TaggedName> Tag(IReadOnlyList<Token> tokens);

    /// <summary>The same, reusing the gazetteer matches the caller already has for these tokens.</summary>
    IReadOnlyList<TaggedName> Tag(IReadOnlyList<Token> tokens, IReadOnlyList<GazetteerMatch> matches);
}
