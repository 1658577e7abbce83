using System.IO.Compression;

namespace Graph.Extraction.Ner;

/// <summary>
/// The weights of the name tagger: one row of <see cref="NerLabels.Count"/> weights per feature hash. Saved as a
/// gzipped binary: a header, then the features in hash order, each as a delta-coded hash, a mask of its
/// non-zero labels and those weights as half-precision floats. Weights are kept at half precision in memory
/// too, so a model tags the same before saving and after loading. <see cref="Default"/> is the model embedded in
/// this assembly (trained on GMB by the <c>train</c> verb; see Ner/README.md), loaded on first use.
/// </summary>
public sealed class NerModel
{
    private const uint Magic = 0x52454E47; // "GNER"
    private const int FormatVersion = 1;

    /// <summary>Changes whenever <see cref="SentenceFeatures"/> computes its features differently: a model only fits the features it was trained on.</summary>
    internal const int FeatureSchema = 2;

    private const string ResourceName = "Graph.Extraction.Ner.ner.model";

    private static readonly Lazy<NerModel> DefaultModel = new(LoadEmbedded);

    private readonly FeatureTable _table;
    private readonly ulong[] _keys;

    /// <param name="keys">Distinct feature hashes.</param>
    /// <param name="weights">Row k (labels × k …) holds the weights of keys[k]; rounded to half precision here.</param>
    internal NerModel(ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * NerLabels.Count)
            throw new ArgumentException("One row of weights per key is needed.", nameof(weights));
        _table = new FeatureTable(keys, weights, NerLabels.Count);
        _keys = keys;
    }

    /// <summary>The model embedded in this assembly.</summary>
    public static NerModel Default => DefaultModel.Value;

    /// <summary>The number of features with weights.</summary>
    public int FeatureCount => _table.Count;

    /// <summary>
    /// Asks for the weights of features about to be scored: the lookups are independent, so asking for all their
    /// lines before reading any lets their cache misses overlap instead of following one another.
    /// </summary>
    internal void Prefetch(ReadOnlySpan<ulong> features) => _table.Prefetch(features);

    /// <summary>Adds the weight rows of the known features to the scores, in feature order (<see cref="Prefetch"/> them first).</summary>
    internal void AddTo(ReadOnlySpan<ulong> features, Span<float> scores) => _table.AddTo(features, scores);

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(FeatureSchema);
        writer.Write(NerLabels.Count);
        writer.Write(_keys.Length);
        var order = Enumerable.Range(0, _keys.Length).OrderBy(k => _keys[k]).ToArray();
        var row = new float[NerLabels.Count];
        ulong previous = 0;
        foreach (var k in order)
        {
            writer.Write7BitEncodedInt64((long)(_keys[k] - previous));
            previous = _keys[k];
            _table.CopyRow(_keys[k], row);
            var mask = 0;
            for (var l = 0; l < row.Length; l++)
            {
                if (row[l] != 0)
                    mask |= 1 << l;
            }

            writer.Write7BitEncodedInt(mask);
            foreach (var w in row)
            {
                if (w != 0)
                    writer.Write((Half)w);
            }
        }
    }

    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadUInt32() != Magic)
            throw new InvalidDataException("Not a name tagger model.");
        var version = reader.ReadInt32();
        var schema = reader.ReadInt32();
        var labels = reader.ReadInt32();
        if (version != FormatVersion || schema != FeatureSchema || labels != NerLabels.Count)
            throw new InvalidDataException(
                $"The model has format {version}, features {schema}, {labels} labels; this code reads format {FormatVersion}, features {FeatureSchema}, {NerLabels.Count} labels. Retrain it (Ner/README.md).");
        var count = reader.ReadInt32();
        var keys = new ulong[count];
        var weights = new float[count * labels];
        ulong previous = 0;
        for (var k = 0; k < count; k++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[k] = previous;
            var mask = reader.Read7BitEncodedInt();
            for (var l = 0; l < labels; l++)
            {
                if ((mask & (1 << l)) != 0)
                    weights[k * labels + l] = (float)reader.ReadHalf();
            }
        }

        return new NerModel(keys, weights);
    }

    private static NerModel LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(NerModel).Assembly.GetName().Name}.");
        return Load(stream);
    }
}
