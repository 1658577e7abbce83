// The shortest path between two actors through the events they took part in, the places of events, the roles
// people hold and the encounters (MET) between them; articles are left out. One row per step, with the
// sentence that reports the event at either end of the step.
//
// @param source string required Key of the first actor: person:ingrid-solvang.
// @param target string required Key of the second actor: country:KE.
//
// Example: graph query shortest-path --param source=person:ingrid-solvang --param target=country:KE
// Example: Neo4j Browser: :params {source: 'person:ingrid-solvang', target: 'country:KE'}
MATCH (a {key: $source}), (b {key: $target})
WHERE a <> b
// The types are a predicate, not part of the pattern: Neo4j 3.1 on a current Java fails on a typed shortestPath.
MATCH path = shortestPath((a)-[*..12]-(b))
WHERE all(r IN relationships(path) WHERE type(r) IN ['PARTICIPATED_IN', 'OCCURRED_IN', 'HOLDS_ROLE', 'MET'])
WITH nodes(path) AS ns, relationships(path) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS x, rs[i] AS r, ns[i + 1] AS y
RETURN i + 1 AS step,
       coalesce(x.name, x.type + coalesce(' ' + x.date, '')) AS fromNode,
       CASE WHEN startNode(r) = x THEN '-' ELSE '<-' END + '[' + type(r) + coalesce(' ' + r.role, '') + coalesce(' ' + r.title, '') + ']'
         + CASE WHEN startNode(r) = x THEN '->' ELSE '-' END AS link,
       coalesce(y.name, y.type + coalesce(' ' + y.date, '')) AS toNode,
       head([(x)-[rx:REPORTED_IN]->() | rx.evidence] + [(y)-[ry:REPORTED_IN]->() | ry.evidence]) AS evidence,
       x.key AS fromKey, y.key AS toKey
ORDER BY step
