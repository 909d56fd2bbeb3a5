// Changes a parent link's fields (a null removes one); the version goes up by one.
// Parameters: $parent, $child (ids), $changes (map). Columns: version.
MATCH (:Person {id: $parent})-[r:PARENT_OF]->(:Person {id: $child})
SET r += $changes
SET r.version = coalesce(r.version, 1) + 1
RETURN r.version AS version
