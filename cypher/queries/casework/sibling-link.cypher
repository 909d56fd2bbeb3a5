// One explicit sibling link (stored a before b by id).
// Parameters: $a, $b (ids, a before b). Columns: link (map).
MATCH (:Person {id: $a})-[r:SIBLING_OF]->(:Person {id: $b})
RETURN properties(r) AS link
