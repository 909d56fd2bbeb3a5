// One parent link as casework changes it.
// Parameters: $parent, $child (ids). Columns: link (map of its fields).
MATCH (:Person {id: $parent})-[r:PARENT_OF]->(:Person {id: $child})
RETURN properties(r) AS link
