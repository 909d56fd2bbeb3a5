// A connected person's link to a child.
// Parameters: $person, $child (ids). Columns: link (map).
MATCH (:Person {id: $person})-[r:CONNECTED_TO]->(:Person {id: $child})
RETURN properties(r) AS link
