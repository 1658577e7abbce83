using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ner;
using Graph.Extraction.Resolution;
using Graph.Extraction.Roles;
using Graph.Extraction.Syntax;
using Graph.Extraction.Text;

namespace Graph.Bench.Extraction;

/// <summary>
/// The stages of <see cref="GraphExtractor"/> called one by one, with the same inputs and the same order, so each
/// can be timed: segmentation, mentions (rules and name tagger), resolution, syntax (tagger and parser), roles, events, and the JSON of the
/// result (of the whole extractor, run untimed once more). The whole extractor is what the figures report; this only says where the time goes.
/// </summary>
internal sealed class ExtractionStages
{
    public static readonly string[] Names = ["segmentation", "mentions", "resolution", "syntax", "roles", "events", "json"];

    private readonly GraphExtractor _extractor;
    private readonly MentionFinder _mentions;
    private readonly EntityResolver _resolver;
    private readonly RoleExtractor _roles;
    private readonly EventExtractor _events = new();
    private readonly SyntaxAnalyzer _syntax;

    public ExtractionStages(IGazetteer gazetteer, INameTagger nameTagger, SyntaxAnalyzer syntax)
    {
        _syntax = syntax;
        _extractor = new GraphExtractor(gazetteer, _events, nameTagger, syntax);
        _mentions = new MentionFinder(gazetteer, nameTagger);
        _resolver = new EntityResolver(gazetteer);
        _roles = new RoleExtractor(gazetteer);
    }

    /// <summary>The stages as <c>AddExtraction()</c> registers them for the worker.</summary>
    public static ExtractionStages Default =>
        new(Gazetteer.Default, new NameTagger(Gazetteer.Default, NerModel.Default), new SyntaxAnalyzer(SyntaxModel.Default, new SyntaxOptions()));

    public GraphExtractor Extractor => _extractor;

    /// <summary>
    /// Runs the stages over one article, adding each one's time (Stopwatch ticks) to <paramref name="ticks"/> and
    /// the bytes it allocated to <paramref name="bytes"/>.
    /// </summary>
    public void Run(Article article, long[] ticks, long[] bytes)
    {
        var stage = 0;
        var segmentation = Time(() => Segmenter.Segment(article));
        var candidates = Time(() => _mentions.Find(segmentation));
        var (mentions, entities) = Time(() => _resolver.Resolve(segmentation, candidates));
        var analysis = Time(() => new ArticleAnalysis(article, segmentation.Sentences, mentions, entities)
        {
            Parses = _syntax.Parse(segmentation.Sentences, CancellationToken.None),
        });
        Time(() => _roles.Extract(analysis));
        Time(() => _events.Extract(analysis));
        var document = _extractor.Extract(article, CancellationToken.None);
        Time(() => GraphDocumentJson.Serialize(document));

        T Time<T>(Func<T> run)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = run();
            ticks[stage] += System.Diagnostics.Stopwatch.GetTimestamp() - started;
            bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            stage++;
            return result;
        }
    }
}
