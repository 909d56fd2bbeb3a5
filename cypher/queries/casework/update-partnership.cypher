// Changes a partnership's fields (a null removes one); the version goes up by one.
// Parameters: $a, $b (ids, a before b), $changes (map). Columns: version.
MATCH (:Person {id: $a})-[r:PARTNER_OF]->(:Person {id: $b})
SET r += $changes
SET r.version = coalesce(r.version, 1) + 1
RETURN r.version AS version
