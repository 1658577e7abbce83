using System.IO.Compression;

namespace Graph.Extraction.Syntax;

/// <summary>
/// The trained tagger and parser: the tag set (UPOS and Penn XPOS pairs seen in training), the dependency
/// relations, the word clusters the features read, and three averaged perceptrons (tags, transitions,
/// relations). Saved as one gzipped binary;
/// <see cref="Default"/> is the model embedded in this assembly (trained on UD English EWT by the
/// <c>train-syntax</c> verb, see Syntax/README.md), loaded on first use.
/// </summary>
public sealed class SyntaxModel
{
    private const uint Magic = 0x4E595347; // "GSYN"
    private const int FormatVersion = 4;

    /// <summary>Format 4 with the beam width after the feature schema; a greedy model is still written as format 4, so it keeps its bytes.</summary>
    private const int BeamFormatVersion = 5;

    /// <summary>Changes whenever the tagger's or parser's features change: a model only fits the features it was trained on.</summary>
    internal const int FeatureSchema = 4;

    private const string ResourceName = "Graph.Extraction.Syntax.syntax.model";

    private static readonly Lazy<SyntaxModel> DefaultModel = new(LoadEmbedded);

    internal SyntaxModel(string[] upos, string[] xpos, string[] relations, WordClusters clusters, SparseWeights tags, SparseWeights transitions, SparseWeights labels, int beamWidth = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        if (upos.Length != xpos.Length || tags.Classes != upos.Length)
            throw new ArgumentException("One UPOS and one XPOS per tag class are needed.", nameof(upos));
        if (labels.Classes != relations.Length || transitions.Classes != Transition.Count)
            throw new ArgumentException("The weights do not match the relations or transitions.", nameof(relations));
        Upos = upos;
        Xpos = xpos;
        Relations = relations;
        Clusters = clusters;
        Tags = tags;
        Transitions = transitions;
        Labels = labels;
        Root = Array.IndexOf(relations, "root");
        Punct = Array.IndexOf(relations, "punct");
        BeamWidth = beamWidth;
    }

    /// <summary>The model embedded in this assembly.</summary>
    public static SyntaxModel Default => DefaultModel.Value;

    /// <summary>UPOS of each tag class.</summary>
    public IReadOnlyList<string> Upos { get; }

    /// <summary>Penn XPOS of each tag class.</summary>
    public IReadOnlyList<string> Xpos { get; }

    /// <summary>The dependency relations (UD, with subtypes such as nsubj:pass).</summary>
    public IReadOnlyList<string> Relations { get; }

    /// <summary>The Brown clusters of words (none for a model trained without them).</summary>
    public WordClusters Clusters { get; }

    /// <summary>The beam the parser was trained over and parses with; 1 for the greedy parser.</summary>
    public int BeamWidth { get; }

    /// <summary>Features with weights, over the three perceptrons.</summary>
    public int FeatureCount => Tags.Features + Transitions.Features + Labels.Features;

    /// <summary>Bytes of the loaded weights in memory.</summary>
    public long MemoryBytes => Tags.MemoryBytes + Transitions.MemoryBytes + Labels.MemoryBytes;

    internal SparseWeights Tags { get; }

    internal SparseWeights Transitions { get; }

    internal SparseWeights Labels { get; }

    internal int Root { get; }

    internal int Punct { get; }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(BeamWidth > 1 ? BeamFormatVersion : FormatVersion);
        writer.Write(FeatureSchema);
        if (BeamWidth > 1)
            writer.Write(BeamWidth);
        writer.Write(Upos.Count);
        for (var k = 0; k < Upos.Count; k++)
        {
            writer.Write(Upos[k]);
            writer.Write(Xpos[k]);
        }

        writer.Write(Relations.Count);
        foreach (var r in Relations)
            writer.Write(r);
        Clusters.Write(writer);
        Tags.Write(writer);
        Transitions.Write(writer);
        Labels.Write(writer);
    }

    public static SyntaxModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadUInt32() != Magic)
            throw new InvalidDataException("Not a syntax model.");
        var version = reader.ReadInt32();
        var schema = reader.ReadInt32();
        if (version is not (FormatVersion or BeamFormatVersion) || schema != FeatureSchema)
            throw new InvalidDataException(
                $"The model has format {version}, features {schema}; this code reads formats {FormatVersion} and {BeamFormatVersion}, features {FeatureSchema}. Retrain it (Syntax/README.md).");
        var beamWidth = version == BeamFormatVersion ? reader.ReadInt32() : 1;
        if (beamWidth < 1)
            throw new InvalidDataException($"Beam width {beamWidth}: at least 1.");
        var tagCount = reader.ReadInt32();
        var upos = new string[tagCount];
        var xpos = new string[tagCount];
        for (var k = 0; k < tagCount; k++)
        {
            upos[k] = reader.ReadString();
            xpos[k] = reader.ReadString();
        }

        var relations = new string[reader.ReadInt32()];
        for (var k = 0; k < relations.Length; k++)
            relations[k] = reader.ReadString();
        var clusters = WordClusters.Read(reader);
        var tags = SparseWeights.Read(reader);
        var transitions = SparseWeights.Read(reader);
        var labels = SparseWeights.Read(reader);
        return new SyntaxModel(upos, xpos, relations, clusters, tags, transitions, labels, beamWidth);
    }

    private static SyntaxModel LoadEmbedded()
    {
        using var stream = typeof(SyntaxModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(SyntaxModel).Assembly.GetName().Name}.");
        return Load(stream);
    }
}
