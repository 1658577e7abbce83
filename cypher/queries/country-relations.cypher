// A country's relations with other countries: for each other country, the events that join the two (a country
// acts itself or through a person who holds a role for it; a visit also joins the visitor and the country
// visited), counted by kind, and the sum of their Goldstein values (below 0: conflict, above 0: cooperation).
//
// @param country  string required Key of the country: country:NO.
// @param articles list   null     Only events these article ids report; null for the whole graph.
//
// Example: graph query country-relations --param country=country:NO
// Example: Neo4j Browser: :params {country: 'country:NO', articles: null}
MATCH (c:Country {key: $country})
OPTIONAL MATCH (c)<-[:HOLDS_ROLE]-(p:Person)
WITH c, [c] + collect(DISTINCT p) AS own
UNWIND own AS x
OPTIONAL MATCH (x)-[:PARTICIPATED_IN]->(acted:Event)
WITH c, own, collect(DISTINCT acted) AS acts
OPTIONAL MATCH (c)<-[:OCCURRED_IN]-(visit:Event:Visit)
WITH c, own, acts + collect(DISTINCT visit) AS events
UNWIND events AS e
MATCH (e)-[:REPORTED_IN]->(a:Article)
WHERE $articles IS NULL OR a.key IN $articles
WITH DISTINCT c, own, e
// The other side: a country taking part, the country of a person taking part, or the country a visit went to.
OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(y)
WHERE NOT y IN own
OPTIONAL MATCH (y)-[:HOLDS_ROLE]->(yc:Country)
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(destination:Country)
WITH c, e, [o IN [CASE WHEN y:Country THEN y END, yc, CASE WHEN e:Visit THEN destination END] WHERE o IS NOT NULL AND o <> c] AS others
UNWIND others AS other
WITH DISTINCT other, e
RETURN other.name AS country, count(e) AS events,
       sum(CASE WHEN e:Meeting THEN 1 ELSE 0 END) AS meetings,
       sum(CASE WHEN e:PhoneCall THEN 1 ELSE 0 END) AS calls,
       sum(CASE WHEN e:Visit THEN 1 ELSE 0 END) AS visits,
       sum(CASE WHEN e:Accusation THEN 1 ELSE 0 END) AS accusations,
       sum(CASE WHEN e:Sanction THEN 1 ELSE 0 END) AS sanctions,
       sum(CASE WHEN e:Threat THEN 1 ELSE 0 END) AS threats,
       sum(e.goldstein) AS goldstein, other.key AS countryKey
ORDER BY events DESC, countryKey
