// Removes an explicit sibling link entered by mistake.
// Parameters: $a, $b (ids, a before b). Columns: removed (count).
MATCH (:Person {id: $a})-[r:SIBLING_OF]->(:Person {id: $b})
DELETE r
RETURN count(*) AS removed
