using Graph.Core.Model;

namespace Graph.Extraction.Identity;

/// <summary>
/// Identity across the articles of one document: short forms joined to full forms named in other articles
/// (each join recorded in <see cref="GraphDocument.Merges"/> with its rule), then the reports of one event
/// given one id. The same rules (Graph.Core.Identity) run in the Neo4j writer as articles arrive one at a time.
/// </summary>
public static class DocumentIdentity
{
    public static GraphDocument Resolve(GraphDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (joined, merges) = EntityJoiner.Join(document);
        var resolved = EventJoiner.Join(joined);
        return merges.Count == 0 ? resolved : new GraphDocument
        {
            Articles = resolved.Articles,
            Entities = resolved.Entities,
            Mentions = resolved.Mentions,
            Events = resolved.Events,
            Relations = resolved.Relations,
            Merges = merges,
        };
    }
}
