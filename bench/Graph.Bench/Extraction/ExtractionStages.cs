using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ner;
using Graph.Extraction.Resolution;
using Graph.Extraction.Roles;
using Graph.Extraction.Text;

namespace Graph.Bench.Extraction;

/// <summary>
/// The stages of <see cref="GraphExtractor"/> called one by one, with the same inputs and the same order, so each
/// can be timed: segmentation, mentions (rules and name tagger), resolution, roles, events, and the JSON of the
/// result (of the whole extractor, run untimed once more). The whole extractor is what the figures report; this only says where the time goes.
/// </summary>
internal sealed class ExtractionStages
{
    public static readonly string[] Names = ["segmentation", "mentions", "resolution", "roles", "events", "json"];

    private readonly GraphExtractor _extractor;
    private readonly MentionFinder _mentions;
    private readonly EntityResolver _resolver;
    private readonly RoleExtractor _roles;
    private readonly EventExtractor _events = new();

    public ExtractionStages(IGazetteer gazetteer, INameTagger nameTagger)
    {
        _extractor = new GraphExtractor(gazetteer, _events, nameTagger);
        _mentions = new MentionFinder(gazetteer, nameTagger);
        _resolver = new EntityResolver(gazetteer);
        _roles = new RoleExtractor(gazetteer);
    }

    public static ExtractionStages Default => new(Gazetteer.Default, new NameTagger(Gazetteer.Default, NerModel.Default));

    public GraphExtractor Extractor => _extractor;

    /// <summary>Runs the stages over one article, adding each one's time (Stopwatch ticks) to <paramref name="ticks"/>.</summary>
    public void Run(Article article, long[] ticks)
    {
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var segmentation = Segmenter.Segment(article);
        var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
        var candidates = _mentions.Find(segmentation);
        var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
        var (mentions, entities) = _resolver.Resolve(segmentation, candidates);
        var analysis = new ArticleAnalysis(article, segmentation.Sentences, mentions, entities);
        var t3 = System.Diagnostics.Stopwatch.GetTimestamp();
        _roles.Extract(analysis);
        var t4 = System.Diagnostics.Stopwatch.GetTimestamp();
        _events.Extract(analysis);
        var t5 = System.Diagnostics.Stopwatch.GetTimestamp();
        var document = _extractor.Extract(article, CancellationToken.None);
        var t6 = System.Diagnostics.Stopwatch.GetTimestamp();
        GraphDocumentJson.Serialize(document);
        var t7 = System.Diagnostics.Stopwatch.GetTimestamp();
        ticks[0] += t1 - t0;
        ticks[1] += t2 - t1;
        ticks[2] += t3 - t2;
        ticks[3] += t4 - t3;
        ticks[4] += t5 - t4;
        ticks[5] += t7 - t6;
    }
}
