using Graph.Ingestion.Ledger;

namespace Graph.Ingestion.Sources.Feeds;

/// <summary>The outcome of one HTTP GET.</summary>
internal abstract record Fetched;

/// <summary>A body, read whole (never more than the size limit).</summary>
internal sealed record FetchedContent(Uri Uri, byte[] Body, string? MediaType, string? Charset, FeedValidators Validators) : Fetched;

/// <summary>304: nothing changed since the validators sent.</summary>
internal sealed record NotModified : Fetched;

/// <summary>No usable body. A permanent failure (404, wrong type, too large) will not heal by asking again; a transient one (5xx, network) may.</summary>
internal sealed record FetchFailed(string Reason, bool Permanent) : Fetched;
