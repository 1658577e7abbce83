using System.Text.Json.Serialization;

namespace Graph.Core.Model;

/// <summary>
/// The graph document (the contract: this project's README.md): what extraction produces for one or more
/// articles and what the Neo4j writer stores. Field names are the contract's; do not rename.
/// </summary>
public sealed class GraphDocument
{
    public List<ArticleRecord> Articles { get; init; } = [];
    public List<Entity> Entities { get; init; } = [];
    public List<Mention> Mentions { get; init; } = [];
    public List<GraphEvent> Events { get; init; } = [];
    public List<Relation> Relations { get; init; } = [];

    /// <summary>
    /// Short forms joined to full forms named in other articles (identity across articles), each with its rule;
    /// null (left out of the JSON) when there are none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<EntityMerge>? Merges { get; init; }
}

/// <param name="Id">Stable article id.</param>
/// <param name="Title">Title.</param>
/// <param name="Published">ISO date (yyyy-MM-dd) or null.</param>
/// <param name="Source">Path or URL it was read from.</param>
/// <param name="Url">Canonical URL, when known.</param>
/// <param name="ContentHash">SHA-256 of the content as read.</param>
public sealed record ArticleRecord(string Id, string Title, string? Published, string Source, string? Url, string ContentHash)
{
    /// <summary>The byline as a web page gives it; its names are not the article's entities unless the text names them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Byline { get; init; }

    /// <summary>The language a web page declares (<c>en</c>, <c>fr-FR</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; init; }
}

/// <param name="Id">Stable entity id, which is also its key in Neo4j (e.g. <c>country:RU</c>, <c>person:vladimir-putin</c>).</param>
/// <param name="Type">Entity type (also its Neo4j label).</param>
/// <param name="Name">Canonical display name.</param>
/// <param name="Aliases">Other names this entity was mentioned by, sorted ordinally.</param>
/// <param name="Iso2">ISO 3166 alpha-2 code, for countries only.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Iso2 = null);

/// <param name="Entity">Entity id.</param>
/// <param name="Article">Article id.</param>
/// <param name="Start">UTF-16 offset into the article as read, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
/// <param name="Text">The text at [Start, End).</param>
public sealed record Mention(string Entity, string Article, int Start, int End, string Text);

/// <param name="Entity">Entity id.</param>
/// <param name="Role">A role from <see cref="ParticipantRoles"/>.</param>
public sealed record Participant(string Entity, string Role);

/// <param name="Id">Stable event id.</param>
/// <param name="Type">Event type.</param>
/// <param name="Cameo">CAMEO code.</param>
/// <param name="Goldstein">Goldstein value of the CAMEO code.</param>
/// <param name="Participants">Participants with roles.</param>
/// <param name="Location">Entity id of the place, or null.</param>
/// <param name="Date">ISO date as precise as the text: yyyy-MM-dd, yyyy-MM or yyyy (a week as the month or year it lies in); null when unknown.</param>
/// <param name="Quote">Quoted words of a statement, or null.</param>
/// <param name="Evidence">The sentence that states the event.</param>
/// <param name="Article">Article id.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Start">Offset of the evidence sentence in the article.</param>
/// <param name="End">End offset (exclusive) of the evidence sentence.</param>
public sealed record GraphEvent(
    string Id,
    EventType Type,
    string Cameo,
    double Goldstein,
    IReadOnlyList<Participant> Participants,
    string? Location,
    string? Date,
    string? Quote,
    string Evidence,
    string Article,
    double Confidence,
    int Start,
    int End);

/// <param name="Type">A type from <see cref="RelationTypes"/>.</param>
/// <param name="Source">Entity id.</param>
/// <param name="Target">Entity id.</param>
/// <param name="Properties">Relation properties (e.g. <c>title</c>).</param>
/// <param name="Article">Article id.</param>
/// <param name="Evidence">The sentence that states it.</param>
public sealed record Relation(
    string Type,
    string Source,
    string Target,
    IReadOnlyDictionary<string, string> Properties,
    string Article,
    string Evidence);

/// <param name="Alias">The id the article's own resolution gave the short form (<c>person:orban</c>).</param>
/// <param name="Name">The short form's name in that article.</param>
/// <param name="Entity">The entity it was joined to (<c>person:viktor-orban</c>); the article's facts name that entity.</param>
/// <param name="Rule">The rule that joined them (<c>surname+role</c>, see Graph.Core.Identity.IdentityRules).</param>
/// <param name="Article">The article whose short form was joined.</param>
public sealed record EntityMerge(string Alias, string Name, string Entity, string Rule, string Article);
