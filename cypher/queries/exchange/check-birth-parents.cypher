// After writing: children (of the given ids) with more than two birth parents.
// The ids come in a map ($batch.ids), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.ids (list of person ids). Columns: child, parents.
UNWIND $batch.ids AS id
MATCH (c:Person {id: id})<-[:PARENT_OF {type: 'birth'}]-(p:Person)
WITH c, collect(p.id) AS parents
WHERE size(parents) > 2
RETURN c.id AS child, parents
