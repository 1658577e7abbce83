// Find an actor by part of its name or of an alias (case-insensitive), to get the key the other queries take.
// Most mentioned first.
//
// @param name  string required Part of a name: solv, Kenya, European.
// @param limit int    25       Most rows.
//
// Example: graph query find-actor --param name=solv
// Example: Neo4j Browser: :params {name: 'solv', limit: 25}
MATCH (n)
WHERE (n:Person OR n:Country OR n:Organization OR n:Location)
  AND (toLower(n.name) CONTAINS toLower($name) OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS toLower($name)))
OPTIONAL MATCH (n)<-[:MENTIONS]-(a:Article)
RETURN n.key AS key, n.name AS name, labels(n)[0] AS type, n.aliases AS aliases, count(a) AS articles
ORDER BY articles DESC, name, key
LIMIT $limit
