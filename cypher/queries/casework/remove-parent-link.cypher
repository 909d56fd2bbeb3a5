// Removes a parent link entered by mistake.
// Parameters: $parent, $child (ids). Columns: removed (count).
MATCH (:Person {id: $parent})-[r:PARENT_OF]->(:Person {id: $child})
DELETE r
RETURN count(*) AS removed
