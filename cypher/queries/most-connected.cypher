// The most connected actors: how many events each took part in, with how many different actors, reported by
// how many articles. The busiest first.
//
// @param label    string null  Only actors with this label (Person, Country, Organization or Location); null for all.
// @param articles list   null  Only events these article ids report; null for the whole graph.
// @param limit    int    20    Most rows.
//
// Example: graph query most-connected --param label=Person --param limit=10
// Example: Neo4j Browser: :params {label: null, articles: null, limit: 20}
MATCH (n)-[:PARTICIPATED_IN]->(e:Event)-[:REPORTED_IN]->(a:Article)
WHERE ($label IS NULL OR $label IN labels(n)) AND ($articles IS NULL OR a.key IN $articles)
WITH n, collect(DISTINCT e) AS events, count(DISTINCT a) AS articles
UNWIND events AS e
OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(other)
WHERE other <> n
RETURN n.name AS actor, labels(n)[0] AS type, size(events) AS events, count(DISTINCT other) AS partners, articles, n.key AS key
ORDER BY events DESC, partners DESC, key
LIMIT $limit
