using Graph.Core.Model;

namespace Graph.Neo4j.Writing;

/// <summary>
/// The writer's Cypher. Every value is a parameter; labels and relationship types come only from
/// <see cref="GraphNames"/>. Written for the common ground of Neo4j 3.1 and 5.x: <c>$param</c>,
/// <c>UNWIND … MERGE</c>, pattern predicates in WHERE, <c>reduce</c>; no APOC, no subqueries.
/// Setting a property to null removes it, so optional values never need a separate statement.
/// Relationship statements find their end nodes with MERGE, not MATCH: the nodes were merged earlier in the
/// same transaction, so MERGE only finds them, and it always seeks the key per row, where for MATCH the 3.1
/// planner may join two whole index scans by value (a cost that grows with the graph).
/// </summary>
internal static class WriteCypher
{
    /// <summary>The stored content hash of each given article that exists.</summary>
    public const string ReadContentHashes = """
        UNWIND $keys AS key
        MATCH (a:Article {key: key})
        RETURN a.key AS key, a.contentHash AS contentHash
        """;

    /// <summary>
    /// Detaches the article from its events and deletes the events no other article reports, with the
    /// MET relationships they gave rise to (found from the event's participants; as one pattern, the
    /// 3.1 planner would scan all nodes for it).
    /// </summary>
    public const string RemoveArticleEvents = """
        MATCH (:Article {key: $article})<-[reported:REPORTED_IN]-(e:Event)
        DELETE reported
        WITH DISTINCT e
        WHERE NOT (e)-[:REPORTED_IN]->()
        OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(p)
        OPTIONAL MATCH (p)-[met:MET]->()
        WHERE met.event = e.key
        DELETE met
        WITH DISTINCT e
        DETACH DELETE e
        """;

    /// <summary>
    /// Deletes the article's MENTIONS and the relations it stated (they carry its key), then every entity
    /// of it left with no relationship at all. Runs after <see cref="RemoveArticleEvents"/>; an entity the
    /// new version still names is merged again later in the same transaction.
    /// </summary>
    public static readonly string RemoveArticleFacts = $$"""
        MATCH (:Article {key: $article})-[m:{{GraphLabels.Mentions}}]->(n)
        OPTIONAL MATCH (n)-[stated:{{string.Join('|', RelationTypes.All.Order(StringComparer.Ordinal).Select(GraphNames.RelationshipType))}}]->()
        WHERE stated.article = $article
        DELETE m, stated
        WITH DISTINCT n
        WHERE NOT (n)--()
        DELETE n
        """;

    public const string MergeArticle = """
        MERGE (a:Article {key: $article})
        SET a.id = $id, a.title = $title, a.url = $url, a.published = $published, a.source = $source, a.contentHash = $contentHash
        """;

    /// <summary>
    /// Entities of one type and the article's MENTIONS of them; aliases become the union over articles. Persons and
    /// organisations keep the bucket their short forms are looked up by (empty when the name is not a full form).
    /// </summary>
    public static string MergeEntities(EntityType type) => $$"""
        MATCH (a:Article {key: $article})
        UNWIND $rows AS row
        MERGE (n:{{GraphNames.Label(type)}} {key: row.key})
        SET n.name = row.name, n.iso2 = row.iso2, n.bucket = row.bucket,
            n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
        MERGE (a)-[m:{{GraphLabels.Mentions}}]->(n)
        SET m.count = row.count
        """;

    /// <summary>
    /// Events of one type and the article's REPORTED_IN to them. An event several articles report is one node:
    /// each REPORTED_IN keeps what its article says (type, CAMEO, date, place, participants as "role=key",
    /// quote, confidence, outlet), and <see cref="RefreshEvents"/> then derives the event's properties from all
    /// its reports. A new event has one report, this one, and takes them from it here as the refresh would
    /// (confidence rounded to two decimals, one source, anchored on its date when that is a day, else the article's publication). JSON carries 1.0 as 1, which Neo4j would store as an integer: toFloat keeps the scores floats.
    /// </summary>
    public static string MergeEvents(EventType type) => $$"""
        MATCH (a:Article {key: $article})
        UNWIND $rows AS row
        MERGE (e:{{GraphLabels.Event}} {key: row.key})
        ON CREATE SET e:{{GraphNames.Label(type)}}, e.type = row.type, e.cameo = row.cameo, e.goldstein = toFloat(row.goldstein),
            e.date = row.date, e.quote = row.quote, e.confidence = round(100.0 * toFloat(row.confidence)) / 100.0, e.sources = 1,
            e.anchor = CASE WHEN size(row.date) = 10 THEN row.date ELSE a.published END
        MERGE (e)-[r:{{GraphLabels.ReportedIn}}]->(a)
        SET r.evidence = row.evidence, r.start = row.start, r.`end` = row.`end`,
            r.type = row.type, r.cameo = row.cameo, r.goldstein = toFloat(row.goldstein), r.date = row.date, r.place = row.place,
            r.participants = row.participants, r.quote = row.quote, r.confidence = toFloat(row.confidence), r.outlet = row.outlet
        """;

