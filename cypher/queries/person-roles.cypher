// A person's roles: each title the articles give the person and the country or organisation it is held for,
// with how many articles state it, their first and last publication dates, and one sentence as evidence.
//
// @param person string required Key of the person: person:ingrid-solvang.
//
// Example: graph query person-roles --param person=person:ingrid-solvang
// Example: Neo4j Browser: :params {person: 'person:ingrid-solvang'}
MATCH (p:Person {key: $person})-[h:HOLDS_ROLE]->(holder)
OPTIONAL MATCH (a:Article {key: h.article})
WITH h, holder, a ORDER BY a.published, h.article
RETURN h.title AS title, holder.name AS holder, labels(holder)[0] AS holderType, count(*) AS articles,
       min(a.published) AS firstPublished, max(a.published) AS lastPublished, collect(h.evidence)[0] AS evidence,
       collect(a.title) AS sources, holder.key AS holderKey
ORDER BY articles DESC, title, holder
