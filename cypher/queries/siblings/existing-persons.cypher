// Which of the given person ids are in the graph.
// Parameters: $ids (list of strings). Columns: id.
MATCH (p:Person) WHERE p.id IN $ids
RETURN p.id AS id