    /// <summary>Each event with the given keys and its reports, when every report carries its facts (participants, place).</summary>
    private const string WithFactReports = $$"""
        UNWIND $keys AS key
        MATCH (e:{{GraphLabels.Event}} {key: key})-[r:{{GraphLabels.ReportedIn}}]->()
        WITH e, collect(r) AS reports
        WHERE all(r IN reports WHERE r.participants IS NOT NULL)
        """;

    /// <summary>
    /// After an article's reports changed, brings each given event in line with the reports it still has: MET,
    /// PARTICIPATED_IN and OCCURRED_IN that no report states any more are removed (with an entity left with no
    /// relationship at all: the article that named it was removed before); the event's type (and label),
    /// CAMEO, Goldstein value and quote are its first report's (earliest date, else publication date, then
    /// article key), its date the earliest day any report gives (else its earliest month, week or year), its anchor
    /// (the day event identity compares, indexed) that day or else the earliest publication of a report, and its confidence combines its independent
    /// sources (<see cref="Core.Identity.SourceConfidence"/>). Events written before reports carried their facts are
    /// left as they are.
    /// </summary>
    public static readonly IReadOnlyList<string> RefreshEvents =
    [
        $$"""
        {{WithFactReports}}
        WITH e, reduce(acc = [], r IN reports | acc + CASE WHEN r.type IN $encounters
            THEN [p IN r.participants | substring(p, size(split(p, '=')[0]) + 1)] ELSE [] END) AS meeting
        MATCH (e)<-[:{{GraphLabels.ParticipatedIn}}]-(x)-[met:{{GraphLabels.Met}}]->(y)
        WHERE met.event = e.key AND NOT (x.key IN meeting AND y.key IN meeting)
        WITH DISTINCT met
        DELETE met
        """,
        $$"""
        {{WithFactReports}}
        WITH e, reduce(acc = [], r IN reports | acc + r.participants) AS stated
        MATCH (e)<-[p:{{GraphLabels.ParticipatedIn}}]-(n)
        WHERE NOT (p.role + '=' + n.key) IN stated
        DELETE p
        WITH DISTINCT n
        WHERE NOT (n)--()
        DELETE n
        """,
        $$"""
        {{WithFactReports}}
        WITH e, reduce(acc = [], r IN reports | acc + CASE WHEN r.place IS NULL THEN [] ELSE [r.place] END) AS places
        MATCH (e)-[o:{{GraphLabels.OccurredIn}}]->(place)
        WHERE NOT place.key IN places
        DELETE o
        WITH DISTINCT place
        WHERE NOT (place)--()
        DELETE place
        """,
        $$"""
        UNWIND $keys AS key
        MATCH (e:{{GraphLabels.Event}} {key: key})-[r:{{GraphLabels.ReportedIn}}]->(a:{{GraphLabels.Article}})
        WHERE r.type IS NOT NULL
        WITH e, r, a
        ORDER BY coalesce(r.date, a.published), a.published, a.key, r.start
        WITH e, collect(r) AS reports, min(a.published) AS published
        WITH e, reports[0] AS first, [r IN reports WHERE size(r.date) = 10 | r.date] AS days,
            [r IN reports WHERE r.date IS NOT NULL | r.date] AS dates, published
        WITH e, first, reduce(d = head(days), x IN days | CASE WHEN x < d THEN x ELSE d END) AS day,
            reduce(d = head(dates), x IN dates | CASE WHEN x < d THEN x ELSE d END) AS date, published
        SET e.type = first.type, e.cameo = first.cameo, e.goldstein = first.goldstein, e.quote = first.quote,
            e.date = coalesce(day, date), e.anchor = coalesce(day, published)
        {{Relabel("e", "first.type")}}
        """,
        $$"""
        UNWIND $keys AS key
        MATCH (e:{{GraphLabels.Event}} {key: key})-[r:{{GraphLabels.ReportedIn}}]->(a:{{GraphLabels.Article}})
        WITH e, coalesce(r.outlet, 'article:' + a.key) AS source, max(coalesce(r.confidence, e.confidence)) AS best
        WITH e, collect(best) AS sources
        WITH e, sources, 1.0 - reduce(miss = 1.0, c IN sources | miss * (1.0 - c)) AS joint,
            reduce(top = 0.0, c IN sources | CASE WHEN c > top THEN c ELSE top END) AS top
        WITH e, sources, top, CASE WHEN joint > $cap THEN $cap ELSE joint END AS joint
        SET e.sources = size(sources), e.confidence = round(100.0 * CASE WHEN joint > top THEN joint ELSE top END) / 100.0
        """,
        $$"""
        UNWIND $keys AS key
        MATCH (e:{{GraphLabels.Event}} {key: key})<-[:{{GraphLabels.ParticipatedIn}}]-()-[met:{{GraphLabels.Met}}]->()
        WHERE met.event = e.key
        SET met.date = e.date
        """,
    ];

