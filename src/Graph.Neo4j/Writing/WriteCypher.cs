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
        MATCH (:Article {key: $article})-[m:{{GraphNames.Mentions}}]->(n)
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

    /// <summary>Entities of one type and the article's MENTIONS of them; aliases become the union over articles.</summary>
    public static string MergeEntities(EntityType type) => $$"""
        MATCH (a:Article {key: $article})
        UNWIND $rows AS row
        MERGE (n:{{GraphNames.Label(type)}} {key: row.key})
        SET n.name = row.name, n.iso2 = row.iso2,
            n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
        MERGE (a)-[m:{{GraphNames.Mentions}}]->(n)
        SET m.count = row.count
        """;

    /// <summary>
    /// Events of one type (the type is their second label) and their REPORTED_IN to the article. JSON
    /// carries 1.0 as 1, which Neo4j would store as an integer: toFloat keeps the scores floats.
    /// </summary>
    public static string MergeEvents(EventType type) => $$"""
        MATCH (a:Article {key: $article})
        UNWIND $rows AS row
        MERGE (e:{{GraphNames.Event}} {key: row.key})
        SET e:{{GraphNames.Label(type)}}, e.type = row.type, e.cameo = row.cameo, e.goldstein = toFloat(row.goldstein),
            e.date = row.date, e.quote = row.quote, e.confidence = toFloat(row.confidence)
        MERGE (e)-[r:{{GraphNames.ReportedIn}}]->(a)
        SET r.evidence = row.evidence, r.start = row.start, r.`end` = row.`end`
        """;

    /// <summary>PARTICIPATED_IN from entities of one type.</summary>
    public static string MergeParticipants(EntityType type) => $$"""
        UNWIND $rows AS row
        MERGE (e:{{GraphNames.Event}} {key: row.event})
        MERGE (n:{{GraphNames.Label(type)}} {key: row.entity})
        MERGE (n)-[:{{GraphNames.ParticipatedIn}} {role: row.role}]->(e)
        """;

    /// <summary>OCCURRED_IN to places of one type.</summary>
    public static string MergePlaces(EntityType type) => $$"""
        UNWIND $rows AS row
        MERGE (e:{{GraphNames.Event}} {key: row.event})
        MERGE (p:{{GraphNames.Label(type)}} {key: row.place})
        MERGE (e)-[:{{GraphNames.OccurredIn}}]->(p)
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
        MERGE (x)-[m:{{GraphNames.Met}} {event: row.event}]->(y)
        SET m.date = row.date, m.type = row.type
        """;
}
