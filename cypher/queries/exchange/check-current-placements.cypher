// After writing: children (of the given ids) with more than one placement that has not ended.
// Parameters: $ids (list of person ids). Columns: child, placements.
UNWIND $ids AS id
MATCH (c:Person {id: id})<-[:OF_CHILD]-(pl:Placement)
WHERE pl.end IS NULL
WITH c, collect(pl.id) AS placements
WHERE size(placements) > 1
RETURN c.id AS child, placements
