namespace Graph.Extraction.Syntax;

/// <summary>
/// A repair of one word (<see cref="ParseRepair"/>), with the relations and tags of the words it can mend: its own first
/// test, written again so that the repair loop passes other words by without calling it (<see cref="RepairGates"/>).
/// </summary>
/// <param name="Mend">Mends the word's reading if it is the one the repair is for; whether the word is done.</param>
/// <param name="Relations">The relations, separated by spaces, of the words it can mend; null: any relation.</param>
/// <param name="Tags">The part-of-speech tags (UPOS), separated by spaces, of the words it can mend; null: any tag.</param>
internal sealed record WordRepair(Func<SentenceParse, SyntaxWord, bool> Mend, string? Relations = null, string? Tags = null)
{
    /// <summary>Whether the repair can mend a word with this relation and tag, as its gate says.</summary>
    public bool Admits(string relation, string tag) => Allows(Relations, relation) && Allows(Tags, tag);

    private static bool Allows(string? names, string name) => names is null || names.Split(' ').Contains(name, StringComparer.Ordinal);
}
