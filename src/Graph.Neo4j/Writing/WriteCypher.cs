using Graph.Core.Model;
using Graph.Neo4j.Identity;

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
    /// Deletes the article's MENTIONS and the relations it stated (they carry its key), gives its persons the roles
    /// they still hold (the <c>roles</c> identity reads instead of every HOLDS_ROLE; read again from all of them, so
    /// this grows with them, as a rewrite may), then deletes every entity of it left with no relationship at all. Runs after <see cref="RemoveArticleEvents"/>; an entity the
    /// new version still names is merged again later in the same transaction.
    /// </summary>
    public static readonly string RemoveArticleFacts = $$"""
        MATCH (:Article {key: $article})-[m:{{GraphLabels.Mentions}}]->(n)
        OPTIONAL MATCH (n)-[stated:{{string.Join('|', RelationTypes.All.Order(StringComparer.Ordinal).Select(GraphNames.RelationshipType))}}]->()
        WHERE stated.article = $article
        DELETE m, stated
        WITH DISTINCT n
        OPTIONAL MATCH (n)-[h:{{RelationTypes.HoldsRole}}]->(t)
        WITH n, t
        ORDER BY t.key
        WITH n, collect(DISTINCT t.key) AS held
        SET n.roles = CASE WHEN n.roles IS NULL THEN null ELSE held END
        WITH n
        WHERE NOT (n)--()
        DELETE n
        """;

    public const string MergeArticle = """
        MERGE (a:Article {key: $article})
        SET a.id = $id, a.title = $title, a.url = $url, a.published = $published, a.source = $source, a.contentHash = $contentHash,
            a.byline = $byline, a.language = $language
        """;

    /// <summary>
    /// Entities of one type and the article's MENTIONS of them; aliases become the union over articles. Persons and
    /// organisations keep the bucket their short forms are looked up by (empty when the name is not a full form); a new
    /// person starts with no <c>roles</c> (the targets of its HOLDS_ROLE, kept by <see cref="MergeRelations"/>).
    /// </summary>
    public static string MergeEntities(EntityType type) => $$"""
        MATCH (a:Article {key: $article})
        UNWIND $rows AS row
        MERGE (n:{{GraphNames.Label(type)}} {key: row.key})
        {{(type == EntityType.Person ? "ON CREATE SET n.roles = []" : "")}}
        SET n.name = row.name, n.iso2 = row.iso2, n.bucket = row.bucket,
            n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
        MERGE (a)-[m:{{GraphLabels.Mentions}}]->(n)
        SET m.count = row.count
        """;

    /// <summary>
    /// Events of one type and the article's REPORTED_IN to them. An event several articles report is one node:
    /// each REPORTED_IN keeps what its article says (type, CAMEO, date, place, participants as "role=key",
    /// quote, confidence, outlet). A new event takes its properties from this report as the refresh would
    /// (confidence rounded to two decimals, one source, anchored on its date when that is a day, else the article's publication), and
    /// the running aggregates a later report is folded into (<see cref="FoldReports"/>): the sort key of its first
    /// report, its earliest publication, its reports' CAMEO codes and types (sorted), the key of its quote and the slot identity reads it by, its best report,
    /// its outlets (sorted) with the best report of each, and the doubt and count of the sources without an outlet. JSON
    /// carries 1.0 as 1, which Neo4j would store as an integer: toFloat keeps the scores floats.
    /// </summary>
    public static string MergeEvents(EventType type) => $$"""
        MATCH (a:Article {key: $article})
        UNWIND $rows AS row
        MERGE (e:{{GraphLabels.Event}} {key: row.key})
        ON CREATE SET e:{{GraphNames.Label(type)}}, e.type = row.type, e.cameo = row.cameo, e.goldstein = toFloat(row.goldstein),
            e.date = row.date, e.quote = row.quote, e.confidence = round(100.0 * toFloat(row.confidence)) / 100.0, e.sources = 1,
            e.anchor = coalesce({{Day("row.date")}}, a.published), e.slot = {{SlotOf($"coalesce({Day("row.date")}, a.published)", "row.type", "row.quoteKey")}},
            e.earliestPublished = a.published, e.first = row.first, e.quoteKey = row.quoteKey,
            e.cameos = [row.cameo], e.types = [row.type], e.top = toFloat(row.confidence),
            e.outlets = CASE WHEN row.outlet IS NULL THEN [] ELSE [row.outlet] END,
            e.outletBest = CASE WHEN row.outlet IS NULL THEN [] ELSE [toFloat(row.confidence)] END,
            e.miss = CASE WHEN row.outlet IS NULL THEN 1.0 - toFloat(row.confidence) ELSE 1.0 END,
            e.articleSources = CASE WHEN row.outlet IS NULL THEN 1 ELSE 0 END
        MERGE (e)-[r:{{GraphLabels.ReportedIn}}]->(a)
        SET r.evidence = row.evidence, r.start = row.start, r.`end` = row.`end`,
            r.type = row.type, r.cameo = row.cameo, r.goldstein = toFloat(row.goldstein), r.date = row.date, r.place = row.place,
            r.participants = row.participants, r.quote = row.quote, r.confidence = toFloat(row.confidence), r.outlet = row.outlet
        """;

    /// <summary>
    /// The <c>slot</c> identity reads an event by (indexed): its anchor day and type, and for a statement or denial its
    /// quote key (they join only one with the same quote), so a read gets the events a report may join, not all of the
    /// day's. <see cref="EventKeyLookup"/> builds the same in code.
    /// </summary>
    /// <summary>A date expression's value when it is a day (yyyy-MM-dd), else null: a month or a year anchors nothing.</summary>
    private static string Day(string date) => $"CASE WHEN size({date}) = 10 THEN {date} END";

    /// <summary>
    /// The earlier of two event dates as written, a day before any coarser date (a report that fixes the day says more
    /// than one that gives the month), null only when both are.
    /// </summary>
    private static string Earliest(string a, string b) =>
        $"CASE WHEN {b} IS NULL THEN {a} WHEN {a} IS NULL THEN {b} WHEN size({a}) = 10 AND size({b}) <> 10 THEN {a} " +
        $"WHEN size({b}) = 10 AND size({a}) <> 10 THEN {b} WHEN {b} < {a} THEN {b} ELSE {a} END";

    private static string SlotOf(string anchor, string type, string quoteKey) =>
        $"{anchor} + '\\u0001' + {type} + CASE WHEN {type} IN ['Statement', 'Denial'] THEN '\\u0001' + coalesce({quoteKey}, '') ELSE '' END";

    /// <summary>
    /// The sort key of a report <c>r</c> of article <c>a</c> among an event's reports: the order
    /// <see cref="RefreshEvents"/> takes the first report in (its date else the publication, the publication, the
    /// article key, the offset; a missing date last) as one string, so a new report is compared with the first one
    /// stored without reading the others. <see cref="ArticleWritePlan.FirstKey"/> builds the same in code.
    /// </summary>
    private const string FirstKeyOf = """
        coalesce(r.date, a.published, '~') + '\u0001' + coalesce(a.published, '~') + '\u0001' + a.key + '\u0001'
            + substring('0000000000', size(toString(r.start))) + toString(r.start)
        """;

    /// <summary>
    /// Folds this article's report into each stored event it joined, from the event's running aggregates (see
    /// <see cref="MergeEvents"/>) instead of all its reports, so the cost does not grow with how many articles report
    /// it: the first report's type, CAMEO, Goldstein value and quote when this one comes first, the earliest date and
    /// publication and the anchor, the confidence over the independent sources and their count, exactly as
    /// <see cref="RefreshEvents"/> derives them. Events written before the aggregates were kept are left to the refresh.
    /// The key alone finds the event (the aggregates' test comes after a WITH): with <c>WHERE e.first IS NOT NULL</c> in
    /// the MATCH, 3.1 planned a scan of every event for each row, by label, and with an index hint by a scan of the key
    /// index (seen with EXPLAIN on a graph of 5,000 articles), so the fold cost grew with the graph.
    /// </summary>
    public static readonly string FoldReports = $$"""
        UNWIND $rows AS row
        MATCH (e:{{GraphLabels.Event}} {key: row.key})
        WITH e, row
        WHERE e.first IS NOT NULL
        WITH e, row, toFloat(row.confidence) AS c, row.first < e.first AS earlier,
            CASE WHEN row.outlet IS NULL THEN -1
                ELSE reduce(at = -1, i IN range(0, size(e.outlets) - 1) | CASE WHEN e.outlets[i] = row.outlet THEN i ELSE at END) END AS at
        WITH e, row, c, earlier, at,
            CASE WHEN row.outlet IS NULL THEN e.outletBest
                WHEN at < 0 THEN [i IN range(0, size(e.outlets) - 1) WHERE e.outlets[i] < row.outlet | e.outletBest[i]] + c
                    + [i IN range(0, size(e.outlets) - 1) WHERE e.outlets[i] > row.outlet | e.outletBest[i]]
                ELSE [i IN range(0, size(e.outletBest) - 1) | CASE WHEN i = at AND c > e.outletBest[i] THEN c ELSE e.outletBest[i] END] END AS best,
            CASE WHEN row.outlet IS NULL OR at >= 0 THEN e.outlets
                ELSE [x IN e.outlets WHERE x < row.outlet] + row.outlet + [x IN e.outlets WHERE x > row.outlet] END AS outlets,
            CASE WHEN row.outlet IS NULL THEN e.miss * (1.0 - c) ELSE e.miss END AS miss,
            e.articleSources + CASE WHEN row.outlet IS NULL THEN 1 ELSE 0 END AS articleSources,
            CASE WHEN c > e.top THEN c ELSE e.top END AS top,
            {{Earliest("e.date", "row.date")}} AS date,
            CASE WHEN e.earliestPublished IS NULL OR $published < e.earliestPublished THEN coalesce($published, e.earliestPublished) ELSE e.earliestPublished END AS published
        WITH e, row, earlier, best, outlets, miss, articleSources, top, date, published,
            1.0 - miss * reduce(m = 1.0, b IN best | m * (1.0 - b)) AS joint
        WITH e, row, earlier, best, outlets, miss, articleSources, top, date, published,
            CASE WHEN joint > $cap THEN $cap ELSE joint END AS joint
        SET e.outlets = outlets, e.outletBest = best, e.miss = miss, e.articleSources = articleSources, e.top = top,
            e.sources = size(outlets) + articleSources, e.confidence = round(100.0 * CASE WHEN joint > top THEN joint ELSE top END) / 100.0,
            e.date = date, e.earliestPublished = published, e.anchor = coalesce({{Day("date")}}, published),
            e.slot = {{SlotOf($"coalesce({Day("date")}, published)", "CASE WHEN earlier THEN row.type ELSE e.type END", "e.quoteKey")}},
            e.cameos = CASE WHEN row.cameo IN e.cameos THEN e.cameos ELSE [x IN e.cameos WHERE x < row.cameo] + row.cameo + [x IN e.cameos WHERE x > row.cameo] END,
            e.types = CASE WHEN row.type IN e.types THEN e.types ELSE [x IN e.types WHERE x < row.type] + row.type + [x IN e.types WHERE x > row.type] END,
            e.first = CASE WHEN earlier THEN row.first ELSE e.first END,
            e.type = CASE WHEN earlier THEN row.type ELSE e.type END,
            e.cameo = CASE WHEN earlier THEN row.cameo ELSE e.cameo END,
            e.goldstein = CASE WHEN earlier THEN toFloat(row.goldstein) ELSE e.goldstein END,
            e.quote = CASE WHEN earlier THEN row.quote ELSE e.quote END
        {{Relabel("e", "e.type")}}
        """;

    /// <summary>
    /// The MET of each given meeting or call take its date (after a report moved it): found between pairs of its
    /// participants, so only the MET between two of them are read, not every MET a participant ever had.
    /// </summary>
    public static readonly string MetDates = MetDatesOf("$keys");

    private static string MetDatesOf(string keys) => $$"""
        UNWIND {{keys}} AS key
        MATCH (x)-[:{{GraphLabels.ParticipatedIn}}]->(e:{{GraphLabels.Event}} {key: key})<-[:{{GraphLabels.ParticipatedIn}}]-(y)
        WHERE x.key < y.key
        WITH DISTINCT e, x, y
        MATCH (x)-[met:{{GraphLabels.Met}}]->(y)
        WHERE met.event = e.key
        SET met.date = e.date
        """;

    /// <summary>
    /// The events to refresh: each of <c>$keys</c>, and each of <c>$legacy</c> (events a report joined) written before
    /// events kept the aggregates <see cref="FoldReports"/> folds into, which the refresh then gives them.
    /// </summary>
    private const string RefreshedEvents = $$"""
        UNWIND $keys + $legacy AS key
        MATCH (e:{{GraphLabels.Event}} {key: key})
        WHERE key IN $keys OR e.first IS NULL
        """;

    /// <summary>Each event to refresh and its reports, when every report carries its facts (participants, place).</summary>
    private const string WithFactReports = $$"""
        {{RefreshedEvents}}
        MATCH (e)-[r:{{GraphLabels.ReportedIn}}]->()
        WITH e, collect(r) AS reports
        WHERE all(r IN reports WHERE r.participants IS NOT NULL)
        """;

    /// <summary>
    /// One row per participant (<c>role=key</c>) of <paramref name="list"/> in each report <c>r</c> of <c>reports</c>,
    /// in <c>stated</c>; a null for a report stating none, so that an event whose reports state no one still gives a
    /// row (and an empty list once collected). Flattening by <c>reduce(acc + …)</c> copied the list at every report:
    /// quadratic in the reports, minutes for an event of 20,000.
    /// </summary>
    private static string EachStated(string list) => $"""
        UNWIND reports AS r
        UNWIND CASE WHEN size({list}) = 0 THEN [null] ELSE {list} END AS stated
        """;

    /// <summary>
    /// After an article's reports changed, brings each given event in line with the reports it still has: MET,
    /// PARTICIPATED_IN and OCCURRED_IN that no report states any more are removed (with an entity left with no
    /// relationship at all: the article that named it was removed before); the event's type (and label),
    /// CAMEO, Goldstein value and quote are its first report's (earliest date, else publication date, then
    /// article key), its date the earliest day any report gives (else its earliest month or year), its anchor
    /// (the day event identity compares, indexed) that day or else the earliest publication of a report, and its confidence combines its independent
    /// sources (<see cref="Core.Identity.SourceConfidence"/>); the aggregates <see cref="FoldReports"/> folds later
    /// reports into are set from all reports. Events written before reports carried their facts are left as they are
    /// (and without aggregates: a report joining them refreshes them). This reads every report of an event, so its cost
    /// grows with them: it runs when an article is rewritten or removed, not when a new article joins an event.
    /// </summary>
    public static readonly IReadOnlyList<string> RefreshEvents =
    [
        $$"""
        {{WithFactReports}}
        {{EachStated("CASE WHEN r.type IN $encounters THEN r.participants ELSE [] END")}}
        WITH e, collect(DISTINCT substring(stated, size(split(stated, '=')[0]) + 1)) AS meeting
        MATCH (e)<-[:{{GraphLabels.ParticipatedIn}}]-(x)-[met:{{GraphLabels.Met}}]->(y)
        WHERE met.event = e.key AND NOT (x.key IN meeting AND y.key IN meeting)
        WITH DISTINCT met
        DELETE met
        """,
        $$"""
        {{WithFactReports}}
        {{EachStated("r.participants")}}
        WITH e, collect(DISTINCT stated) AS stated
        MATCH (e)<-[p:{{GraphLabels.ParticipatedIn}}]-(n)
        WHERE NOT (p.role + '=' + n.key) IN stated
        DELETE p
        WITH DISTINCT n
        WHERE NOT (n)--()
        DELETE n
        """,
        $$"""
        {{WithFactReports}}
        WITH e, [r IN reports WHERE r.place IS NOT NULL | r.place] AS places
        MATCH (e)-[o:{{GraphLabels.OccurredIn}}]->(place)
        WHERE NOT place.key IN places
        DELETE o
        WITH DISTINCT place
        WHERE NOT (place)--()
        DELETE place
        """,
        $$"""
        {{RefreshedEvents}}
        MATCH (e)-[r:{{GraphLabels.ReportedIn}}]->(a:{{GraphLabels.Article}})
        WHERE r.type IS NOT NULL
        WITH e, r, a
        ORDER BY coalesce(r.date, a.published), a.published, a.key, r.start
        WITH e, collect(r) AS reports, collect({{FirstKeyOf}}) AS keys, min(a.published) AS published
        WITH e, reports, reports[0] AS first, keys[0] AS firstKey, [r IN reports WHERE r.date IS NOT NULL | r.date] AS dates, published
        WITH e, reports, first, firstKey, reduce(d = head(dates), x IN dates | {{Earliest("d", "x")}}) AS date, published
        SET e.type = first.type, e.cameo = first.cameo, e.goldstein = first.goldstein, e.quote = first.quote,
            e.date = date, e.anchor = coalesce({{Day("date")}}, published), e.earliestPublished = published, e.first = firstKey,
            e.slot = {{SlotOf($"coalesce({Day("date")}, published)", "first.type", "e.quoteKey")}},
            e.cameos = reduce(acc = [], r IN reports | CASE WHEN r.cameo IS NULL OR r.cameo IN acc THEN acc
                ELSE [x IN acc WHERE x < r.cameo] + r.cameo + [x IN acc WHERE x > r.cameo] END),
            e.types = reduce(acc = [], r IN reports | CASE WHEN r.type IN acc THEN acc ELSE [x IN acc WHERE x < r.type] + r.type + [x IN acc WHERE x > r.type] END)
        {{Relabel("e", "first.type")}}
        """,
        $$"""
        {{RefreshedEvents}}
        MATCH (e)-[r:{{GraphLabels.ReportedIn}}]->(a:{{GraphLabels.Article}})
        WITH e, r.outlet AS outlet, coalesce(r.outlet, 'article:' + a.key) AS source, max(coalesce(r.confidence, e.confidence)) AS best,
            count(r) - count(r.participants) AS bare
        ORDER BY outlet
        WITH e, collect([outlet, best]) AS pairs, collect(best) AS sources, sum(bare) AS bare
        WITH e, pairs, sources, bare, 1.0 - reduce(miss = 1.0, c IN sources | miss * (1.0 - c)) AS joint,
            reduce(top = 0.0, c IN sources | CASE WHEN c > top THEN c ELSE top END) AS top
        WITH e, pairs, sources, bare, top, CASE WHEN joint > $cap THEN $cap ELSE joint END AS joint
        SET e.sources = size(sources), e.confidence = round(100.0 * CASE WHEN joint > top THEN joint ELSE top END) / 100.0,
            e.top = top, e.outlets = [p IN pairs WHERE p[0] IS NOT NULL | p[0]], e.outletBest = [p IN pairs WHERE p[0] IS NOT NULL | p[1]],
            e.miss = reduce(m = 1.0, p IN pairs | CASE WHEN p[0] IS NULL THEN m * (1.0 - p[1]) ELSE m END),
            e.articleSources = size([p IN pairs WHERE p[0] IS NULL]),
            e.first = CASE WHEN bare = 0 THEN e.first END
        """,
        $$"""
        {{RefreshedEvents}}
        WITH collect(key) AS keys
        {{MetDatesOf("keys")}}
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

    /// <summary>
    /// Document relations of one type between entities of two types: one relationship per article and identity value.
    /// Created, not merged: the article's relations were removed first (<see cref="RemoveArticleFacts"/>) and its rows
    /// are distinct, and a MERGE would read every relationship of the type between the two, one per article stating it.
    /// A person's <c>roles</c> gain the target, in order (a person written before persons kept them is left to the schema upgrade).
    /// </summary>
    public static string MergeRelations(string relationType, EntityType source, EntityType target) => $$"""
        UNWIND $rows AS row
        MERGE (s:{{GraphNames.Label(source)}} {key: row.source})
        MERGE (t:{{GraphNames.Label(target)}} {key: row.target})
        CREATE (s)-[r:{{GraphNames.RelationshipType(relationType)}} {article: $article, {{RelationShapes.IdentityOf(relationType)}}: row.identity}]->(t)
        SET r += row.properties, r.evidence = row.evidence
        {{(relationType == RelationTypes.HoldsRole ? "SET s.roles = CASE WHEN s.roles IS NULL OR t.key IN s.roles THEN s.roles ELSE [x IN s.roles WHERE x < t.key] + t.key + [x IN s.roles WHERE x > t.key] END" : "")}}
        """;

    /// <summary>
    /// MET between two participants of a meeting or call, from the smaller key to the larger, one per event. Created
    /// for an event new here (it has none yet): a MERGE reads every MET one of the two has had.
    /// </summary>
    public static string MergeMet(EntityType from, EntityType to, bool newEvents) => $$"""
        UNWIND $rows AS row
        MERGE (x:{{GraphNames.Label(from)}} {key: row.from})
        MERGE (y:{{GraphNames.Label(to)}} {key: row.to})
        {{(newEvents ? "CREATE" : "MERGE")}} (x)-[m:{{GraphLabels.Met}} {event: row.event}]->(y)
        SET m.date = row.date, m.type = row.type
        """;
}
