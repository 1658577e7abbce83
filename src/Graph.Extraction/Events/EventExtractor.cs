using Graph.Extraction.Mentions;
using Graph.Core.Model;
using Graph.Extraction.Events.Frames;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Syntax;

namespace Graph.Extraction.Events;

/// <summary>
/// Rule-based event extraction over resolved mentions: each sentence is read by every rule (statements,
/// denials, accusations, offers, sanctions, threats, military actions, meetings / calls / negotiations /
/// agreements, visits), and where the sentence is parsed, the parse's frames and readings
/// (<see cref="ParseReading"/>) correct them; then the drafts are dated, merged and given stable ids.
/// Deterministic, no I/O.
/// </summary>
public sealed class EventExtractor(IGazetteer? gazetteer = null) : IEventExtractor
{
    private readonly IGazetteer _gazetteer = gazetteer ?? Gazetteer.Default;
    private readonly ParseReading _parseReading = new(gazetteer ?? Gazetteer.Default);

    private static readonly IEventRule[] Rules =
    [
        new StatementRule(),
        new DenialRule(),
        new AccusationRule(),
        new OfferRule(),
        new SanctionRule(),
        new ThreatRule(),
        new MilitaryActionRule(),
        new EncounterRule(),
        new VisitRule(),
    ];

    public IReadOnlyList<GraphEvent> Extract(ArticleAnalysis analysis, IReadOnlyList<Relation>? roles = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var offices = roles is null ? OfficeHolders.None : new OfficeHolders(roles);
        var text = analysis.Article.Text;
        var quotes = QuoteSpans.Find(text);
        var mentions = analysis.Mentions.ToLookup(m => m.Sentence);
        var state = new ArticleState();
        var views = new List<SentenceView>(analysis.Sentences.Count);
        var drafts = new List<(int Sentence, EventDraft Draft)>();
        var previous = new List<EventDraft>();
        var calls = CallInArticle(analysis.Parses);
        IReadOnlyList<ResolvedMention>? pair = null;
        var pairMetIn = -2;
        IReadOnlyList<ResolvedMention>? pairVisited = null;
        var pairVisitedIn = -4;
        ResolvedMention? army = null;
        string? dateline = null;
        var datelineRead = false;
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            var sentence = analysis.Sentences[i];
            var view = new SentenceView(text, sentence, mentions[sentence.Index].OrderBy(m => m.Start), quotes);
            views.Add(view);
            if (view.Count == 0)
            {
                previous = [];
                continue;
            }

            state.Sentence = i;
            var context = new SentenceContext(view);
            var found = Rules.SelectMany(rule => rule.Find(context, state)).ToList();
            if (i < analysis.Parses.Count && new ParsedSentence(view, analysis.Parses[i]) { CallInArticle = calls, Offices = offices, Pair = pair, PairJustMet = pairMetIn == i - 1, PairVisited = i - pairVisitedIn <= 2 ? pairVisited : null, ArmyOwner = army,
                PlaceBefore = previous.LastOrDefault(d => d.Location is not null)?.Location } is { IsParsed: true } parsed)
            {
                parsed.ArmyOwner = Sides.ArmyNamed(parsed) ?? army;
                army = parsed.ArmyOwner;
                // Only the article's first parsed sentence opens with its dateline.
                if (!datelineRead)
                    (dateline, datelineRead) = (parsed.PlaceOfItsDateline(), true);
                parsed.DatelinePlace = dateline;
                found = _parseReading.Apply(parsed, found);
                var met = ReferenceEquals(parsed.Pair, pair) ? PairMet(view, found) : parsed.Pair;
                if (met is not null)
                    (pair, pairMetIn, pairVisited) = (met, i, null);
                else if (PairVisited(view, found) is { } visited)
                    (pairVisited, pairVisitedIn) = (visited, i);
            }

            // The one state the sentence's offers go to, however they were read, for offers after it that name none.
            if (found.Where(d => d.Type == EventType.Offer).SelectMany(d => d.Participants.Where(p => p.Role == ParticipantRoles.Recipient)).Select(p => p.Entity)
                    .Distinct(StringComparer.Ordinal).ToList() is [var recipient] && view.Mentions.FirstOrDefault(m => m.EntityId == recipient && m.Type == EntityType.Country) is { } named)
                (state.LastOfferRecipients, state.LastOfferSentence) = ([named], i);
            if (QuoteContinuation.Of(view, found, previous, i - 1) is { } continued)
                found.Add(continued);
            foreach (var draft in found)
                drafts.Add((i, draft));
            previous = found;
        }

