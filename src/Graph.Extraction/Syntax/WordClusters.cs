using Graph.Extraction.Ner;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Brown clusters of lower-case words (Training/BrownClustering), kept in the syntax model: a word's cluster is a
/// bit string, and its prefixes are coarser clusters (Koo et al. 2008). Features read a cluster as a code:
/// 1 followed by the bits, so every prefix length is a distinct value; 0 for a word without a cluster. Each word
/// may also carry its most frequent tag in a silver-tagged corpus (the GMB's Penn tags), which tells the tagger
/// what a word to the right probably is before it has tagged it.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Longer bit strings are cut to this many bits (a code must fit 64 bits).</summary>
    public const int MaxBits = 62;

    /// <summary>No clusters: every word reads as unknown.</summary>
    public static readonly WordClusters None = new([], []);

    private readonly Dictionary<ulong, (ulong Code, ulong Tag)> _codes;

    /// <param name="words">Lower-case words.</param>
    /// <param name="paths">Each word's bit string ("0110…").</param>
    /// <param name="tags">Each word's silver tag, "" for none; none at all when null.</param>
    public WordClusters(IReadOnlyList<string> words, IReadOnlyList<string> paths, IReadOnlyList<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(paths);
        tags ??= [.. words.Select(_ => "")];
        if (words.Count != paths.Count || words.Count != tags.Count)
            throw new ArgumentException("One bit string and one tag per word are needed.", nameof(paths));
        Words = words;
        Paths = paths;
        Tags = tags;
        _codes = new Dictionary<ulong, (ulong, ulong)>(words.Count);
        for (var k = 0; k < words.Count; k++)
            _codes[new WordForm(words[k]).Lower] = (Code(paths[k]), tags[k].Length == 0 ? 0 : FeatureHash.Of(tags[k]));
    }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Paths { get; }

    /// <summary>Each word's silver tag ("" for none).</summary>
    public IReadOnlyList<string> Tags { get; }

    public int Count => Words.Count;

    /// <summary>The cluster code of a word (by its lower case), 0 when it has none.</summary>
    internal ulong Of(in WordForm word) => _codes.GetValueOrDefault(word.Lower).Code;

    /// <summary>The cluster code and the hash of the silver tag of a word (by its lower case), 0 for what it lacks.</summary>
    internal (ulong Code, ulong Tag) Both(in WordForm word) => _codes.GetValueOrDefault(word.Lower);

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

    /// <summary>Writes "bits TAB word [TAB tag]" lines, the form <see cref="Read"/> takes.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var k = 0; k < Count; k++)
        {
            writer.Write(Paths[k]);
            writer.Write('\t');
            writer.Write(Words[k]);
            if (Tags[k].Length > 0)
            {
                writer.Write('\t');
                writer.Write(Tags[k]);
            }

            writer.Write('\n');
        }
    }

    /// <exception cref="InvalidDataException">A line is not "bits TAB word [TAB tag]".</exception>
    public static WordClusters Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<string>();
        var paths = new List<string>();
        var tags = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            if (fields.Length is < 2 or > 3 || fields[0].AsSpan().ContainsAnyExcept('0', '1'))
                throw new InvalidDataException($"Not a cluster line (bits TAB word [TAB tag]): {line}");
            paths.Add(fields[0]);
            words.Add(fields[1]);
            tags.Add(fields.Length == 3 ? fields[2] : "");
        }

        return new WordClusters(words, paths, tags);
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        for (var k = 0; k < Count; k++)
        {
            writer.Write(Words[k]);
            writer.Write(Paths[k]);
            writer.Write(Tags[k]);
        }
    }

    internal static WordClusters Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var words = new string[count];
        var paths = new string[count];
        var tags = new string[count];
        for (var k = 0; k < count; k++)
        {
            words[k] = reader.ReadString();
            paths[k] = reader.ReadString();
            tags[k] = reader.ReadString();
        }

        return new WordClusters(words, paths, tags);
    }
}
