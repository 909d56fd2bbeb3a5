// After writing: persons (of the given ids) who are now their own ancestors, through any parent links.
// The ids come in a map ($batch.ids), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.ids (list of person ids). Columns: id.
UNWIND $batch.ids AS id
MATCH (p:Person {id: id})
WHERE EXISTS { (p)-[:PARENT_OF*1..60]->(p) }
RETURN p.id AS id
