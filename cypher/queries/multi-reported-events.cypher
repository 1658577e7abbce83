// Events reported by several articles: events of the same type, on the same date and with the same
// participants in different articles (extraction gives each article its own event nodes), or one event node
// that several articles report. Undated events only group when they are the same node. Most reported first.
//
// @param minimum  int  2    Fewest articles.
// @param articles list null Only reports in these article ids; null for the whole graph.
// @param limit    int  100  Most rows.
//
// Example: graph query multi-reported-events --param minimum=3
// Example: Neo4j Browser: :params {minimum: 2, articles: null, limit: 100}
MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
WHERE $articles IS NULL OR a.key IN $articles
WITH DISTINCT e
MATCH (e)<-[p:PARTICIPATED_IN]-(x)
WITH e, p, x ORDER BY x.key, p.role
WITH e, collect(p.role + ' ' + x.key) AS cast, collect(x.name + ' (' + p.role + ')') AS participants
MATCH (e)-[r:REPORTED_IN]->(a:Article)
WHERE $articles IS NULL OR a.key IN $articles
WITH e, cast, participants, r, a ORDER BY a.published, a.key
WITH e.type AS type, e.date AS date, CASE WHEN e.date IS NULL THEN e.key END AS single, cast, participants,
     collect(DISTINCT a) AS sources, collect(r.evidence) AS evidence, collect(DISTINCT e.key) AS events
WHERE size(sources) >= $minimum
RETURN type, date, participants, size(sources) AS articles, [s IN sources | s.title] AS titles, evidence, events
ORDER BY articles DESC, date, type, participants
LIMIT $limit
