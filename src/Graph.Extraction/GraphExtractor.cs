using Graph.Core.Articles;
using Graph.Core.Model;
using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ner;
using Graph.Extraction.Resolution;
using Graph.Extraction.Roles;
using Graph.Extraction.Syntax;
using Graph.Extraction.Text;

namespace Graph.Extraction;

/// <summary>
/// The extraction pipeline for one article: segment → find mentions → resolve them to entities → roles →
/// events → the article's graph document. A name tagger, when given, adds the names the mention rules miss; a
/// syntax analyzer, when given, tags and parses every sentence for the later stages.
/// </summary>
public sealed class GraphExtractor(IGazetteer gazetteer, IEventExtractor eventExtractor, INameTagger? nameTagger = null, SyntaxAnalyzer? syntax = null) : IGraphExtractor
{
    private readonly MentionFinder _mentionFinder = new(gazetteer, nameTagger);
    private readonly EntityResolver _resolver = new(gazetteer);
    private readonly RoleExtractor _roles = new(gazetteer);

    public GraphDocument Extract(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var analysis = Analyze(article, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var relations = _roles.Extract(analysis);
        var (events, countries) = CapitalMetonymy.Apply(eventExtractor.Extract(analysis, relations), gazetteer);
        events = MostSpecificSides.Fold(HeadlineFolding.Fold(analysis.Article, events, relations, place => gazetteer.CapitalOf(place)?.EntityId), relations);
        return Build(analysis, events, relations, [.. countries, .. ImpliedCapitals(analysis, events)], [.. TitleMentions.Find(analysis, gazetteer)]);
    }

    /// <summary>The entity stages alone: sentences, their parses, resolved mentions and entities of one article.</summary>
    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken)
    {
        var segmentation = Segmenter.Segment(article);
        cancellationToken.ThrowIfCancellationRequested();
        var candidates = _mentionFinder.Find(segmentation);
        var (resolved, entities) = _resolver.Resolve(segmentation, candidates);
        var names = resolved.Where(m => m.Kind is MentionKind.Name or MentionKind.ShortName)
            .SelectMany(m => Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken).Select(t => (m.Sentence, t))).ToHashSet();
        // Persons' hyphenated surnames ("Claire Dumoulin-Vasseur"), which the parser keeps whole; a first name
        // ("Jean-Claude") it reads as well split, as its treebank writes it.
        var persons = resolved.Where(m => m is { Kind: MentionKind.Name, Type: EntityType.Person } && m.Text.Contains('-'))
            .Select(m => (m.Sentence, m.EndToken - 1)).ToHashSet();
        var parses = syntax?.Parse(segmentation.Sentences, cancellationToken, (sentence, token) => names.Contains((sentence, token)),
            persons.Count == 0 ? null : (sentence, token) => persons.Contains((sentence, token))) ?? [];
        ParseRepair.Apply(parses, resolved.Where(m => m is { Kind: MentionKind.Name, Type: EntityType.Person })
            .GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.Select(m => (m.FirstToken, m.EndToken)).ToList()));
        var mentions = SeatsAsPlaces.Apply(segmentation.Sentences, WithoutCredits(article.Text, segmentation.Sentences, WithoutAgencies(parses, resolved)), entities);
        return new ArticleAnalysis(article, segmentation.Sentences, SubjectCoreference.Resolve(parses, mentions, place => gazetteer.CapitalOf(place) is not null), entities) { Parses = parses };
    }

    /// <summary>The agency a dateline credits ("BRUSSELS (AP) —") reported the story; it is no actor in it.</summary>
    private static IReadOnlyList<ResolvedMention> WithoutAgencies(IReadOnlyList<SentenceParse> parses, IReadOnlyList<ResolvedMention> mentions)
    {
        var credits = new List<(int Start, int End)>();
        foreach (var parse in parses)
        {
            if (Dateline.Agency(parse.Words) is { } agency)
                credits.Add((parse.Words[agency.Start].Start, parse.Words[agency.End.Value - 1].End));
        }

        return credits.Count == 0 ? mentions : [.. mentions.Where(m => !credits.Exists(c => m.Start >= c.Start && m.End <= c.End))];
    }

    /// <summary>A news agency named only to credit a picture or the copy (<see cref="CreditLines"/>) is no actor in the story.</summary>
    private IReadOnlyList<ResolvedMention> WithoutCredits(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<ResolvedMention> mentions) =>
        mentions.Any(IsAgency)
            ? [.. mentions.Where(m => !IsAgency(m) || m.Sentence >= sentences.Count || !CreditLines.Credits(text, sentences[m.Sentence], m.FirstToken, m.EndToken))]
            : mentions;

    private bool IsAgency(ResolvedMention m) => m.Type == EntityType.Organization && gazetteer.Lookup(m.Text) is { Category: "media" };

    /// <summary>Capitals that events take place in though the article names them only as "the Xian capital".</summary>
    private IEnumerable<GazetteerEntry> ImpliedCapitals(ArticleAnalysis analysis, IReadOnlyList<GraphEvent> events)
    {
        foreach (var place in events.Select(e => e.Location).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!analysis.Entities.ContainsKey(place) && gazetteer.CapitalOf(place) is { Iso2: { } iso2 } && gazetteer.Capital(iso2) is { } capital)
                yield return capital;
        }
    }

    private static GraphDocument Build(ArticleAnalysis analysis, IReadOnlyList<GraphEvent> events, IReadOnlyList<Relation> relations, IReadOnlyList<GazetteerEntry> implied,
        IReadOnlyList<Mention> titles)
    {
        var article = analysis.Article;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new List<Mention>();
        foreach (var m in analysis.Mentions)
        {
            if (m.Kind == MentionKind.Pronoun)
                continue;
            mentions.Add(new Mention(m.EntityId, article.Id, m.Start, m.End, m.Text));
            used.Add(m.EntityId);
        }

        foreach (var e in events)
        {
            foreach (var p in e.Participants)
                used.Add(p.Entity);
            if (e.Location is not null)
                used.Add(e.Location);
        }

        foreach (var r in relations)
        {
            used.Add(r.Source);
            used.Add(r.Target);
        }

        var known = analysis.Entities.Values.Where(e => used.Contains(e.Id));
        // Countries that events name only through their capital ("Yerevan denies…") and capitals named only by their
        // country ("in the Peruvian capital") come from the gazetteer.
        var fromGazetteer = implied
            .Where(c => used.Contains(c.EntityId) && !analysis.Entities.ContainsKey(c.EntityId))
            .DistinctBy(c => c.EntityId)
            .Select(c => c.Kind == GazetteerKind.Country
                ? new Entity(c.EntityId, EntityType.Country, c.CanonicalName, [], c.Iso2)
                : new Entity(c.EntityId, EntityType.Location, c.CanonicalName, []));
        var entities = known.Concat(fromGazetteer).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        return new GraphDocument
        {
            Articles = [new ArticleRecord(article.Id, article.Title, article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), article.Source, article.Url, article.ContentHash)
            {
                Byline = article.Byline,
                Language = article.Language,
            }],
            Entities = entities,
            // A person's titles in apposition among the names, in the article's order.
            Mentions = [.. mentions.Concat(titles).OrderBy(m => m.Start)],
            Events = [.. events.OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)],
            Relations = [.. relations],
        };
    }
}
