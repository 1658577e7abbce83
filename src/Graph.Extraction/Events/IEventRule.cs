namespace Graph.Extraction.Events;

/// <summary>One family of event patterns, read over one sentence.</summary>
internal interface IEventRule
{
    IEnumerable<EventDraft> Find(SentenceContext sentence, ArticleState article);
}
