// An explicit sibling link added from a card (a half-sibling whose other parent is not known), once per pair (a
// before b by id), version 1.
// Parameters: $a, $b (ids, a before b), $props (type, note). Columns: version.
MATCH (a:Person {id: $a})
MATCH (b:Person {id: $b})
MERGE (a)-[r:SIBLING_OF]->(b)
SET r = $props, r.version = 1
RETURN r.version AS version
