// Which of the given person ids are already in the graph.
// The ids come in a map ($batch.ids), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though it is the same unique index seek for every size.
// Parameters: $batch.ids (list of strings). Columns: id.
MATCH (p:Person) WHERE p.id IN $batch.ids
RETURN p.id AS id
