// The timeline of an actor: every event it took part in, or that happened in it (for a place), oldest first
// (undated ones last), with its role, the other participants, the place and the sentence that reports it.
//
// @param actor string required Key of the actor: person:…, country:…, org:… or loc:….
// @param since string null     Earliest event date (YYYY-MM-DD), or null; a date range leaves undated events out.
// @param until string null     Latest event date (YYYY-MM-DD), or null.
// @param limit int    200      Most rows.
//
// Example: graph query actor-timeline --param actor=country:BY --param since=2024-01-01
// Example: Neo4j Browser: :params {actor: 'country:BY', since: null, until: null, limit: 200}
MATCH (x {key: $actor})-[link:PARTICIPATED_IN|OCCURRED_IN]-(e:Event)
WHERE ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
OPTIONAL MATCH (e)<-[p:PARTICIPATED_IN]-(other)
WHERE other <> x
WITH x, link, e, collect(DISTINCT other.name + ' (' + p.role + ')') AS others
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(place)
WITH link, e, others, place
MATCH (e)-[r:REPORTED_IN]->(a:Article)
WITH link, e, others, place, r, a ORDER BY a.published, a.key
RETURN e.date AS date, e.type AS type, CASE type(link) WHEN 'OCCURRED_IN' THEN 'place' ELSE link.role END AS role,
       others, place.name AS place, e.goldstein AS goldstein, collect(r.evidence)[0] AS evidence,
       collect(a.title) AS articles, e.key AS event
ORDER BY date, event, role
LIMIT $limit
