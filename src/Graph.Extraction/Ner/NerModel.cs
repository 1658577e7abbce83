using System.IO.Compression;
using Graph.Extraction.Syntax;

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
    private readonly float[] _weights;
    private readonly ulong[] _keys;

    /// <param name="keys">Distinct feature hashes.</param>
    /// <param name="weights">Row k (labels × k …) holds the weights of keys[k]; rounded to half precision here.</param>
    internal NerModel(ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * NerLabels.Count)
            throw new ArgumentException("One row of weights per key is needed.", nameof(weights));
        _table = new FeatureTable(keys);
        _weights = new float[weights.Length];
        for (var k = 0; k < weights.Length; k++)
            _weights[k] = (float)(Half)weights[k];
        _keys = keys;
    }

    /// <summary>The model embedded in this assembly.</summary>
    public static NerModel Default => DefaultModel.Value;

    /// <summary>The number of features with weights.</summary>
    public int FeatureCount => _table.Count;

    /// <summary>Adds the weights of one feature (if known) to the label scores.</summary>
    /// <summary>Adds the weight rows of the known features to the scores, in feature order.</summary>
    internal void AddTo(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // The lookups are independent: ask for all their slots, then all the rows found, before reading any, so the
        // cache misses of a token's features overlap instead of following one another.
        _table.Prefetch(features);
        Span<int> rows = stackalloc int[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            rows[k] = _table.Row(features[k]);
            if (rows[k] >= 0)
                Prefetch.At(_weights, rows[k] * NerLabels.Count);
        }

        foreach (var row in rows)
        {
            if (row < 0)
                continue;
            var weights = _weights.AsSpan(row * NerLabels.Count, NerLabels.Count);
            for (var l = 0; l < weights.Length; l++)
                scores[l] += weights[l];
        }
    }

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
        ulong previous = 0;
        foreach (var k in order)
        {
            writer.Write7BitEncodedInt64((long)(_keys[k] - previous));
            previous = _keys[k];
            var row = _weights.AsSpan(k * NerLabels.Count, NerLabels.Count);
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
