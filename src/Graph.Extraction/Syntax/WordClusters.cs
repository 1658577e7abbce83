using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Brown clusters of lower-case words (Training/BrownClustering), kept in the syntax model: a word's cluster is a
/// bit string, and its prefixes are coarser clusters (Koo et al. 2008). Features read a cluster as a code:
/// 1 followed by the bits, so every prefix length is a distinct value; 0 for a word without a cluster.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Longer bit strings are cut to this many bits (a code must fit 64 bits).</summary>
    public const int MaxBits = 62;

    /// <summary>No clusters: every word reads as unknown.</summary>
    public static readonly WordClusters None = new([], []);

    private readonly Dictionary<ulong, ulong> _codes;

    /// <param name="words">Lower-case words.</param>
    /// <param name="paths">Each word's bit string ("0110…").</param>
    public WordClusters(IReadOnlyList<string> words, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(paths);
        if (words.Count != paths.Count)
            throw new ArgumentException("One bit string per word is needed.", nameof(paths));
        Words = words;
        Paths = paths;
        _codes = new Dictionary<ulong, ulong>(words.Count);
        for (var k = 0; k < words.Count; k++)
            _codes[new WordForm(words[k]).Lower] = Code(paths[k]);
    }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Paths { get; }

    public int Count => Words.Count;

    /// <summary>The cluster code of a word (by its lower case), 0 when it has none.</summary>
    internal ulong Of(in WordForm word) => _codes.GetValueOrDefault(word.Lower);

    /// <summary>The code of the first <paramref name="bits"/> bits of a cluster (the whole cluster when shorter).</summary>
    internal static ulong Prefix(ulong code, int bits)
    {
        if (code == 0)
            return 0;
        var length = 63 - System.Numerics.BitOperations.LeadingZeroCount(code);
        return length <= bits ? code : code >> (length - bits);
    }

    internal static ulong Code(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var code = 1UL;
        for (var k = 0; k < Math.Min(path.Length, MaxBits); k++)
            code = (code << 1) | (path[k] == '1' ? 1UL : 0UL);
        return code;
    }

    /// <summary>Writes "bits TAB word" lines, the form <see cref="Read"/> takes.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var k = 0; k < Count; k++)
        {
            writer.Write(Paths[k]);
            writer.Write('\t');
            writer.Write(Words[k]);
            writer.Write('\n');
        }
    }

    /// <exception cref="InvalidDataException">A line is not "bits TAB word".</exception>
    public static WordClusters Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<string>();
        var paths = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || line.AsSpan(0, tab).ContainsAnyExcept('0', '1'))
                throw new InvalidDataException($"Not a cluster line (bits TAB word): {line}");
            paths.Add(line[..tab]);
            words.Add(line[(tab + 1)..]);
        }

        return new WordClusters(words, paths);
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        for (var k = 0; k < Count; k++)
        {
            writer.Write(Words[k]);
            writer.Write(Paths[k]);
        }
    }

    internal static WordClusters Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var words = new string[count];
        var paths = new string[count];
        for (var k = 0; k < count; k++)
        {
            words[k] = reader.ReadString();
            paths[k] = reader.ReadString();
        }

        return new WordClusters(words, paths);
    }
}
