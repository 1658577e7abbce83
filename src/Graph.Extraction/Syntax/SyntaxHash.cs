using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Feature keys of the tagger and parser: <see cref="FeatureHash"/> folded to 32 bits. A model keeps over a million
/// features, and sorted 32-bit keys delta-code in two bytes where 64-bit ones take seven; the few collisions
/// that folding makes just share a weight row, in training as in use.
/// </summary>
internal static class SyntaxHash
{
    public static ulong Of(int template, ulong value) => Fold(FeatureHash.Feature(template, value));

    public static ulong Of(int template, ulong first, ulong second) => Fold(FeatureHash.Feature(template, first, second));

    private static ulong Fold(ulong hash)
    {
        var folded = (uint)(hash ^ (hash >> 32));
        return folded == 0 ? 1 : folded;
    }
}
