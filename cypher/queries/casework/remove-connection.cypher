// Removes a connected person's link to a child entered by mistake (the person stays).
// Parameters: $person, $child (ids). Columns: removed (count).
MATCH (:Person {id: $person})-[r:CONNECTED_TO]->(:Person {id: $child})
DELETE r
RETURN count(*) AS removed
