// Takes the write lock of an assessment for the rest of the transaction (a second writer waits here, then reads what
// the first committed), and returns its children.
// Parameters: $id. Columns: id, children (list of ids).
MATCH (a:Assessment {id: $id})
SET a.version = coalesce(a.version, 0) + 1
RETURN a.id AS id, [(a)-[:FOR_CHILD]->(k:Person) | k.id] AS children
