// Everything an actor said: the statements and denials it is the speaker of, with the quoted words, the date
// (or, when the article gives none, its publication date), to whom, and the sentence and article that report
// it. Oldest first.
//
// @param speaker string required Key of the speaker: person:marta-lindqvist (a country or organisation works too).
// @param limit   int    200      Most rows.
//
// Example: graph query said-by --param speaker=person:marta-lindqvist
// Example: Neo4j Browser: :params {speaker: 'person:marta-lindqvist', limit: 200}
MATCH (s {key: $speaker})-[:PARTICIPATED_IN {role: 'speaker'}]->(e:Event)-[r:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (e)<-[:PARTICIPATED_IN {role: 'addressee'}]-(to)
WITH e, r, a, collect(to.name) AS addressees
RETURN e.date AS date, a.published AS published, e.type AS type, e.quote AS quote, addressees AS audience,
       r.evidence AS evidence, a.title AS article, a.url AS url, e.key AS event
ORDER BY coalesce(e.date, a.published), a.key, r.start
LIMIT $limit
