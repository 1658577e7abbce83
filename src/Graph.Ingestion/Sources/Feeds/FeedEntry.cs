namespace Graph.Ingestion.Sources.Feeds;

/// <summary>One item of a feed.</summary>
/// <param name="Key">The canonical URL of its page (its article id), else the item's own id.</param>
/// <param name="Link">The page to fetch, or null when the item links to none.</param>
/// <param name="Title">The item's title, if any.</param>
/// <param name="Published">The item's publication date as written, if any.</param>
/// <param name="Stamp">Its updated (else published) time as written: a new stamp means a new version of the page.</param>
internal sealed record FeedEntry(string Key, Uri? Link, string? Title, DateOnly? Published, string Stamp);
