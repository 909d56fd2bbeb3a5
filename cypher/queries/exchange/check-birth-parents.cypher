// After writing: children (of the given ids) with more than two birth parents.
// Parameters: $ids (list of person ids). Columns: child, parents.
UNWIND $ids AS id
MATCH (c:Person {id: id})<-[:PARENT_OF {type: 'birth'}]-(p:Person)
WITH c, collect(p.id) AS parents
WHERE size(parents) > 2
RETURN c.id AS child, parents
