// After writing: persons (of the given ids) who are now their own ancestors, through any parent links.
// Parameters: $ids (list of person ids). Columns: id.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE EXISTS { (p)-[:PARENT_OF*1..60]->(p) }
RETURN p.id AS id
