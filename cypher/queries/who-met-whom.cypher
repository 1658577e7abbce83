// Who met whom: every meeting and phone call between two actors, with its date, its place, the articles that
// report it and their evidence sentences. One row per pair of participants and encounter, oldest first.
//
// @param actor    string  null  Key of one side (person:ingrid-solvang, country:NO); null lists every pair once.
// @param articles list    null  Only encounters these article ids report; null for the whole graph.
// @param limit    int     100   Most rows.
//
// Example: graph query who-met-whom --param actor=person:ingrid-solvang
// Example: Neo4j Browser: :params {actor: 'person:ingrid-solvang', articles: null, limit: 100}
MATCH (a)-[m:MET]-(b)
WHERE CASE WHEN $actor IS NULL THEN a.key < b.key ELSE a.key = $actor END
MATCH (e:Event {key: m.event})-[r:REPORTED_IN]->(art:Article)
WHERE $articles IS NULL OR art.key IN $articles
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(place)
WITH a, b, m, e, place, r, art ORDER BY art.published, art.key
RETURN a.name AS actor, b.name AS met, m.type AS how, m.date AS date, place.name AS place,
       collect(art.title) AS articles, collect(r.evidence) AS evidence, a.key AS actorKey, b.key AS metKey, e.key AS event
ORDER BY date, actor, met, event
LIMIT $limit
