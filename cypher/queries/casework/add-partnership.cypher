// A partnership added from a card, stored once per pair (a before b by id), version 1.
// Parameters: $a, $b (ids, a before b), $props (type, status, from, to). Columns: version.
MATCH (a:Person {id: $a})
MATCH (b:Person {id: $b})
MERGE (a)-[r:PARTNER_OF]->(b)
SET r = $props, r.version = 1
RETURN r.version AS version
