// After writing: children (of the given ids) with more than one placement that has not ended.
// The ids come in a map ($batch.ids), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.ids (list of person ids). Columns: child, placements.
UNWIND $batch.ids AS id
MATCH (c:Person {id: id})<-[:OF_CHILD]-(pl:Placement)
WHERE pl.end IS NULL
WITH c, collect(pl.id) AS placements
WHERE size(placements) > 1
RETURN c.id AS child, placements
