using System.Collections.Frozen;
using System.Numerics;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Which word repairs can mend a word, by the word's relation and tag. Two hundred repairs tried on every word, each
/// rejecting nearly every word on its first test, cost a seventh of the extraction's time in the calls alone; the loop
/// now calls only the repairs whose gate (<see cref="WordRepair"/>) admits the word.
/// </summary>
internal sealed class RepairGates
{
    private readonly FrozenDictionary<string, ulong[]> _byRelation;
    private readonly FrozenDictionary<string, ulong[]> _byTag;
    private readonly ulong[] _anyRelation;
    private readonly ulong[] _anyTag;

    public RepairGates(IReadOnlyList<WordRepair> repairs)
    {
        (_byRelation, _anyRelation) = Sets(repairs, r => r.Relations);
        (_byTag, _anyTag) = Sets(repairs, r => r.Tags);
    }

    /// <summary>The repairs that can mend a word of this relation and tag.</summary>
    public Candidates For(string relation, string tag) =>
        new(_byRelation.GetValueOrDefault(relation, _anyRelation), _byTag.GetValueOrDefault(tag, _anyTag));

    /// <summary>
    /// For each name some gate lists, the repairs that admit it (those listing it and those listing none); for any
    /// other name, the repairs that list none. One bit a repair, in the repairs' order.
    /// </summary>
    private static (FrozenDictionary<string, ulong[]> ByName, ulong[] Any) Sets(IReadOnlyList<WordRepair> repairs, Func<WordRepair, string?> gate)
    {
        var any = new ulong[(repairs.Count + 63) / 64];
        var byName = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        for (var i = 0; i < repairs.Count; i++)
        {
            if (gate(repairs[i]) is not { } names)
                Set(any, i);
            else
            {
                foreach (var name in names.Split(' '))
                    Set(byName.TryGetValue(name, out var bits) ? bits : byName[name] = new ulong[any.Length], i);
            }
        }

        foreach (var bits in byName.Values)
        {
            for (var k = 0; k < bits.Length; k++)
                bits[k] |= any[k];
        }

        return (byName.ToFrozenDictionary(StringComparer.Ordinal), any);
    }

    private static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);

    /// <summary>The repairs a word's relation admits and those its tag admits; a repair is tried if both do.</summary>
    internal readonly struct Candidates(ulong[] byRelation, ulong[] byTag)
    {
        /// <summary>The first repair at or after <paramref name="from"/> that can mend the word, or -1.</summary>
        public int Next(int from)
        {
            for (var k = from >> 6; k < byRelation.Length; k++)
            {
                var bits = byRelation[k] & byTag[k];
                if (k == from >> 6)
                    bits &= ~0UL << (from & 63);
                if (bits != 0)
                    return (k << 6) + BitOperations.TrailingZeroCount(bits);
            }

            return -1;
        }
    }
}
