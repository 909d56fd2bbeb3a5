// A connected person added to a child from a card, version 1.
// Parameters: $person, $child (ids), $props (nature, identifiedBy, note). Columns: version.
MATCH (a:Person {id: $person})
MATCH (b:Person {id: $child})
MERGE (a)-[r:CONNECTED_TO]->(b)
SET r = $props, r.version = 1
RETURN r.version AS version
