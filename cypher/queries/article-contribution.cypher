// What an article contributed: the actors it mentions (how many times), the events it reports (with their
// participants and evidence sentence) and the roles it states. One row each: mentions, then events in the
// order of the text, then roles.
//
// @param article string required The article id: its URL, or the path it was read from (01-summit-meeting.md).
//
// Example: graph query article-contribution --param article=01-summit-meeting.md
// Example: Neo4j Browser: :params {article: '01-summit-meeting.md'}
MATCH (:Article {key: $article})-[m:MENTIONS]->(n)
RETURN 'mention' AS kind, labels(n)[0] AS type, n.name AS what, n.key AS key, m.count AS mentions, null AS evidence
ORDER BY type, key
UNION ALL
MATCH (:Article {key: $article})<-[r:REPORTED_IN]-(e:Event)
OPTIONAL MATCH (e)<-[p:PARTICIPATED_IN]-(x)
WITH r, e, p, x ORDER BY x.key, p.role
WITH r, e, collect(x.name + ' (' + p.role + ')') AS cast
RETURN 'event' AS kind, e.type AS type,
       reduce(text = coalesce(e.date + ': ', ''), c IN cast | text + CASE WHEN text = coalesce(e.date + ': ', '') THEN '' ELSE ', ' END + c) AS what,
       e.key AS key, null AS mentions, r.evidence AS evidence
ORDER BY r.start, key
UNION ALL
MATCH (:Article {key: $article})-[:MENTIONS]->(p:Person)-[h:HOLDS_ROLE]->(holder)
WHERE h.article = $article
RETURN 'role' AS kind, h.title AS type, p.name + ', ' + h.title + ', ' + holder.name AS what, p.key AS key, null AS mentions, h.evidence AS evidence
ORDER BY key, type