        return EventAssembler.Assemble(analysis.Article, views, drafts, entity => CapitalMetonymy.StandsFor(entity, _gazetteer), analysis.Parses);
    }

    /// <summary>
    /// The two sides of a meeting, call, negotiation or deal the sentence reports however it was read ("In a meeting in
    /// Geneva, A and B had a discussion", "A and his counterpart B agreed …"), as the sentence names them: whom a later "the meeting" or "the two leaders" stands for;
    /// else two persons one of whom warned, accused or told the other ("Biden warned Putin … The two leaders spoke").
    /// Null where it reports none of two sides.
    /// </summary>
    private static List<ResolvedMention>? PairMet(SentenceView view, List<EventDraft> found)
    {
        var met = found.FindLast(d => d.Type is EventType.Meeting or EventType.PhoneCall or EventType.Negotiation or EventType.Agreement)
            ?? found.FindLast(d => d.Type is EventType.Threat or EventType.Accusation or EventType.Statement && d.Participants.Count == 2
                && d.Participants.All(p => view.Mentions.Any(m => m.EntityId == p.Entity && m.Type == EntityType.Person)));
        if (met is null || met.Participants.Select(p => p.Entity).Distinct(StringComparer.Ordinal).ToList() is not [var one, var other])
            return null;
        var sides = new List<ResolvedMention>(2);
        foreach (var entity in (string[])[one, other])
        {
            if (view.Mentions.FirstOrDefault(m => m.EntityId == entity) is not { } named)
                return null;
            sides.Add(named);
        }

        return sides;
    }

    /// <summary>
    /// The visitor of the sentence's visit and the country visited, named or the one whose capital is ("arrived in Lisbon
    /// for a state visit"): whom "the two countries" stand for in the next two sentences. Null where it reports no such visit.
    /// </summary>
    private List<ResolvedMention>? PairVisited(SentenceView view, List<EventDraft> found)
    {
        if (found.FindLast(d => d.Type == EventType.Visit) is not { Location: { } place } visit || visit.Participants is not [var visitor]
            || view.Mentions.FirstOrDefault(m => m.EntityId == visitor.Entity) is not { } named
            || view.Mentions.FirstOrDefault(m => m.EntityId == place) is not { } destination)
            return null;
        // A capital stands for its country as a side (CapitalMetonymy makes it the country).
        var country = destination.Type == EntityType.Country ? destination.EntityId : _gazetteer.CapitalOf(place)?.EntityId;
        return country is null || country == visitor.Entity ? null : [named, destination];
    }

    /// <summary>
    /// Whether the article names a telephone call: "phone", "telephone", or a "call" that is not a call for something
    /// ("a call for calm").
    /// </summary>
    private static bool CallInArticle(IReadOnlyList<SentenceParse> parses) =>
        parses.Any(p => p.Words.Any(w => w.Upos == "NOUN" && (Is(w, "phone") || Is(w, "telephone") || Is(w, "phonecall")
            || (Is(w, "call") || Is(w, "calls")) && !p.ChildrenOf(w).Any(c => c.Relation is "nmod" or "acl"
                && p.ChildrenOf(c, "case").Concat(p.ChildrenOf(c, "mark")).Any(m => Is(m, "for") || Is(m, "to"))))));

    private static bool Is(SyntaxWord w, string word) => w.Form.Equals(word, StringComparison.OrdinalIgnoreCase);
}