    /// <summary>
    /// Gives the node in <paramref name="node"/> the event-type label named by <paramref name="type"/> and removes
    /// the others: labels cannot be parameters, so one clause per member of the closed list.
    /// </summary>
    private static string Relabel(string node, string type) => string.Join("\n", Enum.GetValues<EventType>().Select(t =>
        $"FOREACH (_ IN CASE WHEN {type} = '{GraphNames.Label(t)}' THEN [1] ELSE [] END | SET {node}:{GraphNames.Label(t)}) " +
        $"FOREACH (_ IN CASE WHEN {type} <> '{GraphNames.Label(t)}' THEN [1] ELSE [] END | REMOVE {node}:{GraphNames.Label(t)})"));

    /// <summary>Removes the article's ALIAS_OF records (found from the entities it mentions, which they point at) and aliases left with none and no veto.</summary>
    public static readonly string RemoveArticleAliases = $$"""
        MATCH (:{{GraphLabels.Article}} {key: $article})-[:{{GraphLabels.Mentions}}]->(n)<-[r:{{GraphLabels.AliasOf}}]-(al:{{GraphLabels.Alias}})
        WHERE r.article = $article
        DELETE r
        WITH DISTINCT al
        WHERE NOT (al)--() AND al.vetoed IS NULL
        DELETE al
        """;

    /// <summary>
    /// A short form joined to an entity of one type: its :Alias node (keyed by the short form's id, with its latest
    /// name and every name it had) and an ALIAS_OF per article carrying the rule.
    /// </summary>
    public static string MergeAliases(EntityType type) => $$"""
        UNWIND $rows AS row
        MERGE (al:{{GraphLabels.Alias}} {key: row.alias})
        SET al.name = row.name, al.names = CASE WHEN row.name IN coalesce(al.names, []) THEN al.names ELSE coalesce(al.names, []) + row.name END
        MERGE (n:{{GraphNames.Label(type)}} {key: row.entity})
        MERGE (al)-[r:{{GraphLabels.AliasOf}} {article: $article}]->(n)
        SET r.rule = row.rule
        """;

    /// <summary>PARTICIPATED_IN from entities of one type.</summary>
    public static string MergeParticipants(EntityType type) => $$"""
        UNWIND $rows AS row
        MERGE (e:{{GraphLabels.Event}} {key: row.event})
        MERGE (n:{{GraphNames.Label(type)}} {key: row.entity})
        MERGE (n)-[:{{GraphLabels.ParticipatedIn}} {role: row.role}]->(e)
        """;

    /// <summary>OCCURRED_IN to places of one type.</summary>
    public static string MergePlaces(EntityType type) => $$"""
        UNWIND $rows AS row
        MERGE (e:{{GraphLabels.Event}} {key: row.event})
        MERGE (p:{{GraphNames.Label(type)}} {key: row.place})
        MERGE (e)-[:{{GraphLabels.OccurredIn}}]->(p)
        """;

    /// <summary>Document relations of one type between entities of two types: one relationship per article and identity value.</summary>
    public static string MergeRelations(string relationType, EntityType source, EntityType target) => $$"""
        UNWIND $rows AS row
        MERGE (s:{{GraphNames.Label(source)}} {key: row.source})
        MERGE (t:{{GraphNames.Label(target)}} {key: row.target})
        MERGE (s)-[r:{{GraphNames.RelationshipType(relationType)}} {article: $article, {{RelationShapes.IdentityOf(relationType)}}: row.identity}]->(t)
        SET r += row.properties, r.evidence = row.evidence
        """;

    /// <summary>MET between two participants of a meeting or call, from the smaller key to the larger, one per event.</summary>
    public static string MergeMet(EntityType from, EntityType to) => $$"""
        UNWIND $rows AS row
        MERGE (x:{{GraphNames.Label(from)}} {key: row.from})
        MERGE (y:{{GraphNames.Label(to)}} {key: row.to})
        MERGE (x)-[m:{{GraphLabels.Met}} {event: row.event}]->(y)
        SET m.date = row.date, m.type = row.type
        """;
}
