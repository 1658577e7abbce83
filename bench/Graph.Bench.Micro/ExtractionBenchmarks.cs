using BenchmarkDotNet.Attributes;
using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ner;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Bench.Micro;

/// <summary>
/// Each stage of the extractor over the same <see cref="SampleArticles.Count"/> articles (about 16,000 words),
/// its input prepared once by the stages before it: one operation is the whole sample.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly Gazetteer _gazetteer = Gazetteer.Default;
    private IReadOnlyList<Article> _articles = [];
    private Segmentation[] _segmentations = [];
    private List<MentionCandidate>[] _candidates = [];
    private ArticleAnalysis[] _analyses = [];
    private GraphDocument[] _documents = [];
    private MentionFinder _rulesOnly = null!;
    private MentionFinder _withTagger = null!;
    private GraphExtractor _extractor = null!;
    private readonly EventExtractor _events = new();

    [GlobalSetup]
    public void Setup()
    {
        _articles = SampleArticles.All;
        var tagger = new NameTagger(_gazetteer, NerModel.Default);
        _rulesOnly = new MentionFinder(_gazetteer);
        _withTagger = new MentionFinder(_gazetteer, tagger);
        _extractor = new GraphExtractor(_gazetteer, _events, tagger);
        _segmentations = [.. _articles.Select(Segmenter.Segment)];
        _candidates = [.. _segmentations.Select(_withTagger.Find)];
        _analyses = [.. _articles.Select(a => _extractor.Analyze(a, CancellationToken.None))];
        _documents = [.. _articles.Select(a => _extractor.Extract(a, CancellationToken.None))];
    }

    [Benchmark(Description = "segmentation (tokens, sentences)")]
    public int Segmentation()
    {
        var sentences = 0;
        foreach (var article in _articles)
            sentences += Segmenter.Segment(article).Sentences.Count;
        return sentences;
    }

    [Benchmark(Description = "gazetteer matching")]
    public int GazetteerMatching()
    {
        var matches = 0;
        foreach (var segmentation in _segmentations)
        {
            foreach (var sentence in segmentation.Sentences)
                matches += _gazetteer.Match(sentence.Tokens).Count;
        }

        return matches;
    }

    [Benchmark(Description = "mention detection, rules")]
    public int MentionRules() => _segmentations.Sum(s => _rulesOnly.Find(s).Count);

    [Benchmark(Description = "mention detection, rules + name tagger")]
    public int MentionsWithTagger() => _segmentations.Sum(s => _withTagger.Find(s).Count);

    [Benchmark(Description = "resolution")]
    public int Resolution()
    {
        var resolver = new EntityResolver(_gazetteer);
        var entities = 0;
        for (var i = 0; i < _segmentations.Length; i++)
            entities += resolver.Resolve(_segmentations[i], _candidates[i]).Entities.Count;
        return entities;
    }

    [Benchmark(Description = "event rules")]
    public int EventRules() => _analyses.Sum(a => _events.Extract(a).Count);

    [Benchmark(Description = "JSON writing")]
    public long JsonWriting() => _documents.Sum(d => (long)GraphDocumentJson.Serialize(d).Length);

    [Benchmark(Description = "whole extraction", Baseline = true)]
    public int WholeExtraction() => _articles.Sum(a => _extractor.Extract(a, CancellationToken.None).Events.Count);
}
